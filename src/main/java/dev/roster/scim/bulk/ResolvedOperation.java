package dev.roster.scim.bulk;

import dev.roster.scim.spi.ResourceType;
import jakarta.json.JsonObject;

/**
 * A bulk operation with its bulkId references replaced by real ids, ready to run like a single request.
 *
 * @param resourceId the target's id; null for POST
 * @param data       the body; null for DELETE
 * @param ifMatch    the operation's {@code version}, checked like an If-Match header; may be null
 */
public record ResolvedOperation(
        BulkMethod method, ResourceType endpoint, String resourceId, JsonObject data, String ifMatch) {}
