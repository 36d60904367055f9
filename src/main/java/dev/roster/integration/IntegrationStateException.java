package dev.roster.integration;

/** The integration is not in a state that allows the action, e.g. rotating the token of a disabled one (409). */
public class IntegrationStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IntegrationStateException(String message) {
        super(message);
    }
}
