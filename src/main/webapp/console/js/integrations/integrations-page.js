// Integrations list: every IdP connection with its provisioning state and health at a glance; the pencil
// opens the edit page where SCIM is enabled (the product page's "click the pencil icon to edit").

import { h, replaceChildren, append } from '../core/dom.js';
import { api } from '../core/api.js';
import { count, timeAgo } from '../core/format.js';
import { navigate } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { idpBadge, pill, provisioningPill } from '../ui/badges.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { toast } from '../ui/feedback.js';
import { createIntegration } from './create-integration.js';
import { ACTIONS, dataTable } from '../ui/table.js';
import { pageHeader } from '../ui/page-header.js';

export default function integrationsPage(context) {
    context.setTitle('Integrations');
    const body = h('div', { class: 'card' }, loading('Loading integrations'));

    async function create(idp) {
        const created = await createIntegration(idp);
        if (created) {
            toast(`Integration “${created.name}” created`);
            navigate(`/integrations/${encodeURIComponent(created.id)}/edit`);
        }
    }

    append(context.outlet, 
        pageHeader({
            title: 'Integrations',
            description: 'Identity providers push users and groups into Roster over SCIM 2.0. Each integration is an isolated directory with its own token.',
            actions: [h('button', { type: 'button', class: 'button button-primary', onClick: () => create() }, icon('plus'), 'New integration')],
        }),
        body);

    async function load() {
        replaceChildren(body, loading('Loading integrations'));
        try {
            const list = await api.get('integrations');
            if (!context.isCurrent()) return;
            replaceChildren(body, list.items.length === 0 ? empty(create) : table(list.items));
        } catch (error) {
            replaceChildren(body, errorState(error, load));
        }
    }
    load();
}

function empty(create) {
    return emptyState({
        iconName: 'plug',
        title: 'Connect your identity provider',
        text: 'Create an integration, enable SCIM provisioning and paste the values into Okta or Entra ID. Users and groups appear here as soon as the IdP pushes them.',
        actions: [
            h('button', { type: 'button', class: 'button button-primary', onClick: () => create('okta') }, 'Connect Okta'),
            h('button', { type: 'button', class: 'button', onClick: () => create('entra') }, 'Connect Entra ID'),
            h('button', { type: 'button', class: 'button', onClick: () => create('generic') }, 'Other SCIM client'),
        ],
    });
}

function table(items) {
    return dataTable('Integrations and their provisioning status', [
        'Integration', 'Identity provider', 'Provisioning', 'Last SCIM request',
        ['Users', 'numeric'], ['Groups', 'numeric'], 'Last error', ACTIONS,
    ], items.map(row));
}

function row(integration) {
    const link = `#/integrations/${encodeURIComponent(integration.id)}`;
    return h('tr', { dataset: { integration: integration.id } },
        h('td', {},
            h('a', { class: 'cell-primary', href: link }, integration.name),
            h('div', { class: 'cell-secondary mono' }, integration.id)),
        h('td', { 'data-label': 'Identity provider' }, idpBadge(integration.idp)),
        h('td', { 'data-label': 'Provisioning' }, provisioningPill(integration.scimEnabled)),
        h('td', { 'data-label': 'Last SCIM request' }, timeAgo(integration.lastScimRequestAt)),
        h('td', { class: 'numeric', 'data-label': 'Users' },
            count(integration.users.active),
            integration.users.inactive > 0 && h('span', { class: 'cell-secondary' }, ` (+${count(integration.users.inactive)} inactive)`)),
        h('td', { class: 'numeric', 'data-label': 'Groups' }, count(integration.groups)),
        h('td', { 'data-label': 'Last error' }, integration.lastErrorAt
            ? h('div', { class: 'cell-error' }, pill('Error', 'danger'), ' ', timeAgo(integration.lastErrorAt))
            : h('span', { class: 'muted' }, 'None')),
        h('td', { class: 'actions' },
            h('a', {
                class: 'button icon-button', href: `${link}/edit`,
                'aria-label': `Edit ${integration.name}`, title: 'Edit',
            }, icon('pencil'))));
}
