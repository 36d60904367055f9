// The users of one integration's directory: search (userName, name, email), active filter, paging.

import { h } from '../core/dom.js';
import { activePill } from '../ui/badges.js';
import { emptyState } from '../ui/states.js';
import { directoryList } from './directory-list.js';
import { segmentedFilter } from './paged-list.js';

export default function usersPage(context) {
    directoryList(context, {
        view: 'users',
        title: 'Users',
        description: 'Everyone the identity provider provisioned into this directory.',
        rowKey: 'userId',
        searchPlaceholder: 'Username, name or email',
        filters: [segmentedFilter({ name: 'active', legend: 'Status', options: [['', 'All'], ['true', 'Active'], ['false', 'Inactive']] })],
        columns: ['User', 'Email', 'Status'],
        cells: (user, href) => [
            h('td', {},
                h('a', { class: 'cell-primary', href }, user.displayName || user.userName),
                h('div', { class: 'cell-secondary' }, user.userName)),
            h('td', { 'data-label': 'Email', class: 'break' }, user.email || h('span', { class: 'muted' }, '—')),
            h('td', { 'data-label': 'Status' }, activePill(user.active)),
        ],
        renderEmpty: (state) => emptyState({
            iconName: 'users',
            title: state.q || state.active ? 'No users match' : 'No users yet',
            text: state.q || state.active
                ? 'Try another search or status.'
                : 'Users appear here when the identity provider provisions them (in Okta: assign people to the app).',
        }),
    });
}
