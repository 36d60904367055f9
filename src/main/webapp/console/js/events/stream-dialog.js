// "New stream": how a receiver gets its events (Roster pushes them to its URL, or it polls Roster), which
// event types, and which integrations. Created through the SSF stream management API, so a stream made here
// is the same as one a receiver makes for itself.

import { h, uid } from '../core/dom.js';
import { api } from '../core/api.js';
import { formDialog } from '../ui/dialog.js';
import { integrationScope } from '../ui/integration-scope.js';
import { DEFAULT_EVENTS, DELIVERY, eventMeaning, eventName, groupEvents } from './event-types.js';

/** Opens the dialog; resolves with the created stream, or null. */
export function streamDialog({ supported, integrations }) {
    const description = textField('Description', { name: 'description', placeholder: 'Data proxy (production)', maxlength: '1000' },
        'Who receives the events, so you know which stream is whose.');
    const delivery = deliveryField();
    const events = eventsField(supported);
    const scope = integrationScope(integrations, {
        legend: 'Integrations it covers',
        allText: 'Changes in every directory, also ones created later.',
        someText: 'Changes in other integrations are never sent to this receiver.',
    });
    return formDialog({
        title: 'New stream',
        text: 'A stream sends signed Security Event Tokens to one receiver, in order, as the directory changes.',
        iconName: 'send',
        submitLabel: 'Create stream',
        fields: [description.node, delivery.node, events.node, scope.node],
        submit: async () => {
            const requested = events.value();
            if (requested.length === 0) throw new Error('Choose at least one event type.');
            const integrationIds = scope.value();
            if (integrationIds && integrationIds.length === 0) throw new Error('Choose at least one integration, or all of them.');
            return api.post('ssf/streams', {
                delivery: delivery.value(),
                events_requested: requested,
                description: description.input.value.trim() || undefined,
                integration_ids: integrationIds || [],
            });
        },
    });
}

function textField(label, attributes, hint) {
    const id = uid('stream-field');
    const input = h('input', { class: 'input', id, autocomplete: 'off', spellcheck: 'false', ...attributes });
    const hintId = hint ? `${id}-hint` : null;
    if (hintId) input.setAttribute('aria-describedby', hintId);
    return { input, node: h('div', { class: 'field' }, h('label', { class: 'label', for: id }, label), input,
        hint && h('span', { class: 'hint', id: hintId }, hint)) };
}

// Push (Roster POSTs to the receiver's URL, RFC 8935) or poll (the receiver asks Roster, RFC 8936).
function deliveryField() {
    const name = uid('delivery');
    const url = textField('Receiver URL', { type: 'url', name: 'endpoint_url', placeholder: 'https://receiver.example.com/events', required: true },
        'Roster POSTs each event here and expects 202 Accepted.');
    const authorization = textField('Authorization header (optional)', { name: 'authorization_header', placeholder: 'Bearer …' },
        'Sent verbatim as the Authorization header of every push. Roster keeps it encrypted and never shows it again.');
    const pushFields = h('div', { class: 'stack-small stream-push-fields', id: uid('push-fields') }, url.node, authorization.node);
    const choice = (method, title, text) => {
        const id = uid('delivery-option');
        return h('div', { class: 'choice' },
            h('input', { type: 'radio', name, id, value: method, checked: method === DELIVERY.push, 'aria-controls': pushFields.id,
                onChange: () => { pushFields.hidden = method !== DELIVERY.push; } }),
            h('label', { for: id }, h('strong', {}, title), h('small', {}, text)));
    };
    const node = h('fieldset', { class: 'field' }, h('legend', { class: 'label' }, 'Delivery'),
        h('div', { class: 'choice-grid' },
            choice(DELIVERY.push, 'Push', 'Roster sends each event to the receiver as it happens.'),
            choice(DELIVERY.poll, 'Poll', 'The receiver fetches events from Roster and acknowledges them.')),
        pushFields);
    return {
        node,
        value() {
            const method = node.querySelector(`input[name="${name}"]:checked`).value;
            if (method === DELIVERY.poll) return { method };
            const endpoint = url.input.value.trim();
            if (!/^https?:\/\/[^/]/i.test(endpoint)) {
                url.input.setAttribute('aria-invalid', 'true');
                url.input.focus();
                throw new Error('Give the receiver’s URL, starting with https:// (or http://).');
            }
            url.input.removeAttribute('aria-invalid');
            const header = authorization.input.value.trim();
            return header ? { method, endpoint_url: endpoint, authorization_header: header } : { method, endpoint_url: endpoint };
        },
    };
}

// One box per event type, grouped by standard; the ones a data layer needs at once are ticked.
function eventsField(supported) {
    const boxes = [];
    const groups = groupEvents(supported).map((group) => h('fieldset', { class: ['event-group', `event-group-${group.key}`] },
        h('legend', {}, group.label, ' ', h('span', { class: 'subtle' }, group.standard)),
        h('ul', { class: 'check-list' }, group.uris.map((uri) => {
            const id = uid('event-type');
            const box = h('input', { type: 'checkbox', id, value: uri, checked: DEFAULT_EVENTS.includes(uri) });
            boxes.push(box);
            const meaning = eventMeaning(uri);
            return h('li', {}, box, h('label', { for: id, title: uri },
                h('span', { class: 'mono' }, eventName(uri)), meaning && h('small', { class: 'subtle' }, meaning)));
        }))));
    return {
        node: h('fieldset', { class: 'field' }, h('legend', { class: 'label' }, 'Event types'), h('div', { class: 'event-groups' }, groups)),
        value: () => boxes.filter((box) => box.checked).map((box) => box.value),
    };
}
