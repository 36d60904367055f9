// One group: its attributes and a paged list of its direct members (users and nested groups).

import { h, replaceKeepingFocus, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { count, timeAgo } from '../core/format.js';
import { replaceQuery } from '../core/router.js';
import { pill } from '../ui/badges.js';
import { pager } from '../ui/pager.js';
import { loadingPage } from '../ui/states.js';
import { stat } from '../ui/stat.js';
import { directoryHeader } from './directory-header.js';
import { dataTable } from '../ui/table.js';

const MEMBERS_PER_PAGE = 25;

export default function groupPage(context) {
    const { integration: integrationId, groupId } = context.params;
    const frame = loadingPage(context, 'Group', 'Loading the group');
    const id = encodeURIComponent(integrationId);
    let membersStart = Number(context.query.membersStart) || 1;
    let membersRegion = null;

    async function load(first) {
        try {
            const detail = await api.get(`integrations/${seg(integrationId)}/groups/${seg(groupId)}`,
                { membersStart, membersCount: MEMBERS_PER_PAGE });
            if (!context.isCurrent()) return;
            replaceQuery({ membersStart: membersStart > 1 ? membersStart : '' });
            const group = detail.group;
            context.setTitle(group.displayName);
            if (!first && membersRegion) {
                replaceChildren(membersRegion, ...members(detail.members));
                membersRegion.querySelector('h2').focus();
                return;
            }
            membersRegion = h('section', { class: 'card', 'aria-labelledby': 'members-heading' }, members(detail.members));
            replaceKeepingFocus(frame.root,
                ...directoryHeader({
                    integrationId, view: 'groups', title: group.displayName,
                    crumbs: [['Groups', `#/directory/${id}/groups`], [group.displayName]],
                }),
                h('div', { class: 'stack' },
                    h('div', { class: 'stats' },
                        stat('Direct members', count(group.memberCount), { small: true }),
                        stat('External ID', h('span', { class: 'mono break' }, group.externalId || '—')),
                        stat('Created', timeAgo(group.created)),
                        stat('Last modified', timeAgo(group.lastModified))),
                    membersRegion,
                    h('section', { class: 'card', 'aria-labelledby': 'group-ids' },
                        h('div', { class: 'card-header' }, h('h2', { id: 'group-ids' }, 'Identifiers')),
                        h('dl', { class: 'attributes' },
                            h('dt', {}, 'id'), h('dd', { class: 'mono' }, group.id),
                            h('dt', {}, 'displayName'), h('dd', {}, group.displayName),
                            h('dt', {}, 'externalId'), h('dd', { class: 'mono' }, group.externalId || '—')))));
        } catch (error) {
            frame.failed(error, () => load(true));
        }
    }

    function members(page) {
        return [
            h('div', { class: 'card-header' }, h('div', {},
                h('h2', { id: 'members-heading', tabindex: '-1' }, 'Members'),
                h('p', {}, 'Direct members; members of nested groups are listed on those groups'))),
            page.items.length === 0
                ? h('p', { class: 'card-body muted' }, 'This group has no members.')
                : dataTable('Members', ['Member', 'Type', 'ID'], page.items.map((member) => h('tr', { dataset: { memberId: member.id } },
                    h('td', {}, h('a', {
                        class: 'cell-primary',
                        href: `#/directory/${id}/${member.type === 'Group' ? 'groups' : 'users'}/${encodeURIComponent(member.id)}`,
                    }, member.display || member.id)),
                    h('td', { 'data-label': 'Type' }, pill(member.type, member.type === 'Group' ? 'info' : null)),
                    h('td', { 'data-label': 'ID', class: 'mono break' }, member.id)))),
            page.totalResults > 0 && pager({
                ...page, pageSize: MEMBERS_PER_PAGE, label: 'Members',
                onPage: (start) => { membersStart = start; load(false); },
            }),
        ];
    }

    load(true);
}
