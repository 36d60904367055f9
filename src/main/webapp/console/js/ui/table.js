// A data table as the console draws them: it scrolls sideways when wide, stacks its cells into labelled cards on
// small screens (table-stacked shows each cell's data-label), and its caption names it to screen readers.

import { h } from '../core/dom.js';

/** The last column of tables with row buttons: its heading is for screen readers only. */
export const ACTIONS = ['Actions', 'actions'];

/** columns: 'Label', or [label, class] such as ['Users', 'numeric']; a false column is left out. */
export function dataTable(caption, columns, rows) {
    return h('div', { class: 'table-wrap' },
        h('table', { class: 'table table-stacked' },
            h('caption', { class: 'visually-hidden' }, caption),
            h('thead', {}, h('tr', {}, columns.map(heading))),
            h('tbody', {}, rows)));
}

function heading(column) {
    if (!column) return null;
    const [label, className] = Array.isArray(column) ? column : [column];
    return h('th', { scope: 'col', class: className },
        className === 'actions' ? h('span', { class: 'visually-hidden' }, label) : label);
}
