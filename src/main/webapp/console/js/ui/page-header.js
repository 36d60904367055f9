// The top of a page: its title with any badges beside it, a description under it, and the page's actions.

import { h } from '../core/dom.js';

export function pageHeader({ title, badges = null, description = null, actions = [] }) {
    return h('div', { class: 'page-header' },
        h('div', {},
            h('div', { class: 'page-title' }, h('h1', {}, title), badges),
            description && h('p', { class: 'page-description' }, description)),
        actions.length > 0 && h('div', { class: 'page-actions' }, actions));
}
