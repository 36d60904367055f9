// Creating, editing and deleting a database account: the service account a BI tool connects with, which
// tool that is (so which carriers count), the directory that resolves its users, and how.

import { h, uid } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { confirmThenRun, formDialog, nameField } from '../ui/dialog.js';
import { idpName } from '../ui/badges.js';
import { integrationsList } from '../directory/directory-state.js';
import { APPLICATIONS, DEFAULT_MARKERS, IDENTITY_KEYS, applicationBadge } from './vocabulary.js';

const MARKER_FIELDS = [
    ['lookerContext', 'Looker context comment'],
    ['email', 'Email comment and Tableau email marker'],
    ['endUser', 'Tableau user-name marker'],
    ['customContext', 'Custom application comment'],
];

/** Opens the dialog; resolves with the created or changed account, or null. */
export async function accountDialog(repository, account = null) {
    const integrations = await integrationsList().catch(() => []);
    const integrationId = uid('account-integration');
    const keyId = uid('account-key');
    const name = nameField({
        label: 'Account name',
        placeholder: 'looker_svc',
        value: account ? account.name : null,
        hint: 'The service account’s name in the database, as your data layer reports it.',
        missing: 'Give the account its name in the database.',
    });
    const applications = Object.entries(APPLICATIONS).map(([value, application]) => {
        const id = uid('application');
        return h('div', { class: 'choice' },
            h('input', { type: 'radio', name: 'application', id, value, checked: value === (account ? account.application : 'looker') }),
            h('label', { for: id }, h('strong', {}, applicationBadge(value)), h('small', {}, application.description)));
    });
    const integration = h('select', { class: 'select', id: integrationId, name: 'integrationId', disabled: integrations.length === 0 },
        integrations.map((item) => h('option', { value: item.id, selected: account && item.id === account.integrationId },
            `${item.name} (${idpName(item.idp)})`)));
    const identityKey = h('select', { class: 'select', id: keyId, name: 'identityKey' },
        IDENTITY_KEYS.map(([value, label]) => h('option', { value, selected: value === (account ? account.identityKey : 'userName') }, label)));
    const retrieveGroups = toggle('retrieveGroups', 'Retrieve SSO groups', 'Direct and nested group memberships from the directory.',
        account ? account.retrieveGroups : true);
    const requireAttribution = toggle('requireAttribution', 'Require attribution',
        'Statements through this account that name no one raise an alert.', account ? account.requireAttribution : false);
    const markers = MARKER_FIELDS.map(([key, label]) => {
        const id = uid(`marker-${key}`);
        const input = h('input', {
            class: 'input mono', id, name: key, maxlength: '128', autocomplete: 'off', spellcheck: 'false',
            placeholder: DEFAULT_MARKERS[key], value: account && account.markers[key] !== DEFAULT_MARKERS[key] ? account.markers[key] : null,
        });
        return { key, input, field: h('div', { class: 'field' }, h('label', { class: 'label', for: id }, label), input) };
    });

    return formDialog({
        title: account ? `Edit ${account.name}` : 'New database account',
        text: account ? null : `A service account of ${repository.name} that a BI tool or application connects with.`,
        iconName: 'key',
        submitLabel: account ? 'Save changes' : 'Add account',
        fields: [
            name.node,
            h('fieldset', { class: 'field' }, h('legend', { class: 'label' }, 'Connected tool'), h('div', { class: 'choice-grid' }, applications)),
            h('div', { class: 'field' }, h('label', { class: 'label', for: integrationId }, 'Resolve users with'), integration,
                h('span', { class: 'hint' }, integrations.length > 0
                    ? 'The integration whose SCIM directory has the users and groups.'
                    : ['No integration yet: ', h('a', { href: '#/integrations' }, 'create one'), ' and let your IdP provision it first.'])),
            h('div', { class: 'field' }, h('label', { class: 'label', for: keyId }, 'Match user names by'), identityKey,
                h('span', { class: 'hint' }, 'For user names from Tableau or a custom application. Emails always match the directory’s email.')),
            h('div', { class: 'field stack-small' }, retrieveGroups.node, requireAttribution.node),
            h('details', { class: 'field disclosure' }, h('summary', {}, 'Marker names'),
                h('p', { class: 'hint' }, 'Change these only if your tool sends other names. Empty fields use the default shown.'),
                markers.map((marker) => marker.field)),
        ],
        submit: async (form) => {
            const value = name.value();
            if (!integration.value) throw new Error('Choose the integration whose directory resolves the users.');
            const body = {
                name: value,
                application: new FormData(form).get('application'),
                integrationId: integration.value,
                identityKey: identityKey.value,
                retrieveGroups: retrieveGroups.input.checked,
                requireAttribution: requireAttribution.input.checked,
                markers: Object.fromEntries(markers.map((marker) => [marker.key, marker.input.value.trim()])),
            };
            const path = `repositories/${seg(repository.id)}/accounts`;
            return account ? api.patch(`${path}/${seg(account.id)}`, body) : api.post(path, body);
        },
    });
}

function toggle(name, title, text, checked) {
    const id = uid(name);
    const input = h('input', { type: 'checkbox', role: 'switch', id, name, checked, 'aria-describedby': `${id}-text` });
    return {
        input,
        node: h('label', { class: 'switch', for: id }, input,
            h('span', { class: 'switch-text' }, h('strong', {}, title), h('span', { class: 'muted', id: `${id}-text` }, text))),
    };
}

/** Asks, deletes; resolves true when deleted. */
export async function deleteAccount(repository, account) {
    return confirmThenRun({
        title: `Delete ${account.name}?`,
        text: `Its attribution records go with it, and your data layer’s questions about ${account.name} on ${repository.name} are refused from then on.`,
        confirmLabel: 'Delete account',
    }, () => api.delete(`repositories/${seg(repository.id)}/accounts/${seg(account.id)}`), `${account.name} deleted`);
}
