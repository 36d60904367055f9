package dev.roster.changes;

/**
 * A directory change committed on any node, as every node's {@link ChangeFeed} reads it from the outbox: what a
 * per-node cache needs to know to drop what the change made stale.
 *
 * @param activation {@code ACTIVATED}, {@code DEACTIVATED} or null
 */
public record CommittedChange(
        long seq, String integrationId, String resourceType, String resourceId, String operation, String activation) {}
