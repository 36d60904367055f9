// The event types a stream can ask for, in the words of the console: grouped by the standard that defines
// them (RFC 9967 SCIM events, OpenID CAEP, OpenID RISC), with what each one tells a receiver. Which ones the
// server sends comes from the server (events_supported); this only names them.

const SCIM = 'urn:ietf:params:scim:event:';
const CAEP = 'https://schemas.openid.net/secevent/caep/event-type/';
const RISC = 'https://schemas.openid.net/secevent/risc/event-type/';

export const DELIVERY = {
    push: 'urn:ietf:rfc:8935',
    poll: 'urn:ietf:rfc:8936',
};

export const EVENT_GROUPS = [
    { key: 'scim', label: 'SCIM', standard: 'RFC 9967', prefix: SCIM },
    { key: 'caep', label: 'CAEP', standard: 'OpenID CAEP 1.0', prefix: CAEP },
    { key: 'risc', label: 'RISC', standard: 'OpenID RISC 1.0', prefix: RISC },
];

// What a data layer most needs to hear at once: someone lost access. Ticked in a new stream.
export const DEFAULT_EVENTS = [`${SCIM}prov:deactivate`, `${SCIM}prov:delete`, `${CAEP}session-revoked`, `${RISC}account-disabled`];

const MEANINGS = {
    [`${SCIM}prov:create:full`]: 'Created, with all its attributes',
    [`${SCIM}prov:create:notice`]: 'Created, naming the attributes only',
    [`${SCIM}prov:put:full`]: 'Replaced, with all its attributes',
    [`${SCIM}prov:put:notice`]: 'Replaced, naming the attributes only',
    [`${SCIM}prov:patch:full`]: 'Changed, with the new values',
    [`${SCIM}prov:patch:notice`]: 'Changed, naming the attributes only',
    [`${SCIM}prov:delete`]: 'Deleted',
    [`${SCIM}prov:activate`]: 'Activated (active set to true)',
    [`${SCIM}prov:deactivate`]: 'Deactivated (active set to false)',
    [`${SCIM}feed:add`]: 'Came into the stream’s feed',
    [`${SCIM}feed:remove`]: 'Left the stream’s feed',
    [`${CAEP}session-revoked`]: 'End the user’s sessions (on deactivation and deletion)',
    [`${RISC}account-disabled`]: 'Account disabled (on deactivation)',
    [`${RISC}account-enabled`]: 'Account enabled again',
    [`${RISC}account-purged`]: 'Account deleted for good',
};

/** The types to offer when the server does not list its own. */
export const KNOWN_EVENTS = Object.keys(MEANINGS);

/** "prov:deactivate", "session-revoked": the part of the URI people say. */
export function eventName(uri) {
    const group = EVENT_GROUPS.find((candidate) => uri.startsWith(candidate.prefix));
    return group ? uri.slice(group.prefix.length) : uri;
}

export function eventMeaning(uri) {
    return MEANINGS[uri] || null;
}

/** The offered types by group, in the server's order; types of no group (SSF's own) are not requested. */
export function groupEvents(uris) {
    return EVENT_GROUPS
        .map((group) => ({ ...group, uris: uris.filter((uri) => uri.startsWith(group.prefix)) }))
        .filter((group) => group.uris.length > 0);
}
