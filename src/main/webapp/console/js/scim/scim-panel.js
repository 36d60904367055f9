// "Configure Your SCIM Integration": the five values the IdP needs, each with a copy button, the token shown
// once after Save, Save (regenerate, after confirming that the old token stops working), rotation with a
// grace period, tokens still in grace, the token from roster.scim.token while it is current, and the setup
// guide for the IdP.

import { h, uid, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { icon } from '../ui/icons.js';
import { copyButton, copyableValue } from '../ui/copy.js';
import { confirmDialog, formDialog } from '../ui/dialog.js';
import { toast } from '../ui/feedback.js';
import { idpName, pill } from '../ui/badges.js';
import { timeAgo } from '../core/format.js';
import { tokenField } from './token-field.js';
import { setupGuide } from './setup-guide.js';
import { unknownTokenAlert } from '../log/unknown-token-alert.js';

const GRACE_CHOICES = [
    [0, 'No grace: the current token stops now'],
    [900, '15 minutes'],
    [3600, '1 hour'],
    [86400, '24 hours'],
    [604800, '7 days'],
];

/**
 * settings: GET …/scim answer (or a Save/rotate answer carrying `token`). onSaved(settings) lets the page
 * update its header; the returned dispose() wipes a shown token.
 */
export function scimPanel({ integration, settings: initial, onSaved }) {
    let settings = initial;
    let token = null;
    const root = h('section', { class: 'stack', id: 'scim-panel', 'aria-labelledby': 'scim-panel-title' });
    const idp = idpName(integration.idp);

    // Filled asynchronously: recent requests with a token no integration knows (a failed connection test).
    const alertHost = h('div', {});
    async function checkUnknownTokens() {
        const alert = settings.scimEnabled ? await unknownTokenAlert(idp) : null;
        replaceChildren(alertHost, alert);
    }

    function render(issuedToken) {
        if (token) token.clear();
        const labels = settings.labels || {};
        const label = (key, fallback) => labels[key] || fallback;
        token = tokenField({
            label: label('token', 'Bearer token'), settings, issuedToken, idpName: idp,
            onDone: () => toast('Token hidden. Save generates a new one if you need it again.'),
        });
        replaceChildren(root, 
            h('div', {},
                h('div', { class: 'spread' },
                    h('h2', { id: 'scim-panel-title' }, 'Configure Your SCIM Integration'),
                    settings.scimEnabled ? pill('Provisioning on', 'success') : pill('Not saved yet', 'warning')),
                h('p', { class: 'muted' },
                    `Copy these values into ${idp}. Keep this page open until ${idp}’s connection test succeeds. `
                    + 'The token is sensitive: anyone holding it can change this directory.')),
            h('div', { class: 'scim-values' },
                copyableValue(label('baseUrl', 'SCIM connector base URL'), settings.baseUrl, { field: 'baseUrl' }),
                copyableValue(label('uniqueIdentifierField', 'Unique identifier field for users'), settings.uniqueIdentifierField, { field: 'uniqueIdentifierField' }),
                actionsRow(label('provisioningActions', 'Supported provisioning actions'), settings.provisioningActions),
                copyableValue(label('authenticationMode', 'Authentication Mode'), `${settings.authenticationMode} (${settings.tokenType} token)`,
                    { field: 'authenticationMode', copied: settings.authenticationMode }),
                token.node),
            configuredTokenNote(settings.configuredToken),
            alertHost,
            graceList(settings.previousTokens),
            h('div', { class: 'row' },
                h('button', { type: 'button', class: 'button button-primary', id: 'scim-save', onClick: save }, icon('check'), 'Save'),
                settings.scimEnabled && h('button', { type: 'button', class: 'button', id: 'scim-rotate', onClick: rotate }, icon('rotate'), 'Rotate with grace period…'),
                h('span', { class: 'hint' }, settings.scimEnabled
                    ? 'Save issues a new token and ends the current one at once; rotating keeps the current one working for a while.'
                    : 'Save enables provisioning and generates the token.')),
            setupGuide({ idp: integration.idp, settings, integrationId: integration.id }));
        if (issuedToken) token.focus();
        checkUnknownTokens();
    }

    async function save() {
        const current = settings.tokenHint || (settings.configuredToken && 'the token from roster.scim.token');
        if (settings.scimEnabled && current) {
            const confirmed = await confirmDialog({
                title: 'Generate a new token?',
                text: `The current token (${current}) stops working immediately. ${idp} will fail to provision until you paste the new token.`,
                confirmLabel: 'Generate new token',
                danger: true,
                details: h('p', { class: 'hint' }, 'To change tokens without failed syncs, use “Rotate with grace period” instead.'),
            });
            if (!confirmed) return;
        }
        try {
            const saved = await api.post(`integrations/${seg(integration.id)}/scim`);
            issue(saved, 'Saved. Copy the new token now.');
        } catch (error) {
            toast(error.message, { error: true });
        }
    }

    async function rotate() {
        const selectId = uid('grace');
        const select = h('select', { class: 'select', id: selectId, name: 'grace' },
            GRACE_CHOICES.map(([seconds, text]) => h('option', { value: String(seconds), selected: seconds === 3600 }, text)));
        const rotated = await formDialog({
            title: 'Rotate the token',
            text: `A new token is issued now. The current one keeps working for the grace period, so ${idp} keeps provisioning until you paste the new token.`,
            iconName: 'rotate',
            submitLabel: 'Rotate token',
            fields: h('div', { class: 'field' }, h('label', { class: 'label', for: selectId }, 'Keep the current token working for'), select),
            submit: () => api.post(`integrations/${seg(integration.id)}/scim/rotate`, { graceSeconds: Number(select.value) }),
        });
        if (rotated) issue(rotated, 'Token rotated. Copy the new token now.');
    }

    function issue(answer, message) {
        const { token: issued, ...rest } = answer;
        settings = rest;
        render(issued);
        toast(message);
        onSaved(settings);
    }

    render(initial.token || null);
    return {
        node: root,
        dispose: () => { if (token) token.clear(); },
    };
}

function actionsRow(label, actions) {
    const id = uid('scim-actions');
    return h('div', { class: 'value-row', dataset: { field: 'provisioningActions' } },
        h('span', { class: 'label', id }, label),
        h('div', { class: 'spread' },
            h('ul', { class: 'value-list list-plain-inline', 'aria-labelledby': id }, actions.map((action) => h('li', { class: 'pill pill-info pill-plain' }, action))),
            copyButton({ label: `Copy ${label}`, value: () => actions.join(', ') })));
}

// The token from the server's configuration: an ordinary token of this integration, which a restart does not
// bring back once Save, rotate or disable ended it.
function configuredTokenNote(configured) {
    if (!configured) return null;
    return h('div', { class: 'callout', id: 'configured-token-note', role: 'note' }, icon('info'),
        h('div', {},
            h('strong', {}, 'Also accepted: the token from the server configuration (roster.scim.token)'),
            h('span', {}, 'Applied ', timeAgo(configured.createdAt), ' · last used ', timeAgo(configured.lastUsedAt), '. ',
                'Save, rotate and disabling provisioning end it like any other token, on every Roster node. '
                + 'Restarting Roster does not bring it back; only a new value of roster.scim.token is applied again.')));
}

function graceList(previous) {
    if (!previous || previous.length === 0) return null;
    return h('div', { class: 'stack-small' },
        h('h3', {}, 'Earlier tokens still working'),
        h('ul', { class: 'token-list' }, previous.map((info) => h('li', {},
            h('span', { class: 'mono' }, info.hint),
            h('span', { class: 'subtle' }, 'stops working ', timeAgo(info.expiresAt),
                ' · last used ', timeAgo(info.lastUsedAt))))));
}
