// Loading, empty and error states, the same everywhere.

import { h, append, replaceKeepingFocus } from '../core/dom.js';
import { icon } from './icons.js';

export function loading(label = 'Loading') {
    return h('div', { class: 'skeleton', role: 'status', 'aria-label': label },
        h('span'), h('span'), h('span'), h('span'));
}

export function emptyState({ iconName = 'info', title, text, actions = [] }) {
    return h('div', { class: 'state' },
        h('div', { class: 'state-icon' }, icon(iconName, 'icon-large')),
        h('h2', {}, title),
        text && h('p', {}, text),
        actions.length > 0 && h('div', { class: 'row' }, actions));
}

/** An error with what went wrong in the server's words, and a retry. */
export function errorState(error, retry) {
    return h('div', { class: 'state state-error', role: 'alert' },
        h('div', { class: 'state-icon' }, icon('alert', 'icon-large')),
        h('h2', {}, error.status === 404 ? 'Not found' : 'Something went wrong'),
        h('p', {}, error.message || String(error)),
        retry && h('div', { class: 'row' },
            h('button', { type: 'button', class: 'button', onClick: retry }, icon('refresh'), 'Try again')));
}

/**
 * The frame of a page that shows one thing loaded from the API: until it arrives, the page's title, a heading for
 * screen readers and a loading state in root; failed(error, retry) shows the title as the heading with the error,
 * unless the reader has moved on to another page.
 */
export function loadingPage(context, title, label) {
    context.setTitle(title);
    const root = h('div', {}, h('h1', { class: 'visually-hidden' }, title), loading(label));
    append(context.outlet, root);
    return {
        root,
        failed(error, retry) {
            if (context.isCurrent()) replaceKeepingFocus(root, h('h1', {}, title), errorState(error, retry));
        },
    };
}
