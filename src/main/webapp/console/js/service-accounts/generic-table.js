// Until the resolution API's shapes settle, its lists render generically: one column per scalar field of
// the items. Replace with purpose-built columns once /api/v1/repositories… is final.

import { h } from '../core/dom.js';

export function genericTable(items, caption, maxColumns = 6) {
    const columns = [];
    for (const item of items) {
        for (const [key, value] of Object.entries(item)) {
            if (columns.length < maxColumns && !columns.includes(key) && (value === null || typeof value !== 'object')) columns.push(key);
        }
    }
    return h('div', { class: 'table-wrap' }, h('table', { class: 'table table-stacked' },
        h('caption', { class: 'visually-hidden' }, caption),
        h('thead', {}, h('tr', {}, columns.map((column) => h('th', { scope: 'col' }, column)))),
        h('tbody', {}, items.map((item) => h('tr', {}, columns.map((column) =>
            h('td', { 'data-label': column, class: 'break' }, item[column] === null || item[column] === undefined ? '—' : String(item[column]))))))));
}

/** Lists come as {items: [...]} or a bare array. */
export function itemsOf(answer) {
    if (Array.isArray(answer)) return answer;
    return (answer && (answer.items || answer.Resources)) || [];
}
