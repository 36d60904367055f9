package dev.roster.integration;

/** The integration named in a request does not exist (the admin API answers 404). */
public class UnknownIntegrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String integrationId;

    public UnknownIntegrationException(String integrationId) {
        super("No integration with id '" + integrationId + "'");
        this.integrationId = integrationId;
    }

    public String integrationId() {
        return integrationId;
    }
}
