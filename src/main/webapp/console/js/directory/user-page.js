// One user: who they are (every attribute the IdP sent), their groups (direct and through nesting, which is
// what identity resolution attaches to a query), and the exact SCIM representation.

import { h, replaceKeepingFocus } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { timeAgo } from '../core/format.js';
import { activePill, pill } from '../ui/badges.js';
import { loadingPage } from '../ui/states.js';
import { stat } from '../ui/stat.js';
import { directoryHeader } from './directory-header.js';
import { attributeList, attributeSections } from './scim-attributes.js';

export default function userPage(context) {
    const { integration: integrationId, userId } = context.params;
    const frame = loadingPage(context, 'User', 'Loading the user');
    const id = encodeURIComponent(integrationId);

    async function load() {
        try {
            const detail = await api.get(`integrations/${seg(integrationId)}/users/${seg(userId)}`);
            if (!context.isCurrent()) return;
            const user = detail.user;
            context.setTitle(user.displayName || user.userName);
            replaceKeepingFocus(frame.root,
                ...directoryHeader({
                    integrationId, view: 'users', title: user.displayName || user.userName,
                    badges: activePill(user.active),
                    description: [user.userName, user.email && user.email !== user.userName ? ` · ${user.email}` : ''].join(''),
                    crumbs: [['Users', `#/directory/${id}/users`], [user.userName]],
                }),
                h('div', { class: 'stack' },
                    h('div', { class: 'stats' },
                        stat('Groups', String(detail.groups.length), { small: true }),
                        stat('External ID', h('span', { class: 'mono break' }, user.externalId || '—')),
                        stat('Created', timeAgo(user.created)),
                        stat('Last modified', timeAgo(user.lastModified))),
                    h('div', { class: 'two-columns' },
                        h('div', { class: 'stack' },
                            attributeSections(detail.resource).map((section, index) => h('section', { class: 'card', 'aria-labelledby': `attributes-${index}` },
                                h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: `attributes-${index}` }, section.title),
                                    section.urn && h('p', { class: 'mono break' }, section.urn))),
                                attributeList(section.rows)))),
                        h('div', { class: 'stack' },
                            groupsCard(detail.groups, id),
                            h('section', { class: 'card' },
                                h('details', { class: 'raw' }, h('summary', {}, 'SCIM representation (JSON)'),
                                    h('pre', { tabindex: '0' }, JSON.stringify(detail.resource, null, 2))))))));
        } catch (error) {
            frame.failed(error, load);
        }
    }
    load();
}

function groupsCard(groups, integrationPath) {
    return h('section', { class: 'card', 'aria-labelledby': 'user-groups' },
        h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: 'user-groups' }, `Groups (${groups.length})`),
            h('p', {}, 'Direct memberships and those inherited through nested groups'))),
        groups.length === 0
            ? h('p', { class: 'card-body muted' }, 'Not in any group.')
            : h('ul', { class: 'list-plain' }, groups.map((group) => h('li', {},
                h('a', { href: `#/directory/${integrationPath}/groups/${encodeURIComponent(group.id)}` }, group.displayName),
                group.direct ? pill('Direct', 'info') : pill('Nested')))));
}
