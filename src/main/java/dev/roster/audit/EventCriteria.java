package dev.roster.audit;

import java.util.Set;

/**
 * What to show of the provisioning log. Every field is optional (null: no condition); {@code allIntegrations}
 * false with a null {@code integrationId} selects entries that belong to no integration (bad tokens).
 *
 * @param since      epoch millis, inclusive
 * @param until      epoch millis, exclusive
 * @param outcome    {@code success} or {@code rejected}
 * @param startIndex 1-based, newest first
 */
public record EventCriteria(
        boolean allIntegrations,
        String integrationId,
        Long since,
        Long until,
        Set<EventOperation> operations,
        String resourceType,
        String resourceId,
        String outcome,
        int startIndex,
        int count) {

    public static final String SUCCESS = "success";
    public static final String REJECTED = "rejected";

    public EventCriteria {
        operations = operations == null ? Set.of() : Set.copyOf(operations);
        if (startIndex < 1 || count < 0) {
            throw new IllegalArgumentException("startIndex must be >= 1 and count >= 0");
        }
    }
}
