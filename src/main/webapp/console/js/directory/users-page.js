// The users of one integration's directory: search (userName, name, email), active filter, paging.

import { h, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { timeAgo } from '../core/format.js';
import { activePill } from '../ui/badges.js';
import { emptyState } from '../ui/states.js';
import { directoryHeader } from './directory-header.js';
import { pagedList, segmentedFilter } from './paged-list.js';
import { dataTable } from '../ui/table.js';

export default function usersPage(context) {
    const integrationId = context.params.integration;
    context.setTitle('Users');
    const base = `#/directory/${encodeURIComponent(integrationId)}/users`;
    append(context.outlet, 
        ...directoryHeader({ integrationId, view: 'users', title: 'Users', description: 'Everyone the identity provider provisioned into this directory.' }),
        pagedList({
            context,
            noun: 'users',
            searchLabel: 'Search users',
            searchPlaceholder: 'Username, name or email',
            filters: [segmentedFilter({ name: 'active', legend: 'Status', options: [['', 'All'], ['true', 'Active'], ['false', 'Inactive']] })],
            fetchPage: ({ q, start, count, active }) => api.get(`integrations/${seg(integrationId)}/users`, { q, active, startIndex: start, count }),
            renderItems: (users) => dataTable('Users', ['User', 'Email', 'Status', 'External ID', 'Last modified'],
                users.map((user) => h('tr', { dataset: { userId: user.id } },
                        h('td', {},
                        h('a', { class: 'cell-primary', href: `${base}/${encodeURIComponent(user.id)}` }, user.displayName || user.userName),
                        h('div', { class: 'cell-secondary' }, user.userName)),
                    h('td', { 'data-label': 'Email', class: 'break' }, user.email || h('span', { class: 'muted' }, '—')),
                    h('td', { 'data-label': 'Status' }, activePill(user.active)),
                    h('td', { 'data-label': 'External ID', class: 'mono break' }, user.externalId || h('span', { class: 'muted' }, '—')),
                    h('td', { 'data-label': 'Last modified' }, timeAgo(user.lastModified))))),
            renderEmpty: (state) => emptyState({
                iconName: 'users',
                title: state.q || state.active ? 'No users match' : 'No users yet',
                text: state.q || state.active
                    ? 'Try another search or status.'
                    : 'Users appear here when the identity provider provisions them (in Okta: assign people to the app).',
            }),
        }));
}
