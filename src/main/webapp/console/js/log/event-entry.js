// One provisioning-log entry: a summary line that is always visible and, on demand, everything recorded.
// A rejected request carries its status and the server's error on the summary line itself, so the reason
// a connection test failed is readable without opening anything. Failed authentications are logged one entry
// per source, reason and minute; the summary line shows how many requests the entry stands for ("× 1,234").

import { h } from '../core/dom.js';
import { count, formatAbsolute, formatRelative } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { pill } from '../ui/badges.js';
import { operationLabel } from './operations.js';
import { hintFor } from './rejection-hints.js';

export function eventEntry(event, { integrationName = (id) => id, isNew = false, showIntegration = true } = {}) {
    const rejected = event.outcome === 'rejected';
    const hint = hintFor(event);
    const summary = h('summary', {},
        h('time', { class: 'log-time', datetime: event.occurredAt, title: formatAbsolute(event.occurredAt) }, formatRelative(event.occurredAt)),
        h('span', { class: 'log-what' },
            h('span', { class: 'log-operation' }, operationLabel(event.operation)),
            repeated(event) && h('span', { class: 'log-count', title: occurrencesText(event) }, `× ${count(event.occurrences)}`),
            h('span', { class: 'log-resource' }, resourceText(event))),
        h('span', { class: 'log-integration' }, showIntegration
            ? (event.integrationId ? integrationName(event.integrationId) : h('span', { class: 'muted' }, 'No integration'))
            : ''),
        h('span', { class: 'log-outcome' }, rejected ? pill(`Rejected ${event.status || ''}`.trim(), 'danger') : pill('Success', 'success')),
        rejected && event.detail && h('span', { class: 'log-error' }, icon('error', 'icon-small'), h('span', {}, event.detail)),
        rejected && hint && h('span', { class: 'log-hint' }, hint));
    return h('li', { class: ['log-entry', rejected && 'log-rejected', isNew && 'log-entry-new'], dataset: { eventId: event.id, outcome: event.outcome } },
        h('details', {}, summary, h('div', { class: 'log-detail' }, detailList(event, integrationName))));
}

function repeated(event) {
    return event.occurrences > 1;
}

function occurrencesText(event) {
    return `${count(event.occurrences)} requests in this minute from this address for this reason; the first is shown`;
}

function resourceText(event) {
    const parts = [];
    if (event.resourceType) parts.push(event.resourceType);
    if (event.resourceName) parts.push(event.resourceName);
    else if (event.resourceId) parts.push(event.resourceId);
    if (event.actor) parts.push(`by ${event.actor}`);
    return parts.join(' · ');
}

function detailList(event, integrationName) {
    const rows = [
        ['When', formatAbsolute(event.occurredAt)],
        ['Operation', event.operation],
        ['HTTP status', event.status ? String(event.status) : null],
        ['Integration', event.integrationId ? `${integrationName(event.integrationId)} (${event.integrationId})` : 'None (the token matched no integration)'],
        ['Resource', event.resourceType ? `${event.resourceType} ${event.resourceId || ''}`.trim() : null],
        ['Name', event.resourceName],
        ['Admin', event.actor],
        ['Error', event.detail],
        ['Requests', repeated(event) ? occurrencesText(event) : null],
        ['Source address', event.sourceAddress],
        ['User agent', event.userAgent],
    ].filter(([, value]) => value);
    const list = h('dl', {}, rows.map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
    const changes = event.changes && Object.keys(event.changes).length > 0
        ? h('div', {}, h('div', { class: 'subtle' }, 'Changes'), h('pre', {}, JSON.stringify(event.changes, null, 2)))
        : null;
    return [list, changes];
}
