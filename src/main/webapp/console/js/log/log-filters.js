// The provisioning log's filter bar. Values mirror the API's query parameters.

import { h, uid } from '../core/dom.js';
import { OPERATIONS } from './operations.js';

/** filters: {integration, outcome, operation, resourceType, since}; onChange(filters) on every change. */
export function logFilters({ filters, integrations, onChange }) {
    const current = { ...filters };
    const changed = (name) => (event) => { current[name] = event.target.value; onChange({ ...current }); };

    const integrationSelect = labelled('Integration', (id) => h('select', { class: 'select', id, onChange: changed('integration') },
        h('option', { value: '' }, 'All integrations'),
        integrations.map((integration) => h('option', { value: integration.id, selected: integration.id === current.integration }, integration.name))));

    const outcomeName = uid('outcome');
    const outcome = h('fieldset', { class: 'field' }, h('legend', { class: 'label' }, 'Outcome'),
        h('div', { class: 'segmented' }, [['', 'All'], ['success', 'Success'], ['rejected', 'Rejected']].map(([value, label]) => {
            const id = uid('outcome-option');
            return [h('input', { type: 'radio', name: outcomeName, id, value, checked: (current.outcome || '') === value, onChange: changed('outcome') }),
                h('label', { for: id }, label)];
        })));

    const operation = labelled('Operation', (id) => h('select', { class: 'select', id, onChange: changed('operation') },
        h('option', { value: '' }, 'Any operation'),
        Object.entries(OPERATIONS).map(([value, label]) => h('option', { value, selected: value === current.operation }, label))));

    const resourceType = labelled('Resource', (id) => h('select', { class: 'select', id, onChange: changed('resourceType') },
        [['', 'Any'], ['User', 'Users'], ['Group', 'Groups']].map(([value, label]) => h('option', { value, selected: value === current.resourceType }, label))));

    const since = labelled('Since', 'field-date', (id) => h('input', {
        class: 'input', id, type: 'datetime-local', value: current.since || '',
        onChange: (event) => { current.since = event.target.value; onChange({ ...current }); },
    }));

    return h('form', { class: 'toolbar', 'aria-label': 'Filter the provisioning log', onSubmit: (event) => event.preventDefault() },
        integrationSelect, outcome, operation, resourceType, since);
}

function labelled(text, extraClassOrControl, maybeControl) {
    const control = maybeControl || extraClassOrControl;
    const extraClass = maybeControl ? extraClassOrControl : null;
    const id = uid('filter');
    return h('div', { class: ['field', extraClass] }, h('label', { class: 'label', for: id }, text), control(id));
}

/** The API's query for these filters; "since" is local time in the form, ISO-8601 (UTC) on the wire. */
export function eventQuery(filters) {
    return {
        integrationId: filters.integration,
        outcome: filters.outcome,
        operation: filters.operation,
        resourceType: filters.resourceType,
        since: filters.since ? new Date(filters.since).toISOString() : '',
    };
}
