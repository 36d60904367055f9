// The sidebar's Users / Groups: opens the directory of the integration looked at last, or the first one.

import { h, replaceChildren, append } from '../core/dom.js';
import { navigate } from '../core/router.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { integrationsList, lastIntegration } from './directory-state.js';
import { pageHeader } from '../ui/page-header.js';

export default async function directoryEntry(context) {
    const view = context.path.endsWith('/groups') ? 'groups' : 'users';
    const title = view === 'groups' ? 'Groups' : 'Users';
    context.setTitle(title);
    const body = h('div', { class: 'card' }, loading());
    append(context.outlet, pageHeader({ title }), body);
    try {
        const integrations = await integrationsList();
        if (!context.isCurrent()) return;
        if (integrations.length === 0) {
            replaceChildren(body, emptyState({
                iconName: view === 'groups' ? 'group' : 'users',
                title: 'No directory yet',
                text: 'Users and groups arrive when an identity provider provisions them. Create an integration first.',
                actions: [h('a', { class: 'button button-primary', href: '#/integrations' }, 'Go to integrations')],
            }));
            return;
        }
        const remembered = integrations.find((integration) => integration.id === lastIntegration());
        const target = remembered || integrations[0];
        navigate(`/directory/${encodeURIComponent(target.id)}/${view}`, {}, { replace: true });
    } catch (error) {
        replaceChildren(body, errorState(error, () => navigate(context.path)));
    }
}
