package dev.roster.scim.bulk;

import java.util.List;

/**
 * A validated bulk request.
 *
 * @param failOnErrors the number of failed operations after which processing stops; {@link #NO_LIMIT} when the
 *                     client gave none (RFC 7644 section 3.7.3: then all operations are attempted)
 */
public record BulkRequest(List<BulkOperation> operations, int failOnErrors) {

    public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public BulkRequest {
        operations = List.copyOf(operations);
        if (failOnErrors < 1) {
            throw new IllegalArgumentException("failOnErrors must be positive");
        }
    }
}
