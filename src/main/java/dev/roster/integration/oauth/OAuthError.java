package dev.roster.integration.oauth;

/** The token endpoint's error codes (RFC 6749 section 5.2) with the HTTP status each is sent with. */
public enum OAuthError {
    INVALID_REQUEST("invalid_request", 400),
    /** Client authentication failed; 401 with a WWW-Authenticate challenge. */
    INVALID_CLIENT("invalid_client", 401),
    INVALID_GRANT("invalid_grant", 400),
    /** The client is genuine but may not get tokens now: its integration has provisioning disabled. */
    UNAUTHORIZED_CLIENT("unauthorized_client", 400),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400);

    private final String code;
    private final int status;

    OAuthError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
