// The admin API over fetch: relative to the console's own address (the WAR may have any context root),
// cookies only (the session cookie is HttpOnly; scripts never see it), the CSRF token on changes, and
// problem+json errors turned into ApiError.

const API_ROOT = new URL('../api/v1/', document.baseURI);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Kept in this module's memory only: never in storage, never in a URL. A reload gets it again from
// GET /session, which the cookie authorises.
let csrfToken = null;
let onUnauthorized = () => {};
let onActivity = () => {};

export function setCsrfToken(token) {
    csrfToken = token || null;
}

/** Called when a request other than sign-in answers 401: the session ended (timeout, sign-out elsewhere). */
export function whenUnauthorized(handler) {
    onUnauthorized = handler;
}

/** Called after every answered request: the server slid the session's idle timeout. */
export function whenAnswered(handler) {
    onActivity = handler;
}

export class ApiError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || `Request failed (${status})`);
        this.status = status;
        this.problem = problem;
        this.retryAfter = problem.retryAfter;
    }
}

export function apiUrl(path, query) {
    const url = new URL(path.replace(/^\//, ''), API_ROOT);
    for (const [name, value] of Object.entries(query || {})) {
        if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, String(value));
    }
    return url;
}

/**
 * One admin API call. `body` is sent as JSON; `text` is sent as it is with `contentType` (an uploaded CSV
 * file). `expectUnauthorized` is for the calls where a 401 is an answer, not a lost session (signing in,
 * asking whether a session exists).
 */
export async function request(method, path, { body, text, contentType, query, expectUnauthorized = false } = {}) {
    const headers = {
        Accept: 'application/json, application/problem+json',
        // Marks the request as the console's: a 401 then never carries the Basic challenge (no browser dialog).
        'X-Requested-With': 'XMLHttpRequest',
    };
    if (text !== undefined) headers['Content-Type'] = contentType || 'text/plain';
    else if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (UNSAFE.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

    let response;
    try {
        response = await fetch(apiUrl(path, query), {
            method,
            headers,
            body: text !== undefined ? text : body === undefined ? undefined : JSON.stringify(body),
            credentials: 'same-origin',
            cache: 'no-store',
            redirect: 'error',
            referrerPolicy: 'no-referrer',
        });
    } catch (networkError) {
        throw new ApiError(0, { title: 'Network error', detail: 'Roster did not answer. Check the connection and try again.' });
    }
    onActivity();
    const payload = await readBody(response);
    if (response.ok) return payload;

    const problem = payload && typeof payload === 'object' ? payload : { detail: String(payload || response.statusText) };
    if (response.status === 429) problem.retryAfter = Number(response.headers.get('Retry-After')) || undefined;
    const error = new ApiError(response.status, problem);
    if (response.status === 401 && !expectUnauthorized) onUnauthorized(error);
    throw error;
}

async function readBody(response) {
    if (response.status === 204) return null;
    const text = await response.text();
    if (!text) return null;
    try {
        return JSON.parse(text);
    } catch {
        return text;
    }
}

export const api = {
    get: (path, query, options) => request('GET', path, { query, ...options }),
    post: (path, body, options) => request('POST', path, { body: body ?? {}, ...options }),
    patch: (path, body) => request('PATCH', path, { body }),
    putText: (path, text, contentType) => request('PUT', path, { text, contentType }),
    delete: (path, options) => request('DELETE', path, options),
};

/** Path segment escaping for ids that come from the server. */
export function seg(value) {
    return encodeURIComponent(value);
}
