package dev.roster.platform.http;

/**
 * A request that fails with an HTTP status and a message the caller is shown, so the message never holds a secret
 * or internal exception text. Each API has its own subclass and mapper, which adds what its error body needs (a
 * SCIM scimType, a problem type, an OAuth error code).
 */
public abstract class HttpStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    protected HttpStatusException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
