package dev.roster.scim.resources;

/**
 * The limits and links Roster advertises at {@code /ServiceProviderConfig} (RFC 7643 section 5). The
 * protocol layer must enforce the same numbers it advertises here.
 *
 * @param documentationUri   the help page for Roster's SCIM API, or null to leave it out
 * @param bulkMaxOperations  the most operations one /Bulk request may hold
 * @param bulkMaxPayloadSize the largest /Bulk request body, in bytes
 * @param filterMaxResults   the most resources one query returns
 */
public record ServiceProviderSettings(String documentationUri, int bulkMaxOperations, int bulkMaxPayloadSize,
                                      int filterMaxResults) {

    public ServiceProviderSettings {
        if (bulkMaxOperations < 1 || bulkMaxPayloadSize < 1 || filterMaxResults < 1) {
            throw new IllegalArgumentException("bulk and filter limits must be positive");
        }
    }

    /** 1,000 bulk operations, 1 MiB bulk payload, 200 results per query, no documentation link. */
    public static ServiceProviderSettings defaults() {
        return new ServiceProviderSettings(null, 1000, 1_048_576, 200);
    }
}
