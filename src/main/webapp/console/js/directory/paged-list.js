// A searchable, paged list bound to the address: the search text, filters and page live in the hash query
// (so Back, reload and shared links keep them), and typing searches after a short pause.

import { h, uid, replaceChildren } from '../core/dom.js';
import { replaceQuery } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { pager } from '../ui/pager.js';
import { errorState, loading } from '../ui/states.js';
import { announce } from '../ui/feedback.js';

const PAGE_SIZE = 25;
const TYPING_PAUSE_MS = 300;

/**
 * fetchPage({q, start, count, ...filters}) → {totalResults, startIndex, itemsPerPage, items}
 * renderItems(items) → node; filters: [{ name, node(value, onChange) }]
 */
export function pagedList({ context, noun, searchLabel, searchPlaceholder, filters = [], fetchPage, renderItems, renderEmpty }) {
    const state = { q: context.query.q || '', start: Number(context.query.start) || 1 };
    filters.forEach((filter) => { state[filter.name] = context.query[filter.name] || ''; });

    const results = h('div', { id: uid('results'), 'aria-live': 'off' });
    const searchId = uid('search');
    const search = h('input', {
        class: 'input', id: searchId, type: 'search', value: state.q, placeholder: searchPlaceholder, autocomplete: 'off', spellcheck: 'false',
    });
    let typing = null;
    search.addEventListener('input', () => {
        clearTimeout(typing);
        typing = setTimeout(() => { state.q = search.value.trim(); state.start = 1; load(); }, TYPING_PAUSE_MS);
    });
    search.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
            event.preventDefault();
            clearTimeout(typing);
            state.q = search.value.trim();
            state.start = 1;
            load();
        }
    });
    context.onDispose(() => clearTimeout(typing));

    const toolbar = h('form', { class: 'toolbar', role: 'search', onSubmit: (event) => event.preventDefault() },
        h('div', { class: 'field field-grow' },
            h('label', { class: 'label', for: searchId }, searchLabel),
            h('div', { class: 'input-with-icon' }, icon('search', 'icon-small'), search)),
        filters.map((filter) => filter.node(state[filter.name], (value) => { state[filter.name] = value; state.start = 1; load(); })));

    let requestNumber = 0;
    async function load() {
        const number = ++requestNumber;
        replaceQuery({ q: state.q, start: state.start > 1 ? state.start : '', ...Object.fromEntries(filters.map((f) => [f.name, state[f.name]])) });
        results.setAttribute('aria-busy', 'true');
        if (!results.firstChild) results.append(loading(`Loading ${noun}`));
        try {
            const page = await fetchPage({ ...state, count: PAGE_SIZE });
            if (number !== requestNumber || !context.isCurrent()) return;
            replaceChildren(results, 
                page.items.length === 0 ? renderEmpty(state) : renderItems(page.items),
                page.totalResults > 0 && pager({
                    ...page, pageSize: PAGE_SIZE, label: noun,
                    onPage: (start) => { state.start = start; load(); },
                }));
            announce(`${page.totalResults} ${noun} found`);
        } catch (error) {
            if (number === requestNumber) replaceChildren(results, errorState(error, load));
        } finally {
            if (number === requestNumber) results.removeAttribute('aria-busy');
        }
    }

    load();
    return h('div', { class: 'card' }, toolbar, results);
}

/** A segmented radio filter ("All / Active / Inactive"). */
export function segmentedFilter({ name, legend, options }) {
    return {
        name,
        node(value, onChange) {
            const group = uid(name);
            return h('fieldset', { class: 'field' },
                h('legend', { class: 'label' }, legend),
                h('div', { class: 'segmented' }, options.map(([optionValue, label]) => {
                    const id = uid(`${name}-option`);
                    const input = h('input', { type: 'radio', name: group, id, value: optionValue, checked: optionValue === value });
                    input.addEventListener('change', () => { if (input.checked) onChange(optionValue); });
                    return [input, h('label', { for: id }, label)];
                })));
        },
    };
}
