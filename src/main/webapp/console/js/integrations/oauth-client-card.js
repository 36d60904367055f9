// The integration's OAuth 2.0 client (client-credentials grant), for SCIM clients that fetch their own
// short-lived access tokens. Its secret is shown once, like the SCIM token.

import { h, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { icon } from '../ui/icons.js';
import { copyableValue } from '../ui/copy.js';
import { secretBox } from '../ui/secret-box.js';
import { confirmDialog, confirmThenRun } from '../ui/dialog.js';
import { toast } from '../ui/feedback.js';
import { timeAgo } from '../core/format.js';

export function oauthClientCard(integration) {
    const body = h('div', { class: 'card-body stack-small' });
    let shown = null;
    const path = `integrations/${seg(integration.id)}/oauth-client`;

    function wipe() {
        if (shown) shown.clear();
        shown = null;
    }

    async function load() {
        wipe();
        try {
            render(await api.get(path));
        } catch (error) {
            if (error.status === 404) render(null);
            else replaceChildren(body, h('p', { class: 'field-error' }, error.message));
        }
    }

    function render(client, secret) {
        wipe();
        if (!client) {
            replaceChildren(body, 
                h('p', { class: 'muted' }, 'No OAuth client. Okta and Entra ID use the bearer token above; create a client only for SCIM clients that use the client-credentials grant.'),
                h('div', {}, h('button', { type: 'button', class: 'button', onClick: issue }, icon('plus'), 'Create OAuth client')));
            return;
        }
        replaceChildren(body, 
            copyableValue('Client ID', client.clientId),
            copyableValue('Token endpoint', client.tokenEndpoint),
            secret ? secretRow(secret) : h('div', { class: 'value-row' },
                h('span', { class: 'label' }, 'Client secret'),
                h('div', { class: 'token-hint' }, h('span', { class: 'mono' }, client.secretHint),
                    h('span', { class: 'subtle' }, 'Created ', timeAgo(client.createdAt), ' · last used ', timeAgo(client.lastUsedAt)))),
            h('p', { class: 'hint' }, `Grant type ${client.grantType}; ${client.authenticationMethods.join(' or ')}; access tokens live ${client.accessTokenLifetimeSeconds} s.`),
            h('div', { class: 'row' },
                h('button', { type: 'button', class: 'button', onClick: issue }, icon('rotate'), 'New secret'),
                h('button', { type: 'button', class: 'button button-danger-quiet', onClick: remove }, icon('trash'), 'Delete client')));
    }

    function secretRow(secret) {
        shown = secretBox({ label: 'Client secret', copyLabel: 'Copy client secret', value: secret, headline: 'Copy the secret now: it will not be shown again.' });
        return shown.node;
    }

    async function issue() {
        const exists = body.querySelector('.token-hint, .token-box') !== null;
        if (exists && !await confirmDialog({
            title: 'Issue a new client secret?',
            text: 'The current secret and every access token obtained with it stop working at once.',
            confirmLabel: 'Issue new secret', danger: true,
        })) return;
        try {
            const client = await api.post(path, {});
            render(client, client.clientSecret);
            toast('Client secret issued. Copy it now.');
        } catch (error) {
            toast(error.message, { error: true });
        }
    }

    async function remove() {
        await confirmThenRun({
            title: 'Delete the OAuth client?', text: 'Its secret and access tokens stop working at once.',
            confirmLabel: 'Delete client',
        }, async () => {
            await api.delete(path);
            render(null);
        }, 'OAuth client deleted');
    }

    load();
    return {
        node: h('section', { class: 'card', 'aria-labelledby': 'oauth-heading' },
            h('div', { class: 'card-header' }, h('div', {},
                h('h2', { id: 'oauth-heading' }, 'OAuth client credentials'),
                h('p', {}, 'Optional: for SCIM clients that request their own access tokens'))),
            body),
        dispose: wipe,
    };
}
