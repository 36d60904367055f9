// The header of the directory pages: which integration's directory this is (switchable), and Users/Groups.

import { h, uid, replaceChildren } from '../core/dom.js';
import { navigate } from '../core/router.js';
import { idpName } from '../ui/badges.js';
import { breadcrumbs } from '../ui/breadcrumbs.js';
import { integrationsList, rememberIntegration } from './directory-state.js';
import { pageHeader } from '../ui/page-header.js';

export function directoryHeader({ integrationId, view, title, description, badges = null, crumbs = [] }) {
    rememberIntegration(integrationId);
    const id = encodeURIComponent(integrationId);
    const selectId = uid('directory');
    const select = h('select', { class: 'select', id: selectId, 'aria-describedby': `${selectId}-hint` },
        h('option', { value: integrationId }, integrationId));
    select.addEventListener('change', () => navigate(`/directory/${encodeURIComponent(select.value)}/${view}`));
    integrationsList().then((integrations) => {
        replaceChildren(select, ...integrations.map((integration) => h('option', {
            value: integration.id, selected: integration.id === integrationId,
        }, `${integration.name} (${idpName(integration.idp)})`)));
    }).catch(() => {});

    return [
        crumbs.length > 0 && breadcrumbs(crumbs),
        pageHeader({
            title, badges, description,
            actions: [h('div', { class: 'field' },
                h('label', { class: 'label', for: selectId }, 'Integration'),
                h('span', { class: 'visually-hidden', id: `${selectId}-hint` }, 'Each integration is its own directory'),
                select)],
        }),
        crumbs.length === 0 && h('nav', { class: 'tabs', 'aria-label': 'Directory' },
            h('a', { class: 'tab', href: `#/directory/${id}/users`, 'aria-current': view === 'users' ? 'page' : null }, 'Users'),
            h('a', { class: 'tab', href: `#/directory/${id}/groups`, 'aria-current': view === 'groups' ? 'page' : null }, 'Groups'),
            h('a', { class: 'tab', href: `#/integrations/${id}` }, 'Integration overview')),
    ];
}
