// The groups of one integration's directory, searchable by name, with their direct member counts.

import { h } from '../core/dom.js';
import { count } from '../core/format.js';
import { emptyState } from '../ui/states.js';
import { directoryList } from './directory-list.js';

export default function groupsPage(context) {
    directoryList(context, {
        view: 'groups',
        title: 'Groups',
        description: 'Groups pushed by the identity provider, with their members.',
        rowKey: 'groupId',
        searchPlaceholder: 'Group name',
        columns: ['Group', ['Members', 'numeric']],
        cells: (group, href) => [
            h('td', {}, h('a', { class: 'cell-primary', href }, group.displayName)),
            h('td', { class: 'numeric', 'data-label': 'Members' }, count(group.memberCount)),
        ],
        renderEmpty: (state) => emptyState({
            iconName: 'group',
            title: state.q ? 'No groups match' : 'No groups yet',
            text: state.q ? 'Try another name.' : 'Groups appear here when the identity provider pushes them (in Okta: Push Groups).',
        }),
    });
}
