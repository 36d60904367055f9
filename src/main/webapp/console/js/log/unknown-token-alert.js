// Requests whose token matched no integration are logged without one, so they never show up as an
// integration's last error. Yet that is exactly what an IdP's failed connection test with a wrong or old
// token looks like. During setup the console therefore points them out next to the integration.

import { h } from '../core/dom.js';
import { api } from '../core/api.js';
import { plural, timeAgo } from '../core/format.js';
import { icon } from '../ui/icons.js';

const WINDOW_MS = 60 * 60 * 1000;

/** A warning about recent 401s without an integration, or null when there were none in the last hour. */
export async function unknownTokenAlert(idpName) {
    let page;
    try {
        page = await api.get('events', {
            outcome: 'rejected', operation: 'REQUEST_REJECTED', since: new Date(Date.now() - WINDOW_MS).toISOString(), count: 100,
        });
    } catch {
        return null;
    }
    const unmatched = page.items.filter((event) => !event.integrationId && event.status === 401);
    if (unmatched.length === 0) return null;
    const latest = unmatched[0];
    // An entry stands for every such request from one address in one minute.
    const requests = unmatched.reduce((sum, event) => sum + (event.occurrences || 1), 0);
    return h('div', { class: 'callout callout-warning', role: 'status', id: 'unknown-token-alert' }, icon('alert'),
        h('div', {},
            h('strong', {}, `${plural(requests, 'request', 'requests')} with an unknown token in the last hour`),
            'The latest arrived ', timeAgo(latest.occurredAt), latest.sourceAddress ? ` from ${latest.sourceAddress}` : '',
            `. If ${idpName}’s connection test failed, it is probably sending an old or mistyped token: paste the current one (Save issues a new one). `,
            h('a', { href: '#/log?outcome=rejected' }, 'See these requests')));
}
