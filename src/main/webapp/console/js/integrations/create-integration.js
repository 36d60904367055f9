// "New integration": a name and the identity provider, which decides the words of the SCIM panel and guide.

import { h, uid } from '../core/dom.js';
import { api } from '../core/api.js';
import { formDialog, nameField } from '../ui/dialog.js';
import { IDPS } from '../ui/badges.js';

/** Opens the dialog; resolves with the created integration, or null. */
export function createIntegration(preselected = 'okta') {
    const name = nameField({
        placeholder: 'Okta production',
        hint: 'Shown in the console; the integration id is made from it.',
        missing: 'Give the integration a name.',
    });
    const choices = Object.entries(IDPS).map(([value, idp]) => {
        const id = uid('idp');
        return h('div', { class: 'choice' },
            h('input', { type: 'radio', name: 'idp', id, value, checked: value === preselected }),
            h('label', { for: id },
                h('span', { class: `idp idp-${value}` }, h('span', { class: 'idp-mark', 'aria-hidden': 'true' }, idp.mark), h('strong', {}, idp.name)),
                h('small', {}, idp.description)));
    });
    return formDialog({
        title: 'New integration',
        text: 'Each integration is its own directory with its own SCIM token. Create one per identity provider (or per environment).',
        iconName: 'plug',
        submitLabel: 'Create integration',
        fields: [
            name.node,
            h('fieldset', { class: 'field' }, h('legend', { class: 'label' }, 'Identity provider'), h('div', { class: 'choice-grid' }, choices)),
        ],
        submit: async (form) => {
            const value = name.value();
            const idp = new FormData(form).get('idp');
            return api.post('integrations', { name: value, idp });
        },
    });
}
