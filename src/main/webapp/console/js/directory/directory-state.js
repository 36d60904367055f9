// Which integration's directory the admin looked at last, so the sidebar's Users and Groups return there.
// Memory only; a reload starts from the first integration again.

import { api } from '../core/api.js';

let lastIntegrationId = null;
let integrationsCache = null;

export function rememberIntegration(id) {
    lastIntegrationId = id;
}

export function lastIntegration() {
    return lastIntegrationId;
}

/** The integrations, for the directory switcher; fetched at most once per few seconds. */
export async function integrationsList() {
    const now = Date.now();
    if (!integrationsCache || now - integrationsCache.at > 5000) {
        integrationsCache = { at: now, promise: api.get('integrations').then((list) => list.items) };
    }
    try {
        return await integrationsCache.promise;
    } catch (error) {
        integrationsCache = null;
        throw error;
    }
}
