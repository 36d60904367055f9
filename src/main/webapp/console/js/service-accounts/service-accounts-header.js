// The headers of the service account pages: the section's own (title, description, tabs for repositories,
// the resolver and API keys), and the one of a repository or database account (breadcrumbs, name, badges,
// actions, and the account's views).

import { h } from '../core/dom.js';
import { breadcrumbs } from '../ui/breadcrumbs.js';
import { pageHeader } from '../ui/page-header.js';

const SECTION_VIEWS = [
    { key: 'repositories', label: 'Repositories', href: '#/service-accounts' },
    { key: 'resolve', label: 'Resolve a statement', href: '#/service-accounts/resolve' },
    { key: 'api-keys', label: 'API keys', href: '#/service-accounts/api-keys' },
];

export function serviceAccountsHeader(current, { actions = [] } = {}) {
    return [
        pageHeader({
            title: 'Service accounts',
            description: 'BI tools reach your databases through shared service accounts but name the real user in what they send. '
                + 'Roster turns that into the SSO user and their groups from the SCIM directory.',
            actions,
        }),
        tabs('Service accounts', SECTION_VIEWS, current),
    ];
}

/** crumbs: [[label, href], …, [current]]; views: [{key, label, href}] for tabs, current: the selected key. */
export function registryHeader({ crumbs, title, badges = null, description, actions = [], views = null, current = null }) {
    return [
        breadcrumbs([['Service accounts', '#/service-accounts'], ...crumbs]),
        pageHeader({ title, badges, description, actions }),
        views && tabs(`${title} views`, views, current),
    ];
}

function tabs(label, views, current) {
    return h('nav', { class: 'tabs', 'aria-label': label }, views.map((view) =>
        h('a', { class: 'tab', href: view.href, 'aria-current': view.key === current ? 'page' : null }, view.label)));
}

export function repositoryHref(repositoryId) {
    return `#/service-accounts/repositories/${encodeURIComponent(repositoryId)}`;
}

export function accountHref(repositoryId, accountId, view) {
    return `${repositoryHref(repositoryId)}/accounts/${encodeURIComponent(accountId)}${view ? `?view=${view}` : ''}`;
}
