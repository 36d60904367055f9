// Service accounts: the data repositories, each with the directories its accounts resolve against, whether
// Looker user ids can be mapped, its accounts and their attribution; alerts for unattributed use on top.

import { h, replaceChildren, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { count } from '../core/format.js';
import { navigate } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { toast } from '../ui/feedback.js';
import { integrationsList } from '../directory/directory-state.js';
import { serviceAccountsHeader, repositoryHref, accountHref } from './service-accounts-header.js';
import { deleteRepository, repositoryDialog } from './repository-dialog.js';
import { lookerStatus } from './looker-card.js';
import { alertsCard } from './attribution.js';
import { repositoryTypeName } from './vocabulary.js';
import { ACTIONS, dataTable } from '../ui/table.js';

export default function repositoriesPage(context) {
    context.setTitle('Service accounts');
    const alerts = h('div');
    const body = h('section', { class: 'card', 'aria-labelledby': 'repositories-heading' }, loading('Loading repositories'));

    async function create() {
        const created = await repositoryDialog();
        if (created) {
            toast(`Repository “${created.name}” created`);
            navigate(`/service-accounts/repositories/${encodeURIComponent(created.id)}`);
        }
    }

    append(context.outlet,
        ...serviceAccountsHeader('repositories', {
            actions: [h('button', { type: 'button', class: 'button button-primary', onClick: create }, icon('plus'), 'New repository')],
        }),
        h('div', { class: 'stack' }, alerts, body));

    async function load() {
        try {
            const [list, integrations, alertList] = await Promise.all([
                api.get('repositories'),
                integrationsList().catch(() => []),
                api.get('attribution/alerts', { count: 20 }).catch(() => ({ items: [] })),
            ]);
            const accounts = await Promise.all(list.items.map((repository) =>
                api.get(`repositories/${seg(repository.id)}/accounts`).then((answer) => answer.items)));
            if (!context.isCurrent()) return;
            const repositoryOf = new Map(accounts.flat().map((account) => [account.id, account.repositoryId]));
            replaceChildren(alerts, alertList.items.length > 0 && alertsCard(alertList.items, {
                accountHref: (alert) => repositoryOf.has(alert.accountId) ? accountHref(repositoryOf.get(alert.accountId), alert.accountId, 'attribution') : null,
            }));
            const names = new Map(integrations.map((integration) => [integration.id, integration.name]));
            replaceChildren(body,
                h('div', { class: 'card-header' }, h('div', {},
                    h('h2', { id: 'repositories-heading' }, 'Repositories'),
                    h('p', {}, 'Databases that BI tools and applications reach through shared service accounts'))),
                list.items.length === 0
                    ? empty(create, integrations.length > 0)
                    : table(list.items.map((repository, index) => ({ repository, accounts: accounts[index] })), names, load));
        } catch (error) {
            if (context.isCurrent()) replaceChildren(body, errorState(error, load));
        }
    }
    load();
}

function empty(create, hasIntegrations) {
    return emptyState({
        iconName: 'database',
        title: 'No repositories yet',
        text: hasIntegrations
            ? 'Add the database that Looker, Tableau or your application reaches through a shared service account, then the account itself. Roster tells you how to set up the tool.'
            : 'Users and groups come from a SCIM directory, so connect your identity provider first; then add the database that BI tools reach through a shared service account.',
        actions: [
            h('button', { type: 'button', class: 'button button-primary', onClick: create }, icon('plus'), 'New repository'),
            !hasIntegrations && h('a', { class: 'button', href: '#/integrations' }, icon('plug'), 'Connect your identity provider'),
        ].filter(Boolean),
    });
}

function table(rows, integrationNames, reload) {
    return dataTable('Repositories',
        ['Repository', 'Resolves against', 'Looker user ids', ['Accounts', 'numeric'], 'Attribution', ACTIONS],
        rows.map(({ repository, accounts }) => row(repository, accounts, integrationNames, reload)));
}

function row(repository, accounts, integrationNames, reload) {
    const directories = [...new Set(accounts.map((account) => account.integrationId))];
    const attributed = accounts.reduce((sum, account) => sum + account.attribution.attributed, 0);
    const unattributed = accounts.reduce((sum, account) => sum + account.attribution.unattributed, 0);
    async function edit() {
        if (await repositoryDialog(repository)) {
            toast('Repository saved');
            reload();
        }
    }
    async function remove() {
        if (await deleteRepository(repository)) reload();
    }
    return h('tr', { dataset: { repository: repository.id } },
        h('td', {},
            h('a', { class: 'cell-primary', href: repositoryHref(repository.id) }, repository.name),
            h('div', { class: 'cell-secondary' }, repositoryTypeName(repository.type))),
        h('td', { 'data-label': 'Resolves against' }, directories.length === 0
            ? h('span', { class: 'muted' }, 'No accounts yet')
            : directories.map((id, index) => [index > 0 && ', ',
                h('a', { href: `#/directory/${encodeURIComponent(id)}/users` }, integrationNames.get(id) || id)])),
        h('td', { 'data-label': 'Looker user ids' }, lookerStatus(repository)),
        h('td', { class: 'numeric', 'data-label': 'Accounts' }, count(repository.accounts)),
        h('td', { 'data-label': 'Attribution' }, accounts.length === 0 || attributed + unattributed === 0
            ? h('span', { class: 'muted' }, 'No statements yet')
            : [`${count(attributed)} attributed`,
                h('div', { class: unattributed > 0 ? 'cell-error' : 'cell-secondary' }, `${count(unattributed)} unattributed`)]),
        h('td', { class: 'actions' },
            h('button', { type: 'button', class: 'button icon-button', 'aria-label': `Edit ${repository.name}`, title: 'Edit', onClick: edit }, icon('pencil')),
            h('button', { type: 'button', class: 'button icon-button', 'aria-label': `Delete ${repository.name}`, title: 'Delete', onClick: remove }, icon('trash'))));
}
