// "Who is behind this statement?": paste what a BI tool sent, see the SSO user and groups it resolves to.
// POST /api/v1/resolve {statement}; the answer is shown field by field until its shape is final.

import { h, uid, replaceChildren } from '../core/dom.js';
import { api } from '../core/api.js';
import { icon } from '../ui/icons.js';
import { attributeList } from '../directory/scim-attributes.js';

export function resolveBox() {
    const id = uid('statement');
    const statement = h('textarea', { class: 'textarea', id, spellcheck: 'false', placeholder: "-- Looker Query Context '{\"user_id\":123}'\nSELECT …" });
    const result = h('div', { 'aria-live': 'polite' });
    const form = h('form', { class: 'card-body stack-small', novalidate: true },
        h('div', { class: 'field' }, h('label', { class: 'label', for: id }, 'Statement'), statement,
            h('span', { class: 'hint' }, 'Paste a query as the database receives it, with the BI tool’s comment or marker.')),
        h('div', {}, h('button', { type: 'submit', class: 'button button-primary' }, icon('search'), 'Resolve')),
        result);
    form.addEventListener('submit', async (event) => {
        event.preventDefault();
        replaceChildren(result, h('p', { class: 'muted' }, 'Resolving…'));
        try {
            const answer = await api.post('resolve', { statement: statement.value });
            const rows = Object.entries(answer || {}).map(([key, value]) => [key, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
            replaceChildren(result, h('div', { class: 'card' }, attributeList(rows)));
        } catch (error) {
            replaceChildren(result, h('div', { class: 'callout callout-danger', role: 'alert' }, icon('error'), h('span', {}, error.message)));
        }
    });
    return h('section', { class: 'card', 'aria-labelledby': `${id}-heading` },
        h('div', { class: 'card-header' }, h('div', {}, h('h2', { id: `${id}-heading` }, 'Resolve a statement'),
            h('p', {}, 'See which SSO user and groups a statement is attributed to'))),
        form);
}
