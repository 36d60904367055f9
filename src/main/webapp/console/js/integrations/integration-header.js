// The header every integration page shares: breadcrumbs, name, IdP, state, and links to its other views.

import { h } from '../core/dom.js';
import { icon } from '../ui/icons.js';
import { idpBadge, provisioningPill } from '../ui/badges.js';
import { breadcrumbs } from '../ui/breadcrumbs.js';

const VIEWS = [
    { key: 'overview', label: 'Overview', path: (id) => `#/integrations/${id}` },
    { key: 'edit', label: 'Settings & SCIM', path: (id) => `#/integrations/${id}/edit` },
    { key: 'users', label: 'Users', path: (id) => `#/directory/${id}/users` },
    { key: 'groups', label: 'Groups', path: (id) => `#/directory/${id}/groups` },
    { key: 'log', label: 'Provisioning log', path: (id) => `#/log?integration=${id}` },
];

export function integrationHeader(integration, current, { actions = [] } = {}) {
    const id = encodeURIComponent(integration.id);
    return [
        breadcrumbs([['Integrations', '#/integrations'], [integration.name]]),
        h('div', { class: 'page-header' },
            h('div', {},
                h('div', { class: 'page-title' }, h('h1', {}, integration.name), provisioningPill(integration.scimEnabled)),
                h('div', { class: 'row page-description' }, idpBadge(integration.idp), h('span', { class: 'subtle mono' }, integration.id))),
            h('div', { class: 'page-actions' },
                actions,
                current !== 'edit' && h('a', { class: 'button', href: `#/integrations/${id}/edit`, 'aria-label': `Edit ${integration.name}` },
                    icon('pencil'), 'Edit'))),
        h('nav', { class: 'tabs', 'aria-label': `${integration.name} views` },
            VIEWS.map((view) => h('a', {
                class: 'tab', href: view.path(id), 'aria-current': view.key === current ? 'page' : null,
            }, view.label))),
    ];
}
