// One integration's users or groups: a searchable, paged table under the directory header. Every row links to
// its entry and ends with the IdP's external id and the last change; the pages give their own leading columns,
// filters and texts.

import { h, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { timeAgo } from '../core/format.js';
import { directoryHeader } from './directory-header.js';
import { pagedList } from './paged-list.js';
import { dataTable } from '../ui/table.js';

/**
 * view: 'users' or 'groups' (the API's list and the route); rowKey: the row's data attribute for the entry's id;
 * columns and cells(entry, href): the leading columns; filters: as pagedList takes them, sent as query parameters.
 */
export function directoryList(context, { view, title, description, rowKey, searchPlaceholder, filters = [], columns, cells, renderEmpty }) {
    const integrationId = context.params.integration;
    context.setTitle(title);
    const base = `#/directory/${encodeURIComponent(integrationId)}/${view}`;
    append(context.outlet,
        ...directoryHeader({ integrationId, view, title, description }),
        pagedList({
            context,
            noun: view,
            searchLabel: `Search ${view}`,
            searchPlaceholder,
            filters,
            // Besides q, start and count, pagedList passes each filter's value under its name.
            fetchPage: ({ q, start, count, ...filterValues }) => api.get(`integrations/${seg(integrationId)}/${view}`,
                { q, ...filterValues, startIndex: start, count }),
            renderItems: (entries) => dataTable(title, [...columns, 'External ID', 'Last modified'],
                entries.map((entry) => h('tr', { dataset: { [rowKey]: entry.id } },
                    cells(entry, `${base}/${encodeURIComponent(entry.id)}`),
                    h('td', { 'data-label': 'External ID', class: 'mono break' }, entry.externalId || h('span', { class: 'muted' }, '—')),
                    h('td', { 'data-label': 'Last modified' }, timeAgo(entry.lastModified))))),
            renderEmpty,
        }));
}
