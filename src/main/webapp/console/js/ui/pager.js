// "1–50 of 230" with Previous/Next, for every paged list (the admin API pages SCIM-style: startIndex, count).

import { h } from '../core/dom.js';
import { count } from '../core/format.js';
import { icon } from './icons.js';

export function pager({ startIndex, itemsPerPage, totalResults, pageSize, label, onPage }) {
    const first = totalResults === 0 ? 0 : startIndex;
    const last = Math.min(startIndex + itemsPerPage - 1, totalResults);
    const hasPrevious = startIndex > 1;
    const hasNext = startIndex + pageSize <= totalResults;
    return h('nav', { class: 'pager', 'aria-label': `${label} pages` },
        h('span', { 'aria-live': 'polite' }, `${count(first)}–${count(last)} of ${count(totalResults)}`),
        h('div', { class: 'row' },
            h('button', {
                type: 'button', class: 'button button-small', disabled: !hasPrevious,
                onClick: () => onPage(Math.max(1, startIndex - pageSize)),
            }, icon('chevronLeft', 'icon-small'), 'Previous'),
            h('button', {
                type: 'button', class: 'button button-small', disabled: !hasNext,
                onClick: () => onPage(startIndex + pageSize),
            }, 'Next', icon('chevronRight', 'icon-small'))));
}
