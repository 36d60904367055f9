// The signed-in admin, as far as the console knows: who, the CSRF token (memory only), and when the session
// ends. The server is the authority (its cookie slides on every request); the console adds its own idle
// timeout on *user* activity, so a page left open with live refresh still signs out when nobody is there.

import { api, setCsrfToken, whenAnswered, whenUnauthorized } from './api.js';

const WARN_BEFORE_MS = 60_000;
const CHECK_EVERY_MS = 5_000;

let current = null;           // { username, idleTimeoutSeconds, maxExpiresAt }
let lastInteraction = Date.now();
let lastRequest = Date.now();
let watcher = null;
const listeners = new Set();

/** Thrown when sign-in succeeded but the browser refused to keep the session cookie. */
export class CookieRejectedError extends Error {}

export function currentSession() {
    return current;
}

/** listener({ type: 'signed-in' | 'signed-out' | 'warning' | 'warning-cleared', reason?, secondsLeft? }) */
export function onSessionChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}

function emit(event) {
    listeners.forEach((listener) => listener(event));
}

/** Picks up an existing session (after a reload): the cookie is sent automatically, the CSRF token is asked for. */
export async function restoreSession() {
    try {
        adopt(await api.get('session', null, { expectUnauthorized: true }));
        return current;
    } catch (error) {
        if (error.status === 401) return null;
        throw error;
    }
}

export async function signIn(username, password) {
    const session = await api.post('session', { username, password }, { expectUnauthorized: true });
    setCsrfToken(session.csrfToken);
    try {
        // The cookie is HttpOnly, so the only way to know the browser kept it is to use it.
        adopt(await api.get('session', null, { expectUnauthorized: true }));
    } catch (error) {
        setCsrfToken(null);
        if (error.status === 401) {
            throw new CookieRejectedError(
                'Your password was accepted, but this browser did not keep the session cookie. Roster marks it '
                + 'Secure when its public URL is HTTPS: open the console at that HTTPS address (or on localhost).');
        }
        throw error;
    }
    emit({ type: 'signed-in' });
    return current;
}

export async function signOut(reason = 'signed-out') {
    const wasSignedIn = current !== null;
    if (reason === 'signed-out' || reason === 'idle' || reason === 'max') {
        try {
            await api.delete('session', { expectUnauthorized: true });
        } catch {
            // Signing out must always succeed locally; the cookie is cleared or already dead.
        }
    }
    forget();
    if (wasSignedIn || reason !== 'signed-out') emit({ type: 'signed-out', reason });
}

/** "Stay signed in": counts as activity and slides the server's timeout too. */
export async function keepAlive() {
    noteInteraction();
    try {
        adopt(await api.get('session'));
        emit({ type: 'warning-cleared' });
    } catch {
        // A 401 here is handled by the API's unauthorized hook.
    }
}

function adopt(session) {
    current = {
        username: session.username,
        idleTimeoutSeconds: session.idleTimeoutSeconds || 1800,
        maxExpiresAt: session.maxExpiresAt ? Date.parse(session.maxExpiresAt) : null,
    };
    setCsrfToken(session.csrfToken);
    noteInteraction();
    startWatching();
}

function forget() {
    current = null;
    setCsrfToken(null);
    if (watcher) clearInterval(watcher);
    watcher = null;
}

function noteInteraction() {
    lastInteraction = Date.now();
}

let warned = false;
function check() {
    if (!current) return;
    const now = Date.now();
    const idleLimit = current.idleTimeoutSeconds * 1000;
    const idleLeft = idleLimit - (now - lastInteraction);
    const maxLeft = current.maxExpiresAt ? current.maxExpiresAt - now : Infinity;
    if (maxLeft <= 0) {
        signOut('max');
        return;
    }
    if (idleLeft <= 0) {
        signOut('idle');
        return;
    }
    const left = Math.min(idleLeft, maxLeft);
    if (left <= WARN_BEFORE_MS) {
        warned = true;
        emit({ type: 'warning', secondsLeft: Math.ceil(left / 1000), final: maxLeft <= WARN_BEFORE_MS });
    } else if (warned) {
        warned = false;
        emit({ type: 'warning-cleared' });
    }
    // Someone is working but not causing requests (reading, typing): keep the server's session alive too.
    if (now - lastInteraction < CHECK_EVERY_MS * 2 && now - lastRequest > idleLimit / 2) {
        api.get('session').catch(() => {});
    }
}

function startWatching() {
    if (watcher) clearInterval(watcher);
    watcher = setInterval(check, CHECK_EVERY_MS);
}

for (const type of ['pointerdown', 'keydown', 'wheel', 'touchstart']) {
    window.addEventListener(type, noteInteraction, { capture: true, passive: true });
}
whenAnswered(() => { lastRequest = Date.now(); });
whenUnauthorized(() => {
    if (!current) return;
    forget();
    emit({ type: 'signed-out', reason: 'expired' });
});
