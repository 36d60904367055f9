package dev.roster.web.api.problem;

/** The problem types the admin API defines beyond plain HTTP statuses. */
public final class ProblemTypes {

    public static final String BLANK = "about:blank";
    /** An unsafe request with a session cookie lacked the session's X-CSRF-Token, or came from another origin. */
    public static final String CSRF = "urn:roster:problem:csrf";
    /** Too many failed sign-ins from this address (for this username, or any); Retry-After says when to try again. */
    public static final String SIGN_IN_THROTTLED = "urn:roster:problem:sign-in-throttled";
    /** A request value failed validation. */
    public static final String INVALID_REQUEST = "urn:roster:problem:invalid-request";
    /** A SCIM filter in the request could not be used. */
    public static final String INVALID_FILTER = "urn:roster:problem:invalid-filter";

    private ProblemTypes() {}
}
