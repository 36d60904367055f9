// Attribution records: how many statements through an account named a person, why the others did not, the
// newest resolutions, and the alerts raised for unattributed use of accounts that require attribution.

import { h } from '../core/dom.js';
import { count, timeAgo, timeExact } from '../core/format.js';
import { icon } from '../ui/icons.js';
import { stat } from '../ui/stat.js';
import { carrierName, outcomePill, reasonText } from './vocabulary.js';
import { dataTable } from '../ui/table.js';

/** GET …/attribution as stats, reasons, recent resolutions and alerts. */
export function attributionView(attribution, { resolveHref }) {
    const unattributed = attribution.total - attribution.attributed;
    const share = attribution.total > 0 ? Math.round((attribution.attributed / attribution.total) * 1000) / 10 : null;
    return h('div', { class: 'stack' },
        h('section', { 'aria-labelledby': 'attribution-figures' },
            h('h2', { id: 'attribution-figures', class: 'visually-hidden' }, 'Attribution figures'),
            h('div', { class: 'stats' },
                stat('Statements resolved', count(attribution.total), { iconName: 'activity' }),
                stat('Attributed', count(attribution.attributed), { iconName: 'users', note: share === null ? 'None yet' : `${share} % of all` }),
                stat('Unattributed', count(unattributed), {
                    iconName: 'alert', error: unattributed > 0 && attribution.requireAttribution,
                    note: attribution.requireAttribution ? 'Attribution is required: each one is an alert' : 'Attribution is not required',
                }),
                stat('Last seen', timeAgo(attribution.lastSeenAt), { iconName: 'clock', note: ['Last attributed ', timeAgo(attribution.lastAttributedAt)] }))),
        attribution.alerts.length > 0 && alertsCard(attribution.alerts, { showAccount: false }),
        h('div', { class: 'two-columns' },
            recentCard(attribution.recentEvents, resolveHref),
            reasonsCard(attribution.unattributed)),
        h('p', { class: 'hint' }, 'Counts from other Roster nodes arrive within a few seconds. Statements resolved on the Resolve tab are not counted.'));
}

function recentCard(events, resolveHref) {
    return h('section', { class: 'card', 'aria-labelledby': 'recent-heading' },
        h('div', { class: 'card-header' }, h('div', {},
            h('h2', { id: 'recent-heading' }, 'Recent resolutions'),
            h('p', {}, 'A sample of the newest: the last few attributed and unattributed per node and interval'))),
        events.length === 0
            ? h('p', { class: 'card-body muted' }, 'None yet. They appear once your data layer asks about statements of this account. ',
                h('a', { href: resolveHref }, 'Try a statement here first'), '.')
            : dataTable('Recent resolutions', ['When', 'Outcome', 'Carrier', 'Claim', 'SSO user'], events.map((event) => h('tr', {},
                h('td', { 'data-label': 'When', class: 'nowrap' }, timeAgo(event.occurredAt)),
                h('td', { 'data-label': 'Outcome' }, outcomePill(event.attributed, event.outcome)),
                h('td', { 'data-label': 'Carrier' }, event.carrier ? carrierName(event.carrier) : dash()),
                h('td', { 'data-label': 'Claim', class: 'mono break' }, event.claim || dash()),
                h('td', { 'data-label': 'SSO user', class: 'break' }, event.userName || dash())))));
}

function reasonsCard(unattributed) {
    const reasons = Object.entries(unattributed || {}).filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a);
    return h('section', { class: 'card', 'aria-labelledby': 'reasons-heading' },
        h('div', { class: 'card-header' }, h('div', {},
            h('h2', { id: 'reasons-heading' }, 'Why statements were unattributed'),
            h('p', {}, 'Every unattributed statement, by reason'))),
        reasons.length === 0
            ? h('p', { class: 'card-body muted' }, 'None: every statement so far named a person.')
            : h('ul', { class: 'list-plain' }, reasons.map(([reason, n]) => {
                const [title, explanation] = reasonText(reason);
                return h('li', {}, h('div', {}, h('strong', {}, title), h('div', { class: 'hint' }, explanation)),
                    h('strong', { class: 'numeric' }, count(n)));
            })));
}

/** Alerts of one account, or of all (showAccount, with links from accountHref(alert)). */
export function alertsCard(alerts, { showAccount = true, accountHref = () => null } = {}) {
    return h('section', { class: 'card error-panel', 'aria-labelledby': 'alerts-heading', id: 'attribution-alerts' },
        h('div', { class: 'card-header' }, h('div', {},
            h('h2', { id: 'alerts-heading' }, icon('alert'), 'Attribution alerts'),
            h('p', {}, 'Unattributed use of accounts that require attribution: one alert per account, reason and hour'))),
        dataTable('Attribution alerts', [showAccount && 'Account', 'Reason', 'Hour', ['Statements', 'numeric'], 'Last seen'],
            alerts.map((alert) => {
                const href = accountHref(alert);
                const name = `${alert.dbAccount || alert.accountId} on ${alert.repository || 'a deleted repository'}`;
                return h('tr', {},
                    showAccount && h('td', {}, href ? h('a', { class: 'cell-primary', href }, name) : h('span', { class: 'cell-primary' }, name)),
                    h('td', { 'data-label': 'Reason' }, reasonText(alert.reason)[0], h('div', { class: 'cell-secondary mono' }, alert.reason)),
                    h('td', { 'data-label': 'Hour' }, timeExact(alert.windowStart)),
                    h('td', { 'data-label': 'Statements', class: 'numeric' }, count(alert.occurrences)),
                    h('td', { 'data-label': 'Last seen' }, timeAgo(alert.lastSeenAt)));
            })));
}

function dash() {
    return h('span', { class: 'muted' }, '—');
}
