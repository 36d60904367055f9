package dev.roster.scim.bulk;

/**
 * What a successful operation reports back.
 *
 * @param resourceId the id of the created, changed or deleted resource
 * @param version    its {@code meta.version} after the write; null after a DELETE
 */
public record ExecutedOperation(String resourceId, String version) {}
