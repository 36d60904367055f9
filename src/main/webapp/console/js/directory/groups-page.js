// The groups of one integration's directory, searchable by name, with their direct member counts.

import { h, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { count, timeAgo } from '../core/format.js';
import { emptyState } from '../ui/states.js';
import { directoryHeader } from './directory-header.js';
import { pagedList } from './paged-list.js';
import { dataTable } from '../ui/table.js';

export default function groupsPage(context) {
    const integrationId = context.params.integration;
    context.setTitle('Groups');
    const base = `#/directory/${encodeURIComponent(integrationId)}/groups`;
    append(context.outlet, 
        ...directoryHeader({ integrationId, view: 'groups', title: 'Groups', description: 'Groups pushed by the identity provider, with their members.' }),
        pagedList({
            context,
            noun: 'groups',
            searchLabel: 'Search groups',
            searchPlaceholder: 'Group name',
            fetchPage: ({ q, start, count: size }) => api.get(`integrations/${seg(integrationId)}/groups`, { q, startIndex: start, count: size }),
            renderItems: (groups) => dataTable('Groups', ['Group', ['Members', 'numeric'], 'External ID', 'Last modified'],
                groups.map((group) => h('tr', { dataset: { groupId: group.id } },
                        h('td', {}, h('a', { class: 'cell-primary', href: `${base}/${encodeURIComponent(group.id)}` }, group.displayName)),
                    h('td', { class: 'numeric', 'data-label': 'Members' }, count(group.memberCount)),
                    h('td', { class: 'mono break', 'data-label': 'External ID' }, group.externalId || h('span', { class: 'muted' }, '—')),
                    h('td', { 'data-label': 'Last modified' }, timeAgo(group.lastModified))))),
            renderEmpty: (state) => emptyState({
                iconName: 'group',
                title: state.q ? 'No groups match' : 'No groups yet',
                text: state.q ? 'Try another name.' : 'Groups appear here when the identity provider pushes them (in Okta: Push Groups).',
            }),
        }));
}
