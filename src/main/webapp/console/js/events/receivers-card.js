// Receivers: the systems that manage their own streams through the SSF API. Each gets a bearer token, shown
// once like every credential Roster issues; Roster keeps only its hash. The transmitter's configuration URL
// is what a receiver is pointed at: everything else (JWKS, stream endpoints) it finds from there.

import { h, replaceChildren } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { timeAgo } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { copyableValue } from '../ui/copy.js';
import { confirmThenRun, formDialog, nameField } from '../ui/dialog.js';
import { toast } from '../ui/feedback.js';
import { secretSlot } from '../ui/secret-box.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { ACTIONS, dataTable } from '../ui/table.js';

const WELL_KNOWN = '/.well-known/ssf-configuration';

/**
 * The URL receivers fetch the transmitter metadata from: under the issuer (Roster's public URL), where Roster
 * serves it; until the metadata has answered, under the address the console came from.
 */
export function configurationUrl(configuration) {
    if (configuration && configuration.issuer) return `${configuration.issuer.replace(/\/$/, '')}${WELL_KNOWN}`;
    return new URL(`..${WELL_KNOWN}`, document.baseURI).href;
}

/** Returns { node, setConfiguration }; the owner calls dispose when the page is left (it wipes a shown token). */
export function receiversCard() {
    const issued = secretSlot();
    const settings = h('div', { class: 'scim-values' }, copyableValue('SSF configuration URL', configurationUrl(null), { field: 'ssfConfiguration' }));
    const list = h('div', {}, loading('Loading receivers'));

    async function create() {
        const name = nameField({
            placeholder: 'Data proxy (production)',
            hint: 'Who uses the token, so you know which one to revoke.',
            missing: 'Name the receiver after the system that uses it.',
        });
        const created = await formDialog({
            title: 'New receiver',
            text: 'A receiver manages its own streams through the SSF stream management API with the token you get next. It is shown once.',
            iconName: 'key',
            submitLabel: 'Create receiver',
            fields: [name.node],
            submit: () => api.post('event-receivers', { name: name.value() }),
        });
        if (!created) return;
        issued.show({
            label: `Receiver token “${created.name}”`,
            copyLabel: 'Copy receiver token',
            value: created.token,
            headline: 'Copy this token now: it will not be shown again.',
            detail: 'The receiver sends it as Authorization: Bearer to the SSF API to create, change and verify its own streams. Roster keeps only its hash.',
            doneLabel: 'I have copied it, hide the token',
            onDone: () => toast('Receiver token hidden'),
        });
        load();
    }

    async function revoke(receiver) {
        if (await confirmThenRun({
            title: `Revoke “${receiver.name}”?`,
            text: 'Its token stops working at once and the streams it created are deleted with their undelivered events.',
            confirmLabel: 'Revoke receiver',
        }, () => api.delete(`event-receivers/${seg(receiver.id)}`), `Receiver “${receiver.name}” revoked`)) load();
    }

    async function load() {
        try {
            const answer = await api.get('event-receivers');
            const receivers = Array.isArray(answer) ? answer : answer.items;
            if (!list.isConnected) return;
            replaceChildren(list, receivers.length === 0
                ? emptyState({ iconName: 'key', title: 'No receivers yet', text: 'Streams made here need none; create one for each system that should manage its own streams.' })
                : table(receivers, revoke));
        } catch (error) {
            if (list.isConnected) replaceChildren(list, errorState(error, load));
        }
    }

    const node = h('section', { class: 'card', 'aria-labelledby': 'receivers-heading' },
        h('div', { class: 'card-header' },
            h('div', {}, h('h2', { id: 'receivers-heading' }, 'Receivers'),
                h('p', {}, 'Systems that create and manage their own streams through the Shared Signals API')),
            h('button', { type: 'button', class: 'button', onClick: create }, icon('plus'), 'New receiver')),
        h('div', { class: 'card-body stack-small' },
            settings,
            h('p', { class: 'hint' }, 'Give receivers this URL: the transmitter metadata lists the stream endpoints, the delivery methods and the keys that sign the events.'),
            issued.node),
        list);

    return {
        node,
        load,
        dispose: issued.hide,
        setConfiguration(configuration) {
            replaceChildren(settings, copyableValue('SSF configuration URL', configurationUrl(configuration), { field: 'ssfConfiguration' }));
        },
    };
}

function table(receivers, revoke) {
    return dataTable('Receivers', ['Receiver', 'Token', 'Created', 'Last used', ACTIONS],
        receivers.map((receiver) => h('tr', { dataset: { receiver: receiver.id } },
            h('td', {}, h('span', { class: 'cell-primary' }, receiver.name), h('div', { class: 'cell-secondary mono' }, receiver.id)),
            h('td', { 'data-label': 'Token', class: 'mono' }, receiver.hint || '—'),
            h('td', { 'data-label': 'Created' }, timeAgo(receiver.createdAt)),
            h('td', { 'data-label': 'Last used' }, timeAgo(receiver.lastUsedAt)),
            h('td', { class: 'actions' }, h('button', {
                type: 'button', class: 'button button-small button-danger-quiet', 'aria-label': `Revoke ${receiver.name}`, onClick: () => revoke(receiver),
            }, 'Revoke')))));
}
