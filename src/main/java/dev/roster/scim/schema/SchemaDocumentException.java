package dev.roster.scim.schema;

/**
 * A schema document shipped with Roster is missing, is not valid JSON, or does not follow the RFC 7643
 * section 8.7.1 representation. This is a packaging bug, never a client error: it is thrown while the
 * {@link SchemaRegistry} loads, so a broken build fails at start-up instead of on the first request.
 */
public final class SchemaDocumentException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SchemaDocumentException(String message) {
        super(message);
    }

    public SchemaDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
