package dev.roster.integration.oauth;

import java.util.Locale;

/** The token endpoint's error codes (RFC 6749 section 5.2) with the HTTP status each is sent with. */
public enum OAuthError {
    INVALID_REQUEST(400),
    /** Client authentication failed; 401 with a WWW-Authenticate challenge. */
    INVALID_CLIENT(401),
    INVALID_GRANT(400),
    /** The client is genuine but may not get tokens now: its integration has provisioning disabled. */
    UNAUTHORIZED_CLIENT(400),
    UNSUPPORTED_GRANT_TYPE(400);

    private final int status;

    OAuthError(int status) {
        this.status = status;
    }

    /** The code as RFC 6749 spells it: the constant's name in lower case, such as {@code invalid_client}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int status() {
        return status;
    }
}
