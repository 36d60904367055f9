// Service accounts → API keys: the keys your data layer calls /api/v1/resolve with. A new key reads every
// integration or only the ones chosen; it is shown once, with a warning, like the SCIM token, and Roster keeps
// only its hash. Keys can be revoked; revoked ones stay listed.

import { h, replaceChildren, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { timeAgo } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { confirmThenRun, formDialog, nameField } from '../ui/dialog.js';
import { toast } from '../ui/feedback.js';
import { secretSlot } from '../ui/secret-box.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { integrationsList } from '../directory/directory-state.js';
import { serviceAccountsHeader } from './service-accounts-header.js';
import { ACTIONS, dataTable } from '../ui/table.js';
import { integrationScope } from '../ui/integration-scope.js';

export default function apiKeysPage(context) {
    context.setTitle('API keys');
    const issued = secretSlot();
    const list = h('div', {}, loading('Loading API keys'));
    context.onDispose(issued.hide);

    async function issue() {
        const name = nameField({
            placeholder: 'data proxy (production)',
            hint: 'Who uses the key, so you know which one to revoke.',
            missing: 'Name the key after who uses it.',
        });
        const scope = integrationScope(await integrationsList().catch(() => []), {
            legend: 'Integrations it may read',
            allText: 'Every directory, also ones created later.',
            someText: 'Any other integration answers as if it did not exist.',
        });
        const created = await formDialog({
            title: 'New API key',
            text: 'For one caller of the resolution API: a data proxy, a query-log pipeline. The key is shown once.',
            iconName: 'key',
            submitLabel: 'Create API key',
            fields: [name.node, scope.node],
            submit: async () => {
                const value = name.value();
                const integrations = scope.value();
                if (integrations && integrations.length === 0) throw new Error('Choose at least one integration, or all of them.');
                return api.post('api-keys', integrations ? { name: value, integrations } : { name: value });
            },
        });
        if (!created) return;
        issued.show({
            label: `API key “${created.name}”`,
            copyLabel: 'Copy API key',
            value: created.key,
            headline: 'Copy this API key now: it will not be shown again.',
            detail: 'Roster keeps only its SHA-256. Store it in the caller’s secret store; it is sent as Authorization: Bearer and opens the resolution API only.',
            doneLabel: 'I have copied it, hide the key',
            onDone: () => toast('API key hidden'),
        });
        load();
    }

    async function revoke(key) {
        if (await confirmThenRun({
            title: `Revoke “${key.name}”?`,
            text: 'Requests with this key are refused from now on, on every Roster node. This cannot be undone.',
            confirmLabel: 'Revoke key',
        }, () => api.delete(`api-keys/${seg(key.id)}`), `API key “${key.name}” revoked`)) load();
    }

    append(context.outlet,
        ...serviceAccountsHeader('api-keys', {
            actions: [h('button', { type: 'button', class: 'button button-primary', onClick: issue }, icon('plus'), 'New API key')],
        }),
        h('div', { class: 'stack' },
            issued.node,
            h('section', { class: 'card', 'aria-labelledby': 'api-keys-heading' },
                h('div', { class: 'card-header' }, h('div', {},
                    h('h2', { id: 'api-keys-heading' }, 'API keys'),
                    h('p', {}, 'Your data layer sends one to POST /api/v1/resolve and /api/v1/integrations/{id}/identities/…; a key opens nothing else'))),
                list)));

    async function load() {
        try {
            const [keys, integrations] = await Promise.all([
                api.get('api-keys').then((list) => list.items),
                integrationsList().catch(() => []),
            ]);
            if (!context.isCurrent()) return;
            replaceChildren(list, keys.length === 0
                ? emptyState({
                    iconName: 'key',
                    title: 'No API keys yet',
                    text: 'Create one for each caller that asks Roster who is behind a statement.',
                    actions: [h('button', { type: 'button', class: 'button button-primary', onClick: issue }, icon('plus'), 'New API key')],
                })
                : table(keys, new Map(integrations.map((integration) => [integration.id, integration.name])), revoke));
        } catch (error) {
            if (context.isCurrent()) replaceChildren(list, errorState(error, load));
        }
    }
    load();
}

function scopeText(key, names) {
    if (!key.integrations) return 'All integrations';
    if (key.integrations.length === 0) return h('span', { class: 'muted' }, 'None (its integrations were deleted)');
    return key.integrations.map((id) => names.get(id) || id).join(', ');
}

function table(keys, names, revoke) {
    return dataTable('API keys', ['Name', 'Key', 'Integrations', 'Created', 'Last used', 'Status', ACTIONS],
        keys.map((key) => h('tr', { dataset: { apiKey: key.id } },
            h('td', {}, h('span', { class: 'cell-primary' }, key.name), h('div', { class: 'cell-secondary' }, `by ${key.createdBy}`)),
            h('td', { 'data-label': 'Key', class: 'mono' }, key.hint),
            h('td', { 'data-label': 'Integrations', dataset: { scope: key.integrations ? 'some' : 'all' } }, scopeText(key, names)),
            h('td', { 'data-label': 'Created' }, timeAgo(key.createdAt)),
            h('td', { 'data-label': 'Last used' }, timeAgo(key.lastUsedAt)),
            h('td', { 'data-label': 'Status' }, key.active ? pill('Active', 'success') : [pill('Revoked', 'danger'), ' ', timeAgo(key.revokedAt)]),
            h('td', { class: 'actions' }, key.active && h('button', {
                type: 'button', class: 'button button-small button-danger-quiet', 'aria-label': `Revoke ${key.name}`, onClick: () => revoke(key),
            }, 'Revoke')))));
}
