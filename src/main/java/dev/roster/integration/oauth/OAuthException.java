package dev.roster.integration.oauth;

/** A token request that fails with one of RFC 6749's error codes; the description is shown to the client. */
public class OAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final OAuthError error;

    public OAuthException(OAuthError error, String description) {
        super(description);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }

    public String description() {
        return getMessage();
    }
}
