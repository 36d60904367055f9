// Which integrations something covers (an API key, an event stream): all of them, also ones created later
// (the default), or only the ones ticked. The words differ per owner; the choice is the same.

import { h, uid } from '../core/dom.js';

/** Returns { node, value }: value() is null for all integrations, else the ids ticked (perhaps none). */
export function integrationScope(integrations, { legend, allText, someText }) {
    const choiceName = uid('scope');
    const listId = uid('scope-integrations');
    const checks = integrations.map((integration) => {
        const id = uid('scope-integration');
        const input = h('input', { type: 'checkbox', id, value: integration.id, disabled: true });
        return { id: integration.id, input,
            node: h('li', {}, input, h('label', { for: id }, integration.name, ' ', h('span', { class: 'subtle mono' }, integration.id))) };
    });
    const choice = (value, title, text, checked) => {
        const id = uid('scope-option');
        const input = h('input', { type: 'radio', name: choiceName, id, value, checked, 'aria-controls': listId,
            onChange: () => checks.forEach((check) => { check.input.disabled = value === 'all'; }) });
        return h('div', { class: 'choice' }, input, h('label', { for: id }, h('strong', {}, title), h('small', {}, text)));
    };
    const node = h('fieldset', { class: 'field' }, h('legend', { class: 'label' }, legend),
        h('div', { class: 'choice-grid' },
            choice('all', 'All integrations', allText, true),
            choice('some', 'Only these', someText, false)),
        checks.length > 0
            ? h('ul', { class: 'check-list', id: listId }, checks.map((check) => check.node))
            : h('p', { class: 'hint', id: listId }, 'No integration yet.'));
    return {
        node,
        value: () => (node.querySelector(`input[name="${choiceName}"]:checked`).value === 'all' ? null
            : checks.filter((check) => check.input.checked).map((check) => check.id)),
    };
}
