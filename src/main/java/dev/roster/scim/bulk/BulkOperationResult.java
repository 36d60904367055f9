package dev.roster.scim.bulk;

import dev.roster.scim.error.ScimException;

/**
 * The outcome of one bulk operation, as the BulkResponse reports it (RFC 7644 section 3.7.3).
 *
 * @param location the resource's URL when known (also on failures that name an existing resource)
 * @param version  the resource's version after a successful write; otherwise null
 * @param error    why it failed; null on success
 */
public record BulkOperationResult(
        BulkOperation operation, int status, String location, String version, ScimException error) {

    public static BulkOperationResult success(BulkOperation operation, String location, String version) {
        return new BulkOperationResult(operation, operation.method().successStatus(), location, version, null);
    }

    public static BulkOperationResult failure(BulkOperation operation, String location, ScimException error) {
        return new BulkOperationResult(operation, error.status(), location, null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
