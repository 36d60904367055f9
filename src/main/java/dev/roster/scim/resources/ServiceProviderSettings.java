package dev.roster.scim.resources;

import dev.roster.config.RosterConfig;

/**
 * The limits and links Roster advertises at {@code /ServiceProviderConfig} (RFC 7643 section 5). The
 * protocol layer must enforce the same numbers it advertises here.
 *
 * @param documentationUri   the help page for Roster's SCIM API, or null to leave it out
 * @param bulkMaxOperations  the most operations one /Bulk request may hold
 * @param bulkMaxPayloadSize the largest /Bulk request body, in bytes
 * @param filterMaxResults   the most resources one query returns (also the page size without {@code count})
 * @param cursorTimeoutSeconds how long a paging cursor stays valid after the page that issued it (RFC 9865)
 */
public record ServiceProviderSettings(
        String documentationUri,
        int bulkMaxOperations,
        int bulkMaxPayloadSize,
        int filterMaxResults,
        int cursorTimeoutSeconds) {

    public ServiceProviderSettings {
        if (bulkMaxOperations < 1 || bulkMaxPayloadSize < 1 || filterMaxResults < 1 || cursorTimeoutSeconds < 1) {
            throw new IllegalArgumentException("bulk, filter and cursor limits must be positive");
        }
    }

    /** With the default cursor timeout of {@code roster.scim.cursor-timeout-seconds}. */
    public ServiceProviderSettings(
            String documentationUri, int bulkMaxOperations, int bulkMaxPayloadSize, int filterMaxResults) {
        this(
                documentationUri,
                bulkMaxOperations,
                bulkMaxPayloadSize,
                filterMaxResults,
                Integer.parseInt(RosterConfig.DEFAULT_CURSOR_TIMEOUT_SECONDS));
    }

    /** 1,000 bulk operations, 1 MiB bulk payload, 200 results per query, no documentation link. */
    public static ServiceProviderSettings defaults() {
        return new ServiceProviderSettings(null, 1000, 1_048_576, 200);
    }
}
