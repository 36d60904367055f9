package dev.roster.scim.bulk;

import dev.roster.scim.spi.ResourceType;
import jakarta.json.JsonObject;

/**
 * One validated entry of a bulk request's {@code Operations}, as the client sent it: references are not yet
 * resolved.
 *
 * @param index      position in {@code Operations}, from 0; error details name it as {@code Operations[index]}
 * @param path       the path as sent, for the provisioning log
 * @param resourceId the id from the path, possibly a {@code bulkId:} reference; null for POST
 * @param bulkId     the client's transient id; required for POST, echoed back for any method; may be null
 * @param version    the resource version the client expects (an If-Match value); may be null
 * @param data       the body; null for DELETE
 */
public record BulkOperation(
        int index,
        BulkMethod method,
        String path,
        ResourceType endpoint,
        String resourceId,
        String bulkId,
        String version,
        JsonObject data) {}
