// One database account: how to set up its tool (the default view), a box to resolve a statement as this
// account, and its attribution records. Edit and delete in the header.

import { h, replaceKeepingFocus, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { navigate } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { errorState, loading } from '../ui/states.js';
import { toast } from '../ui/feedback.js';
import { integrationsList } from '../directory/directory-state.js';
import { registryHeader, repositoryHref, accountHref } from './service-accounts-header.js';
import { accountDialog, deleteAccount } from './account-dialog.js';
import { toolInstructions, accountSettings } from './tool-instructions.js';
import { resolveBox } from './resolve-box.js';
import { attributionView } from './attribution.js';
import { applicationBadge } from './vocabulary.js';

const VIEWS = [['setup', 'Setup instructions'], ['resolve', 'Resolve a statement'], ['attribution', 'Attribution']];

export default function accountPage(context) {
    const { repositoryId, accountId } = context.params;
    const view = VIEWS.some(([key]) => key === context.query.view) ? context.query.view : 'setup';
    context.setTitle('Database account');
    const root = h('div', {}, h('h1', { class: 'visually-hidden' }, 'Database account'), loading('Loading the database account'));
    append(context.outlet, root);
    const path = `repositories/${seg(repositoryId)}/accounts/${seg(accountId)}`;

    async function load() {
        try {
            const [repository, account, attribution, integrations] = await Promise.all([
                api.get(`repositories/${seg(repositoryId)}`),
                api.get(path),
                view === 'attribution' ? api.get(`${path}/attribution`) : null,
                integrationsList().catch(() => []),
            ]);
            if (!context.isCurrent()) return;
            context.setTitle(`${account.name} on ${repository.name}`);
            const integration = integrations.find((item) => item.id === account.integrationId);
            replaceKeepingFocus(root, ...header(repository, account, integration), body(repository, account, integration, attribution));
        } catch (error) {
            if (context.isCurrent()) replaceKeepingFocus(root, h('h1', {}, 'Database account'), errorState(error, load));
        }
    }

    function header(repository, account, integration) {
        async function edit() {
            if (await accountDialog(repository, account)) {
                toast('Database account saved');
                load();
            }
        }
        async function remove() {
            if (await deleteAccount(repository, account)) navigate(`/service-accounts/repositories/${encodeURIComponent(repository.id)}`);
        }
        return registryHeader({
            crumbs: [[repository.name, repositoryHref(repository.id)], [account.name]],
            title: account.name,
            badges: [applicationBadge(account.application), account.requireAttribution && pill('Attribution required', 'info')],
            description: [`A service account of ${repository.name}; users and groups from `,
                h('a', { href: `#/directory/${encodeURIComponent(account.integrationId)}/users` }, integration ? integration.name : account.integrationId)],
            actions: [
                h('button', { type: 'button', class: 'button', onClick: edit }, icon('pencil'), 'Edit'),
                h('button', { type: 'button', class: 'button button-danger-quiet', onClick: remove }, icon('trash'), 'Delete'),
            ],
            views: VIEWS.map(([key, label]) => ({ key, label, href: accountHref(repository.id, account.id, key === 'setup' ? null : key) })),
            current: view,
        });
    }

    function body(repository, account, integration, attribution) {
        if (view === 'resolve') return resolveBox({ repository, account });
        if (view === 'attribution') return attributionView(attribution, { resolveHref: accountHref(repository.id, account.id, 'resolve') });
        return h('div', { class: 'two-columns' }, toolInstructions({ repository, account }), accountSettings({ account, integration }));
    }

    load();
}
