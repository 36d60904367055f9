package dev.roster.web.auth;

/** How an admin request was authenticated. */
public enum AuthMethod {
    /** HTTP Basic: scripts. Needs no CSRF token (browsers cannot be made to send it cross-site unnoticed). */
    BASIC,
    /** The console's signed session cookie: unsafe methods must carry the session's CSRF token. */
    SESSION
}
