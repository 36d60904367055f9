package dev.roster.integration.oauth;

import dev.roster.json.CachedJson;
import dev.roster.platform.http.HttpStatusException;

/** A token request that fails with one of RFC 6749's error codes, sent with the code's status. */
public class OAuthException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    private final OAuthError error;

    public OAuthException(OAuthError error, String description) {
        super(error.status(), description);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    /** The error response body of RFC 6749 section 5.2. */
    public String json() {
        return CachedJson.createObjectBuilder()
                .add("error", error.code())
                .add("error_description", description())
                .build()
                .toString();
    }
}
