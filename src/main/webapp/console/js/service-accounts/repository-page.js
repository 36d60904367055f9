// One repository: its database accounts (tool, directory, attribution) with add/edit/delete, and how
// Looker user ids are mapped to emails for it.

import { h, replaceKeepingFocus, replaceChildren, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { count, timeAgo } from '../core/format.js';
import { navigate } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { toast } from '../ui/feedback.js';
import { integrationsList } from '../directory/directory-state.js';
import { registryHeader, accountHref } from './service-accounts-header.js';
import { deleteRepository, repositoryDialog } from './repository-dialog.js';
import { accountDialog, deleteAccount } from './account-dialog.js';
import { lookerCard, lookerStatus } from './looker-card.js';
import { APPLICATIONS, applicationBadge, repositoryTypeName } from './vocabulary.js';
import { ACTIONS, dataTable } from '../ui/table.js';

export default function repositoryPage(context) {
    const id = context.params.repositoryId;
    context.setTitle('Repository');
    const root = h('div', {}, h('h1', { class: 'visually-hidden' }, 'Repository'), loading('Loading the repository'));
    append(context.outlet, root);

    async function load() {
        try {
            const [repository, accounts, integrations] = await Promise.all([
                api.get(`repositories/${seg(id)}`),
                api.get(`repositories/${seg(id)}/accounts`),
                integrationsList().catch(() => []),
            ]);
            if (!context.isCurrent()) return;
            context.setTitle(repository.name);
            replaceKeepingFocus(root, ...page(repository, accounts.items, integrations));
        } catch (error) {
            if (context.isCurrent()) replaceKeepingFocus(root, h('h1', {}, 'Repository'), errorState(error, load));
        }
    }

    function page(repository, accounts, integrations) {
        const header = h('div', {}, headerFor(repository));
        function headerFor(current) {
            return registryHeader({
                crumbs: [[current.name]],
                title: current.name,
                badges: pill(repositoryTypeName(current.type), 'plain'),
                description: ['Looker user ids: ', lookerStatus(current)],
                actions: [
                    h('button', { type: 'button', class: 'button', onClick: edit }, icon('pencil'), 'Edit'),
                    h('button', { type: 'button', class: 'button button-danger-quiet', onClick: remove }, icon('trash'), 'Delete'),
                ],
            });
        }
        async function edit() {
            if (await repositoryDialog(repository)) {
                toast('Repository saved');
                load();
            }
        }
        async function remove() {
            if (await deleteRepository(repository)) navigate('/service-accounts');
        }
        async function addAccount() {
            const created = await accountDialog(repository);
            if (created) {
                toast(`Database account “${created.name}” added`);
                navigate(`/service-accounts/repositories/${encodeURIComponent(repository.id)}/accounts/${encodeURIComponent(created.id)}`);
            }
        }
        const names = new Map(integrations.map((integration) => [integration.id, integration.name]));
        return [
            header,
            h('div', { class: 'stack' },
                h('section', { class: 'card', 'aria-labelledby': 'accounts-heading' },
                    h('div', { class: 'card-header' },
                        h('div', {},
                            h('h2', { id: 'accounts-heading' }, 'Database accounts'),
                            h('p', {}, 'The shared service accounts that tools connect with, and the directory that resolves their users')),
                        h('button', { type: 'button', class: 'button button-primary', onClick: addAccount }, icon('plus'), 'New database account')),
                    accounts.length === 0
                        ? emptyState({
                            iconName: 'key',
                            title: 'No database accounts yet',
                            text: 'Add the account Looker, Tableau or your application logs in with. Its page then explains how to set up the tool.',
                        })
                        : accountsTable(repository, accounts, names, load)),
                lookerCard(repository, (changed) => {
                    repository = changed;
                    replaceChildren(header, ...headerFor(changed));
                })),
        ];
    }

    load();
}

function accountsTable(repository, accounts, integrationNames, reload) {
    return dataTable(`Database accounts of ${repository.name}`, [
        'Account', 'Tool and carriers', 'Directory', ['Attributed', 'numeric'], ['Unattributed', 'numeric'], 'Last seen', ACTIONS,
    ], accounts.map((account) => {
        async function edit() {
            if (await accountDialog(repository, account)) {
                toast('Database account saved');
                reload();
            }
        }
        async function remove() {
            if (await deleteAccount(repository, account)) reload();
        }
        const application = APPLICATIONS[account.application];
        return h('tr', { dataset: { account: account.id } },
            h('td', {},
                h('a', { class: 'cell-primary mono', href: accountHref(repository.id, account.id) }, account.name),
                account.requireAttribution && h('div', {}, pill('Attribution required', 'info'))),
            h('td', { 'data-label': 'Tool' },
                applicationBadge(account.application),
                application && h('div', { class: 'cell-secondary' }, application.carriers(account.markers).join(' · '))),
            h('td', { 'data-label': 'Directory', class: 'break' },
                h('a', { href: `#/directory/${encodeURIComponent(account.integrationId)}/users` }, integrationNames.get(account.integrationId) || account.integrationId)),
            h('td', { class: 'numeric', 'data-label': 'Attributed' }, count(account.attribution.attributed)),
            h('td', { class: ['numeric', account.attribution.unattributed > 0 && account.requireAttribution && 'cell-error'], 'data-label': 'Unattributed' },
                count(account.attribution.unattributed)),
            h('td', { 'data-label': 'Last seen' }, timeAgo(account.attribution.lastSeenAt)),
            h('td', { class: 'actions' },
                h('button', { type: 'button', class: 'button icon-button', 'aria-label': `Edit ${account.name}`, title: 'Edit', onClick: edit }, icon('pencil')),
                h('button', { type: 'button', class: 'button icon-button', 'aria-label': `Delete ${account.name}`, title: 'Delete', onClick: remove }, icon('trash'))));
    }));
}
