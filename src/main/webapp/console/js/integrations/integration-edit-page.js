// The pencil: an integration's settings. "Enable service account resolution" reveals the "Configure Your
// SCIM Integration" panel (nothing changes on the server until Save); switching it off disables
// provisioning after a confirmation. Also the name and IdP, the OAuth client, and deletion.

import { h, replaceKeepingFocus, uid, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { navigate } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { confirmDialog, formDialog } from '../ui/dialog.js';
import { announce, toast } from '../ui/feedback.js';
import { loadingPage } from '../ui/states.js';
import { IDPS, idpName } from '../ui/badges.js';
import { integrationHeader } from './integration-header.js';
import { oauthClientCard } from './oauth-client-card.js';
import { scimPanel } from '../scim/scim-panel.js';

export default function integrationEditPage(context) {
    const id = context.params.id;
    const frame = loadingPage(context, 'Edit integration', 'Loading the integration');
    const cleanups = [];
    context.onDispose(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

    async function load() {
        try {
            const [integration, settings] = await Promise.all([
                api.get(`integrations/${seg(id)}`),
                api.get(`integrations/${seg(id)}/scim`),
            ]);
            if (!context.isCurrent()) return;
            context.setTitle(`Edit ${integration.name}`);
            replaceKeepingFocus(frame.root, page(integration, settings));
        } catch (error) {
            frame.failed(error, load);
        }
    }

    function page(integration, settings) {
        const header = h('div', {}, integrationHeader(integration, 'edit'));
        const refreshHeader = async () => {
            integration = await api.get(`integrations/${seg(id)}`);
            replaceChildren(header, ...integrationHeader(integration, 'edit'));
        };
        const oauth = oauthClientCard(integration);
        cleanups.push(oauth.dispose);
        return [
            header,
            h('div', { class: 'stack' },
                resolutionCard(integration, settings, refreshHeader, cleanups),
                generalCard(integration, (updated) => {
                    integration = updated;
                    replaceChildren(header, ...integrationHeader(integration, 'edit'));
                    context.setTitle(`Edit ${integration.name}`);
                }),
                oauth.node,
                dangerZone(integration)),
        ];
    }

    load();
}

function resolutionCard(integration, initialSettings, refreshHeader, cleanups) {
    let panel = null;
    const switchId = uid('enable-scim');
    const panelHost = h('div', { class: 'card-body', id: 'scim-panel-host' });
    const toggle = h('input', {
        type: 'checkbox', role: 'switch', id: switchId, checked: initialSettings.scimEnabled,
        'aria-controls': 'scim-panel-host', 'aria-describedby': `${switchId}-text`,
    });

    function showPanel(settings) {
        hidePanel();
        panel = scimPanel({ integration, settings, onSaved: () => { toggle.checked = true; refreshHeader(); } });
        replaceChildren(panelHost, panel.node);
        panelHost.hidden = false;
    }

    function hidePanel() {
        if (panel) panel.dispose();
        panel = null;
        panelHost.replaceChildren();
        panelHost.hidden = true;
    }
    cleanups.push(hidePanel);

    toggle.addEventListener('change', async () => {
        if (toggle.checked) {
            // Show the values; the server changes only on Save.
            try {
                showPanel(await api.get(`integrations/${seg(integration.id)}/scim`));
                announce('The Configure Your SCIM Integration panel is shown below. Click Save to enable provisioning.');
            } catch (error) {
                toggle.checked = false;
                toast(error.message, { error: true });
            }
            return;
        }
        const current = await api.get(`integrations/${seg(integration.id)}/scim`).catch(() => ({ scimEnabled: true }));
        if (!current.scimEnabled) {
            hidePanel();
            return;
        }
        const confirmed = await confirmDialog({
            title: 'Disable provisioning?',
            text: `${idpName(integration.idp)} will be refused from now on, and every token of this integration stops working. `
                + 'The users and groups already provisioned stay. Enabling again issues a new token.',
            confirmLabel: 'Disable provisioning',
            danger: true,
        });
        if (!confirmed) {
            toggle.checked = true;
            return;
        }
        try {
            await api.delete(`integrations/${seg(integration.id)}/scim`);
            hidePanel();
            toast('Provisioning disabled; its tokens no longer work');
            refreshHeader();
        } catch (error) {
            toggle.checked = true;
            toast(error.message, { error: true });
        }
    });

    if (initialSettings.scimEnabled) showPanel(initialSettings);
    else panelHost.hidden = true;

    return h('section', { class: 'card', 'aria-labelledby': `${switchId}-title` },
        h('div', { class: 'card-header' },
            h('label', { class: 'switch', for: switchId },
                toggle,
                h('span', { class: 'switch-text' },
                    h('strong', { id: `${switchId}-title` }, 'Enable service account resolution'),
                    h('span', { class: 'muted', id: `${switchId}-text` },
                        `Let ${idpName(integration.idp)} provision users and groups into Roster over SCIM, so queries made through shared service accounts can be attributed to the SSO user and their groups.`)))),
        panelHost);
}

function generalCard(integration, onUpdated) {
    const nameId = uid('name');
    const idpId = uid('idp');
    const name = h('input', { class: 'input', id: nameId, value: integration.name, maxlength: '200', required: true, autocomplete: 'off' });
    const idp = h('select', { class: 'select', id: idpId },
        Object.entries(IDPS).map(([value, info]) => h('option', { value, selected: value === integration.idp }, info.name)));
    const error = h('p', { class: 'field-error', role: 'alert' });
    const form = h('form', { novalidate: true },
        h('div', { class: 'card-body' },
            h('div', { class: 'field' }, h('label', { class: 'label', for: nameId }, 'Name'), name),
            h('div', { class: 'field' }, h('label', { class: 'label', for: idpId }, 'Identity provider'), idp,
                h('span', { class: 'hint' }, 'Decides the labels of the SCIM panel and the setup guide. Tokens are not affected.')),
            error),
        h('div', { class: 'card-footer' }, h('button', { type: 'submit', class: 'button button-primary' }, 'Save changes')));
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        error.textContent = '';
        const changes = {};
        if (name.value.trim() !== integration.name) changes.name = name.value.trim();
        if (idp.value !== integration.idp) changes.idp = idp.value;
        if (Object.keys(changes).length === 0) {
            toast('Nothing to save');
            return;
        }
        try {
            const updated = await api.patch(`integrations/${seg(integration.id)}`, changes);
            Object.assign(integration, updated);
            toast('Integration saved');
            onUpdated(updated);
        } catch (failure) {
            error.textContent = failure.message;
        }
    });
    return h('section', { class: 'card', 'aria-labelledby': 'general-heading' },
        h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: 'general-heading' }, 'General'), h('p', {}, 'How this integration is named and which IdP it is for'))),
        form);
}

function dangerZone(integration) {
    async function remove() {
        const confirmId = uid('confirm-name');
        const input = h('input', { class: 'input', id: confirmId, autocomplete: 'off' });
        const deleted = await formDialog({
            title: `Delete ${integration.name}?`,
            text: 'Its users, groups, memberships and tokens are deleted at once; provisioning-log entries stay. This cannot be undone.',
            danger: true,
            submitLabel: 'Delete integration',
            fields: h('div', { class: 'field' }, h('label', { class: 'label', for: confirmId }, `Type ${integration.name} to confirm`), input),
            submit: async () => {
                if (input.value.trim() !== integration.name) throw new Error('The name does not match.');
                await api.delete(`integrations/${seg(integration.id)}`);
                return true;
            },
        });
        if (deleted) {
            toast(`${integration.name} deleted`);
            navigate('/integrations');
        }
    }
    return h('section', { class: 'card danger-zone', 'aria-labelledby': 'danger-heading' },
        h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: 'danger-heading' }, 'Delete integration'),
            h('p', {}, 'Removes this directory and its credentials.'))),
        h('div', { class: 'card-body spread' },
            h('p', { class: 'muted' }, 'The IdP’s requests will be refused afterwards.'),
            h('button', { type: 'button', class: 'button button-danger', onClick: remove }, icon('trash'), 'Delete integration')));
}
