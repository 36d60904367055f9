// One figure in a row of stat cards ("Users 42 · 3 inactive"). Text values are shown large; elements
// (a time, a link) and `small` ones at body size.

import { h } from '../core/dom.js';
import { icon } from './icons.js';

export function stat(label, value, { note, iconName, small = typeof value !== 'string', error = false } = {}) {
    return h('div', { class: ['card stat', error && 'stat-error'] },
        h('div', { class: 'stat-label' }, iconName && icon(iconName, 'icon-small'), label),
        h('div', { class: ['stat-value', small && 'stat-value-small'] }, value),
        note && h('div', { class: 'stat-note' }, note));
}
