package dev.roster.audit;

import jakarta.json.JsonObject;

/**
 * Something the provisioning log records, fired as a CDI event by the code that did it. Observers run in
 * the caller's transaction, so a write and its log entry commit together or not at all.
 *
 * @param changes per attribute {@code {"before": …, "after": …}}, or member ids added/removed; never secrets
 */
public record ProvisioningEvent(
        String integrationId,
        EventOperation operation,
        int status,
        String resourceType,
        String resourceId,
        String resourceName,
        JsonObject changes,
        String detail) {

    public static ProvisioningEvent success(
            String integrationId,
            EventOperation operation,
            String resourceType,
            String resourceId,
            String resourceName,
            JsonObject changes) {
        return new ProvisioningEvent(
                integrationId, operation, 200, resourceType, resourceId, resourceName, changes, null);
    }

    public static ProvisioningEvent rejected(String integrationId, int status, String detail) {
        return new ProvisioningEvent(
                integrationId, EventOperation.REQUEST_REJECTED, status, null, null, null, null, detail);
    }
}
