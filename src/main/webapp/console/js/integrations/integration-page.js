// An integration's overview: is the IdP connected, when did it last talk to us, what failed last, and how
// big is its directory. Refreshes itself while open, so it can sit next to the IdP's admin screen during setup.

import { h, replaceKeepingFocus, append } from '../core/dom.js';
import { api, seg } from '../core/api.js';
import { count, timeAgo, formatAbsolute } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { errorState, loading } from '../ui/states.js';
import { stat } from '../ui/stat.js';
import { idpName, pill } from '../ui/badges.js';
import { integrationHeader } from './integration-header.js';
import { eventEntry } from '../log/event-entry.js';
import { hintFor } from '../log/rejection-hints.js';
import { unknownTokenAlert } from '../log/unknown-token-alert.js';

const REFRESH_MS = 10_000;

export default function integrationPage(context) {
    const id = context.params.id;
    context.setTitle('Integration');
    const root = h('div', {}, h('h1', { class: 'visually-hidden' }, 'Integration'), loading('Loading the integration'));
    append(context.outlet, root);

    let timer = null;
    context.onDispose(() => clearTimeout(timer));

    // mode: 'first' (page opened), 'manual' (Refresh button), 'auto' (timer; skipped while the admin is
    // reading an expanded entry or has focus inside, so nothing moves under them).
    async function load(mode) {
        clearTimeout(timer);
        if (mode === 'auto' && isBusy(root)) {
            timer = setTimeout(() => load('auto'), REFRESH_MS);
            return;
        }
        try {
            const [integration, scim, events, rejected, unknownTokens] = await Promise.all([
                api.get(`integrations/${seg(id)}`),
                api.get(`integrations/${seg(id)}/scim`),
                api.get(`integrations/${seg(id)}/events`, { count: 8 }),
                // The latest rejection as a log entry: it carries the HTTP status the status summary lacks.
                api.get(`integrations/${seg(id)}/events`, { outcome: 'rejected', count: 1 }),
                unknownTokenAlert('the identity provider'),
            ]);
            if (!context.isCurrent()) return;
            context.setTitle(integration.name);
            replaceKeepingFocus(root, view(integration, scim, events, rejected.items[0], unknownTokens, () => load('manual')));
        } catch (error) {
            if (!context.isCurrent()) return;
            if (mode !== 'auto' || error.status === 404) {
                replaceKeepingFocus(root, h('h1', {}, 'Integration'), errorState(error, () => load('first')));
            }
        }
        if (context.isCurrent()) timer = setTimeout(() => load('auto'), REFRESH_MS);
    }
    load('first');
}

function isBusy(root) {
    const active = document.activeElement;
    const focusInside = active && root.contains(active) && active.tagName !== 'H1' && active.id !== 'refresh-status';
    return focusInside || root.querySelector('details[open]') !== null;
}

function view(integration, scim, events, lastRejection, unknownTokens, refresh) {
    const id = encodeURIComponent(integration.id);
    return [
        ...integrationHeader(integration, 'overview', {
            actions: [h('button', { type: 'button', class: 'button', id: 'refresh-status', onClick: refresh }, icon('refresh'), 'Refresh')],
        }),
        h('div', { class: 'stack' },
            !integration.scimEnabled && setupCallout(integration),
            integration.scimEnabled && unknownTokens,
            h('section', { 'aria-labelledby': 'status-heading' },
                h('h2', { id: 'status-heading', class: 'visually-hidden' }, 'Connection status'),
                h('div', { class: 'stats' },
                    stat('Last SCIM request', timeAgo(integration.lastScimRequestAt), {
                        iconName: 'clock',
                        note: integration.lastScimRequestAt ? formatAbsolute(integration.lastScimRequestAt) : `${idpName(integration.idp)} has not connected yet`,
                    }),
                    stat('Users', count(integration.users.active), {
                        iconName: 'users',
                        note: [`active · ${count(integration.users.inactive)} inactive · `, h('a', { href: `#/directory/${id}/users` }, 'View')],
                    }),
                    stat('Groups', count(integration.groups), { iconName: 'group', note: h('a', { href: `#/directory/${id}/groups` }, 'View groups') }),
                    lastErrorStat(integration, lastRejection))),
            lastErrorPanel(integration, lastRejection),
            h('div', { class: 'two-columns' },
                recentActivity(integration, events),
                connection(integration, scim))),
    ];
}

function setupCallout(integration) {
    return h('div', { class: 'callout' }, icon('info'),
        h('div', { class: 'stack-small' },
            h('div', {}, h('strong', {}, 'Provisioning is off'),
                `Enable service account resolution to get the SCIM values and the token for ${idpName(integration.idp)}.`),
            h('div', {}, h('a', { class: 'button button-primary button-small', href: `#/integrations/${encodeURIComponent(integration.id)}/edit` }, 'Set up SCIM'))));
}

// The latest rejection as a log entry when there is one (it has the HTTP status); the summary otherwise.
function lastRejectionOf(integration, rejection) {
    return rejection || { outcome: 'rejected', status: 0, detail: integration.lastError, occurredAt: integration.lastErrorAt };
}

function lastErrorStat(integration, rejection) {
    if (!integration.lastErrorAt) return stat('Last error', 'None', { iconName: 'shield', note: 'No rejected requests' });
    const event = lastRejectionOf(integration, rejection);
    return stat('Last error', timeAgo(event.occurredAt), {
        iconName: 'alert', error: true,
        note: h('a', { href: '#last-error-panel', onClick: jumpTo('last-error-panel') }, event.status ? `Rejected ${event.status}: details below` : 'Details below'),
    });
}

function lastErrorPanel(integration, rejection) {
    if (!integration.lastErrorAt) return null;
    const event = lastRejectionOf(integration, rejection);
    const hint = hintFor(event);
    return h('section', { class: 'card error-panel', id: 'last-error-panel', tabindex: '-1', 'aria-labelledby': 'last-error-heading' },
        h('div', { class: 'card-header' },
            h('div', {},
                h('h2', { id: 'last-error-heading' }, icon('alert'), 'Last rejected request'),
                h('p', {}, timeAgo(event.occurredAt), ' · ', formatAbsolute(event.occurredAt))),
            h('div', { class: 'row' },
                event.status ? pill(`Rejected ${event.status}`, 'danger') : null,
                h('a', { class: 'button button-small', href: `#/log?integration=${encodeURIComponent(integration.id)}&outcome=rejected` }, 'See all rejected requests'))),
        h('div', { class: 'card-body stack-small' },
            h('p', { class: 'error-detail', id: 'last-error' }, event.detail || 'Rejected request'),
            hint && h('p', { class: 'muted' }, h('strong', {}, 'What to do: '), hint)));
}

// In-page jumps must not touch the hash (it holds the route).
function jumpTo(targetId) {
    return (event) => {
        event.preventDefault();
        const target = document.getElementById(targetId);
        if (target) {
            target.scrollIntoView({ block: 'start' });
            target.focus({ preventScroll: true });
        }
    };
}

function recentActivity(integration, events) {
    const id = encodeURIComponent(integration.id);
    return h('section', { class: 'card', 'aria-labelledby': 'recent-heading' },
        h('div', { class: 'card-header' },
            h('div', {}, h('h2', { id: 'recent-heading' }, 'Recent activity'), h('p', {}, 'Latest provisioning-log entries of this integration')),
            h('a', { class: 'button button-small', href: `#/log?integration=${id}` }, 'Open log')),
        events.items.length === 0
            ? h('p', { class: 'card-body muted' }, 'Nothing yet. Entries appear as soon as the IdP sends its first request.')
            : h('ul', { class: 'log-list log-list-compact' }, events.items.map((event) => eventEntry(event, { showIntegration: false }))));
}

function connection(integration, scim) {
    const id = encodeURIComponent(integration.id);
    const rows = [
        ['SCIM base URL', h('span', { class: 'mono break' }, scim.baseUrl)],
        ['Token', scim.tokenHint ? h('span', { class: 'mono' }, scim.tokenHint) : h('span', { class: 'muted' }, 'None issued')],
        ['Token created', timeAgo(scim.tokenCreatedAt, '—')],
        ['Token last used', timeAgo(scim.tokenLastUsedAt)],
        ['Tokens in grace', scim.previousTokens.length > 0 ? String(scim.previousTokens.length) : 'None'],
        scim.configuredToken && ['Configured token', h('span', {}, h('span', { class: 'mono' }, 'roster.scim.token'),
            ' · last used ', timeAgo(scim.configuredToken.lastUsedAt))],
        ['Created', timeAgo(integration.createdAt)],
    ];
    return h('section', { class: 'card', 'aria-labelledby': 'connection-heading' },
        h('div', { class: 'card-header' },
            h('div', {}, h('h2', { id: 'connection-heading' }, 'Connection'), h('p', {}, 'What the IdP uses to reach Roster')),
            h('a', { class: 'button button-small', href: `#/integrations/${id}/edit` }, icon('pencil', 'icon-small'), 'Configure')),
        h('ul', { class: 'list-plain' }, rows.filter(Boolean).map(([label, value]) => h('li', {}, h('span', { class: 'muted' }, label), value))));
}
