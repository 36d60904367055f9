package dev.roster.resolution.looker;

/** The Looker API could not be used: network, timeout, rejected credentials, unexpected answer. Never holds a secret. */
public class LookerApiException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;

    public LookerApiException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }
}
