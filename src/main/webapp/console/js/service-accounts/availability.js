// Whether this server has the service account resolution API yet. It is being built separately; until it
// ships, /api/v1/repositories answers 404 and the console says "not available yet" instead of failing.

import { api } from '../core/api.js';

let probe = null;

/** Resolves true (the API answers), false (404: not on this server yet); asked once per page load. */
export function serviceAccountsAvailability() {
    if (!probe) {
        probe = api.get('repositories', { count: 1 })
            .then(() => true)
            .catch((error) => {
                if (error.status === 404) return false;
                probe = null; // anything else (network, 5xx) is worth asking again
                throw error;
            });
    }
    return probe.catch(() => false);
}
