// The provisioning log: every SCIM write, rejected request and admin action, newest first, filterable, and
// refreshed live while the first page is shown. Rejected requests are marked and carry their error in the
// list itself, so "why did Okta's Test Connector Configuration fail?" is answered at a glance.

import { h, uid, replaceChildren, append } from '../core/dom.js';
import { api } from '../core/api.js';
import { replaceQuery } from '../core/router.js';
import { icon } from '../ui/icons.js';
import { announce } from '../ui/feedback.js';
import { pager } from '../ui/pager.js';
import { emptyState, errorState, loading } from '../ui/states.js';
import { eventEntry } from './event-entry.js';
import { eventQuery, logFilters } from './log-filters.js';
import { pageHeader } from '../ui/page-header.js';

const PAGE_SIZE = 50;
const LIVE_EVERY_MS = 4000;

export default async function logPage(context) {
    context.setTitle('Provisioning log');
    const query = context.query;
    let filters = {
        integration: query.integration || '', outcome: query.outcome || '', operation: query.operation || '',
        resourceType: query.resourceType || '', since: query.since || '',
    };
    let start = Number(query.start) || 1;
    let live = query.live !== 'off';
    let timer = null;
    let seen = null; // ids on the last rendered first page, to mark what is new
    context.onDispose(() => clearTimeout(timer));

    const liveDot = h('span', { class: 'live-dot', 'aria-hidden': 'true' });
    const liveText = h('span', {});
    const liveButton = h('button', { type: 'button', class: 'button', 'aria-pressed': String(live), id: 'live-toggle' });
    const results = h('div', { id: 'log-results' }, loading('Loading the provisioning log'));
    const filterHost = h('div', { id: 'log-filters' });
    // On narrow windows the filter bar folds away behind a button, so the entries stay on the first screen.
    const filtersToggle = h('button', {
        type: 'button', class: 'button filters-toggle', 'aria-expanded': 'false', 'aria-controls': 'log-filters',
    });
    const logCard = h('div', { class: 'card filters-collapsed' }, filtersToggle, filterHost, results);
    function renderFiltersToggle() {
        const active = Object.values(filters).filter(Boolean).length;
        replaceChildren(filtersToggle, icon('search', 'icon-small'), active ? `Filters (${active})` : 'Filters');
    }
    filtersToggle.addEventListener('click', () => {
        const open = logCard.classList.toggle('filters-collapsed') === false;
        filtersToggle.setAttribute('aria-expanded', String(open));
    });
    renderFiltersToggle();
    const names = new Map();

    liveButton.addEventListener('click', () => {
        live = !live;
        if (live) start = 1;
        renderLive();
        load();
    });

    function renderLive() {
        liveButton.setAttribute('aria-pressed', String(live));
        replaceChildren(liveButton, icon(live ? 'pause' : 'play'), live ? 'Pause live updates' : 'Resume live updates');
        const active = live && start === 1;
        liveDot.classList.toggle('live-dot-paused', !active);
        liveText.textContent = active ? 'Live: new entries appear as they arrive' : live ? 'Live updates show on the first page' : 'Live updates paused';
    }

    append(context.outlet, 
        pageHeader({
            title: 'Provisioning log',
            description: 'Every SCIM change, every rejected request with its reason, and every admin action. Entries are kept for the configured retention period.',
            actions: [h('span', { class: 'live-status' }, liveDot, liveText), liveButton],
        }),
        logCard);
    renderLive();

    try {
        const list = await api.get('integrations');
        list.items.forEach((integration) => names.set(integration.id, integration.name));
        replaceChildren(filterHost, logFilters({
            filters, integrations: list.items,
            onChange: (next) => { filters = next; start = 1; seen = null; renderFiltersToggle(); load(); },
        }));
    } catch (error) {
        replaceChildren(results, errorState(error, () => location.reload()));
        return;
    }

    let requestNumber = 0;
    async function load({ quiet = false } = {}) {
        clearTimeout(timer);
        const number = ++requestNumber;
        replaceQuery({ ...filters, start: start > 1 ? start : '', live: live ? '' : 'off' });
        renderLive();
        try {
            const page = await api.get('events', { ...eventQuery(filters), startIndex: start, count: PAGE_SIZE });
            if (number !== requestNumber || !context.isCurrent()) return;
            render(page, quiet);
        } catch (error) {
            if (number !== requestNumber || !context.isCurrent()) return;
            if (!quiet) replaceChildren(results, errorState(error, () => load()));
        }
        if (live && start === 1 && context.isCurrent()) timer = setTimeout(tick, LIVE_EVERY_MS);
    }

    // Live refresh waits while the tab is hidden (no pointless requests) and never moves what the admin reads.
    function tick() {
        if (document.hidden) {
            timer = setTimeout(tick, LIVE_EVERY_MS);
            return;
        }
        load({ quiet: true });
    }

    function render(page, quiet) {
        const openIds = new Set([...results.querySelectorAll('details[open]')].map((d) => d.closest('li').dataset.eventId));
        const focusedId = results.contains(document.activeElement) ? document.activeElement.closest('li')?.dataset.eventId : null;
        const fresh = start === 1 && seen ? page.items.filter((event) => !seen.has(event.id)) : [];
        if (start === 1) seen = new Set(page.items.map((event) => event.id));

        if (page.items.length === 0) {
            replaceChildren(results, emptyState({
                iconName: 'activity',
                title: 'No entries',
                text: Object.values(filters).some(Boolean) ? 'Nothing matches these filters.' : 'Nothing has happened yet.',
            }));
            return;
        }
        const listId = uid('log');
        const list = h('ul', { class: 'log-list', id: listId, 'aria-label': 'Provisioning log entries, newest first' },
            page.items.map((event) => eventEntry(event, {
                integrationName: (id) => names.get(id) || id,
                isNew: fresh.includes(event),
            })));
        list.querySelectorAll('li').forEach((item) => {
            if (openIds.has(item.dataset.eventId)) item.querySelector('details').open = true;
        });
        replaceChildren(results, list, pager({ ...page, pageSize: PAGE_SIZE, label: 'Log', onPage: (next) => { start = next; seen = null; load(); } }));
        if (focusedId) list.querySelector(`li[data-event-id="${CSS.escape(focusedId)}"] summary`)?.focus({ preventScroll: true });
        if (quiet && fresh.length > 0) {
            const rejected = fresh.filter((event) => event.outcome === 'rejected').length;
            announce(`${fresh.length} new log ${fresh.length === 1 ? 'entry' : 'entries'}${rejected ? `, ${rejected} rejected` : ''}`);
        }
    }

    load();
}
