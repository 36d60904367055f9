package dev.roster.changes;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * One acknowledged change of a user or group, fired as a CDI event by the SCIM engine in the transaction of the
 * change: an observer that writes in that transaction (the event outbox) commits with the change or not at all,
 * and an {@code AFTER_SUCCESS} observer (a cache) hears only of changes that committed.
 *
 * @param resourceType {@code User} or {@code Group}
 * @param document the resource's canonical SCIM document after the change (before it, for a deletion), without
 *     {@code id}, {@code meta} and members
 * @param attributes the top-level attributes the change touched ({@code members} for a membership change)
 * @param members the members added and removed, for a membership change; {@link MemberChanges#NONE} otherwise
 */
public record DirectoryChange(
        String integrationId,
        String resourceType,
        String resourceId,
        Operation operation,
        Activation activation,
        long version,
        JsonObject document,
        Set<String> attributes,
        MemberChanges members) {

    /** The SCIM operation that made the change. */
    public enum Operation {
        CREATE,
        PUT,
        PATCH,
        DELETE
    }

    /** Whether the change turned a user's {@code active} on or off. */
    public enum Activation {
        NONE,
        ACTIVATED,
        DEACTIVATED
    }

    /**
     * Member ids added to and removed from a group by one change.
     *
     * @param removedAll the change removed every member (the ids were not read)
     */
    public record MemberChanges(List<String> added, List<String> removed, boolean removedAll) {

        public static final MemberChanges NONE = new MemberChanges(List.of(), List.of(), false);

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && !removedAll;
        }
    }

    /** Whether this change took access away: a user deactivated or deleted. */
    public boolean revokesAccess() {
        return "User".equals(resourceType) && (activation == Activation.DEACTIVATED || operation == Operation.DELETE);
    }
}
