// Streams: where Roster pushes (or lets receivers poll) security events about directory changes, so a data
// layer hears of a deactivation at once instead of on its next lookup. Each stream's status, backlog, last
// delivery and last error at a glance, refreshed while the page is open; the streams that need the admin
// (paused, failing) on top with the reason and the error; and the receivers that manage their own streams.

import { h, replaceChildren, replaceKeepingFocus, uid, append } from '../core/dom.js';
import { api } from '../core/api.js';
import { icon } from '../ui/icons.js';
import { confirmThenRun, formDialog } from '../ui/dialog.js';
import { announce, toast } from '../ui/feedback.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { integrationsList } from '../directory/directory-state.js';
import { KNOWN_EVENTS } from './event-types.js';
import { streamDialog } from './stream-dialog.js';
import { attentionPanel, isFailing, streamName, streamsTable } from './stream-table.js';
import { receiversCard } from './receivers-card.js';
import { pageHeader } from '../ui/page-header.js';

const REFRESH_MS = 5000;

export default function streamsPage(context) {
    context.setTitle('Streams');
    const alerts = h('div', { id: 'stream-alerts-host' });
    const list = h('div', { id: 'streams-list' }, loading('Loading streams'));
    const receivers = receiversCard();
    // Fetched once: it names the configuration URL for receivers and the event types on offer.
    const configuration = api.get('ssf/configuration').catch(() => null);
    configuration.then((metadata) => { if (metadata) receivers.setConfiguration(metadata); });
    let streams = [];
    let timer = null;
    context.onDispose(() => { clearTimeout(timer); receivers.dispose(); });

    const actions = { toggle, verify, remove };
    const newStream = () => h('button', { type: 'button', class: 'button button-primary', onClick: create }, icon('plus'), 'New stream');

    append(context.outlet,
        pageHeader({
            title: 'Streams',
            description: 'Roster sends every directory change as a signed Security Event Token (RFC 9967, OpenID Shared Signals) to the receivers '
                + 'of its streams, in order and within a second, so a deactivated user loses access in the data layer at once.',
            actions: [h('button', { type: 'button', class: 'button', id: 'refresh-streams', onClick: () => load() }, icon('refresh'), 'Refresh'), newStream()],
        }),
        h('div', { class: 'stack streams-stack' },
            alerts,
            h('section', { class: 'card', 'aria-labelledby': 'streams-heading' },
                h('div', { class: 'card-header' }, h('div', {},
                    h('h2', { id: 'streams-heading' }, 'Streams'),
                    h('p', {}, 'Each receiver gets the event types it asked for, from the integrations its stream covers'))),
                list),
            receivers.node));

    async function create() {
        const [integrations, metadata] = await Promise.all([integrationsList().catch(() => []), configuration]);
        const supported = (metadata && metadata.events_supported)
            || (streams[0] && streams[0].events_supported) || KNOWN_EVENTS;
        const created = await streamDialog({ supported, integrations });
        if (!created) return;
        toast(`Stream “${streamName(created)}” created`);
        load();
    }

    async function toggle(stream) {
        const name = streamName(stream);
        if (stream.status !== 'enabled') {
            await changeStatus(stream, 'enabled', null, `Stream “${name}” resumed: its waiting events go out in order`);
            return;
        }
        const reasonId = uid('pause-reason');
        const reason = h('input', { class: 'input', id: reasonId, name: 'reason', maxlength: '1000', autocomplete: 'off', placeholder: 'Receiver maintenance until 18:00' });
        await formDialog({
            title: `Pause “${name}”?`,
            text: 'Roster stops sending to this receiver and keeps its events, in order, until you resume it (for as long as events are retained).',
            iconName: 'pause',
            submitLabel: 'Pause stream',
            fields: [h('div', { class: 'field' }, h('label', { class: 'label', for: reasonId }, 'Reason (optional)'), reason,
                h('span', { class: 'hint' }, 'Shown here and sent to the receiver in the stream-updated event.'))],
            submit: () => changeStatus(stream, 'paused', reason.value.trim() || null, `Stream “${name}” paused`, { rethrow: true }),
        });
    }

    async function changeStatus(stream, status, reason, done, { rethrow = false } = {}) {
        try {
            const body = { stream_id: stream.stream_id, status };
            if (reason) body.reason = reason;
            await api.post('ssf/streams/status', body);
            toast(done);
            load();
            return true;
        } catch (error) {
            if (rethrow) throw error;
            toast(error.message, { error: true });
            return false;
        }
    }

    async function verify(stream) {
        const state = crypto.randomUUID();
        try {
            await api.post('ssf/streams/verify', { stream_id: stream.stream_id, state });
            toast(`Verification event sent to “${streamName(stream)}” (state ${state.slice(0, 8)}…)`);
            load();
        } catch (error) {
            toast(error.message, { error: true });
        }
    }

    async function remove(stream) {
        const name = streamName(stream);
        if (await confirmThenRun({
            title: `Delete “${name}”?`,
            text: 'The receiver gets no further events from it, and the events not delivered yet are dropped. This cannot be undone.',
            confirmLabel: 'Delete stream',
        }, () => api.delete('ssf/streams', { query: { stream_id: stream.stream_id } }), `Stream “${name}” deleted`)) load();
    }

    // Refreshes quietly while the page is open (not while the tab is hidden); tells screen readers when a
    // stream stops, starts again or starts failing, not every figure that moved.
    async function load({ quiet = false } = {}) {
        clearTimeout(timer);
        try {
            const [answer, integrations] = await Promise.all([api.get('streams'), integrationsList().catch(() => [])]);
            if (!context.isCurrent()) return;
            const next = Array.isArray(answer) ? answer : answer.items;
            if (quiet) announceChanges(streams, next);
            streams = next;
            const names = new Map(integrations.map((integration) => [integration.id, integration.name]));
            // An event list the admin opened stays open through the refresh.
            const opened = [...list.querySelectorAll('details[open] > summary')].map((summary) => summary.id);
            replaceKeepingFocus(alerts, attentionPanel(streams, actions));
            replaceKeepingFocus(list, streams.length === 0
                ? emptyState({
                    iconName: 'send',
                    title: 'No streams yet',
                    text: 'Create a stream for your data layer’s receiver, or give the receiver a token and the configuration URL below to create its own.',
                    actions: [newStream()],
                })
                : streamsTable(streams, names, actions));
            opened.forEach((id) => document.getElementById(id)?.parentElement.setAttribute('open', ''));
        } catch (error) {
            if (!context.isCurrent()) return;
            if (!quiet) replaceChildren(list, errorState(error, () => load()));
        }
        if (context.isCurrent()) timer = setTimeout(tick, REFRESH_MS);
    }

    function tick() {
        if (document.hidden || document.querySelector('dialog[open]')) {
            timer = setTimeout(tick, REFRESH_MS);
            return;
        }
        load({ quiet: true });
    }

    load();
    receivers.load();
}

function announceChanges(before, after) {
    const previous = new Map(before.map((stream) => [stream.stream_id, stream]));
    const news = [];
    for (const stream of after) {
        const was = previous.get(stream.stream_id);
        if (!was) continue;
        if (was.status !== stream.status) news.push(`Stream “${streamName(stream)}” is now ${stream.status}${stream.status_reason ? `: ${stream.status_reason}` : ''}`);
        else if (isFailing(stream) && stream.last_error_at !== was.last_error_at) news.push(`Delivery to “${streamName(stream)}” failed: ${stream.last_error}`);
    }
    if (news.length > 0) announce(news.join('. '));
}
