// How streams read: a table with each stream's status, backlog, last delivery and last error, and above it
// the streams that need the admin (paused, disabled, or failing to deliver) with the reason and the error in
// full. `actions` are the page's: {toggle, verify, remove}(stream).

import { h } from '../core/dom.js';
import { count, formatAbsolute, timeAgo } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { ACTIONS, dataTable } from '../ui/table.js';
import { DELIVERY, eventName } from './event-types.js';

const STATUS = {
    enabled: ['Enabled', 'success'],
    paused: ['Paused', 'warning'],
    disabled: ['Disabled', 'danger'],
};

export function streamName(stream) {
    return stream.description || `Stream ${stream.stream_id}`;
}

export function statusPill(status) {
    const [text, tone] = STATUS[status] || [status, null];
    return pill(text, tone);
}

/** Failing: the last attempt went wrong and nothing was delivered since. */
export function isFailing(stream) {
    return Boolean(stream.last_error_at) && (!stream.last_delivered_at || Date.parse(stream.last_error_at) > Date.parse(stream.last_delivered_at));
}

export function streamsTable(streams, integrationNames, actions) {
    return dataTable('Event streams and their delivery status', [
        'Stream', 'Status', 'Events', ['Not yet delivered', 'numeric'], 'Last delivery', 'Last error', ACTIONS,
    ], streams.map((stream) => row(stream, integrationNames, actions)));
}

function row(stream, integrationNames, actions) {
    const name = streamName(stream);
    const pausing = stream.status === 'enabled';
    return h('tr', { dataset: { stream: stream.stream_id, status: stream.status } },
        h('td', { class: 'stream-cell' }, h('span', { class: 'cell-primary' }, name), delivery(stream.delivery || {}),
            h('div', { class: 'cell-secondary' }, coverage(stream.integration_ids, integrationNames)),
            stream.receiver && h('div', { class: 'cell-secondary' }, `Created by receiver “${stream.receiver.name}”`),
            stream.description && h('div', { class: 'cell-secondary mono' }, stream.stream_id)),
        h('td', { 'data-label': 'Status', class: 'stream-status' }, statusPill(stream.status),
            stream.status !== 'enabled' && stream.status_reason && h('div', { class: 'cell-secondary stream-reason' }, stream.status_reason)),
        h('td', { 'data-label': 'Events' }, eventList(stream)),
        h('td', { class: 'numeric', 'data-label': 'Not yet delivered', dataset: { lag: String(stream.lag ?? 0) } }, lag(stream.lag)),
        h('td', { 'data-label': 'Last delivery', class: 'stream-delivered' }, timeAgo(stream.last_delivered_at)),
        h('td', { 'data-label': 'Last error', class: 'stream-error' }, stream.last_error
            ? h('div', { class: 'cell-error' }, h('div', { class: 'break' }, stream.last_error), timeAgo(stream.last_error_at, ''))
            : h('span', { class: 'muted' }, 'None')),
        h('td', { class: 'actions' }, h('div', { class: 'row stream-actions' },
            h('button', {
                type: 'button', class: 'button icon-button', id: `stream-status-${stream.stream_id}`,
                'aria-label': `${pausing ? 'Pause' : 'Resume'} ${name}`, title: pausing ? 'Pause' : 'Resume', onClick: () => actions.toggle(stream),
            }, icon(pausing ? 'pause' : 'play')),
            h('button', {
                type: 'button', class: 'button icon-button', id: `stream-verify-${stream.stream_id}`,
                'aria-label': `Send a verification event to ${name}`, title: 'Send a verification event', onClick: () => actions.verify(stream),
            }, icon('send')),
            h('button', {
                type: 'button', class: 'button icon-button', id: `stream-delete-${stream.stream_id}`,
                'aria-label': `Delete ${name}`, title: 'Delete', onClick: () => actions.remove(stream),
            }, icon('trash')))));
}

// "Push to https://…" or "Poll at https://…" (the receiver's URL, or the one Roster gave it to poll).
function delivery({ method, endpoint_url: endpoint }) {
    const how = method === DELIVERY.push ? 'Push to' : method === DELIVERY.poll ? 'Poll at' : method;
    return h('div', { class: 'cell-secondary stream-delivery' }, how, ' ', endpoint && h('span', { class: 'mono break' }, endpoint));
}

function eventList(stream) {
    const delivered = stream.events_delivered || [];
    if (delivered.length === 0) return h('span', { class: 'muted' }, 'None');
    return h('details', { class: 'stream-events' },
        h('summary', { id: `stream-events-${stream.stream_id}` }, `${count(delivered.length)} ${delivered.length === 1 ? 'type' : 'types'}`),
        h('ul', {}, delivered.map((uri) => h('li', { class: 'mono', title: uri }, eventName(uri)))));
}

function coverage(ids, names) {
    if (!ids || ids.length === 0) return 'From all integrations';
    return `From ${ids.map((id) => names.get(id) || id).join(', ')}`;
}

// The backlog is counted up to a cap only ("100000+"); a count is shown as a number, anything else as it is.
function lag(value) {
    const number = typeof value === 'number' ? value : /^\d+$/.test(value ?? '') ? Number(value) : null;
    if (number === null) return value || '—';
    return number === 0 ? [count(0), h('div', { class: 'cell-secondary' }, 'up to date')] : count(number);
}

/** The streams that need the admin, each with the reason and the error in full; null when none does. */
export function attentionPanel(streams, actions) {
    const troubled = streams.filter((stream) => stream.status !== 'enabled' || isFailing(stream));
    if (troubled.length === 0) return null;
    return h('section', { class: 'card error-panel', id: 'stream-alerts', 'aria-labelledby': 'stream-alerts-heading' },
        h('div', { class: 'card-header' }, h('div', {},
            h('h2', { id: 'stream-alerts-heading' }, icon('alert'), troubled.length === 1 ? 'A stream needs attention' : `${troubled.length} streams need attention`),
            h('p', {}, 'Undelivered events wait in order until the stream delivers again, for as long as they are retained'))),
        h('ul', { class: 'card-body stream-alerts' }, troubled.map((stream) => attention(stream, actions))));
}

function attention(stream, actions) {
    const name = streamName(stream);
    const stopped = stream.status !== 'enabled';
    return h('li', { dataset: { streamAlert: stream.stream_id } },
        h('div', { class: 'spread' },
            h('div', { class: 'row' }, h('strong', {}, name), statusPill(stream.status)),
            stopped && h('button', { type: 'button', class: 'button button-small', 'aria-label': `Resume ${name}`, onClick: () => actions.toggle(stream) },
                icon('play', 'icon-small'), 'Resume')),
        stopped && h('p', { class: 'stream-reason' }, h('strong', {}, 'Reason: '), stream.status_reason || 'None given'),
        stream.last_error
            ? h('div', {},
                h('p', { class: 'error-detail stream-last-error' }, stream.last_error),
                h('p', { class: 'muted' }, 'Last failed delivery ', timeAgo(stream.last_error_at, ''), stream.last_error_at && ` · ${formatAbsolute(stream.last_error_at)}`))
            : h('p', { class: 'muted' }, 'No failed delivery.'));
}
