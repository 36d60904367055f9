// The top of a page: its one h1 (with badges beside it), what the page is for, and its main actions.

import { h } from '../core/dom.js';

/** title; badges, description, actions: optional (a description may be text or nodes). */
export function pageHeader({ title, badges = null, description = null, actions = [] }) {
    return h('div', { class: 'page-header' },
        h('div', {},
            h('div', { class: 'page-title' }, h('h1', {}, title), badges),
            description && h('p', { class: 'page-description' }, description)),
        actions.length > 0 && h('div', { class: 'page-actions' }, actions));
}
