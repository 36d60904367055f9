package dev.roster.changes;

import jakarta.json.JsonObject;

/**
 * An outbox row as delivery reads it.
 *
 * @param streamId the one stream this row is for (verification, subjects, status), or null for a directory change
 * @param operation {@code CREATE}, {@code PUT}, {@code PATCH}, {@code DELETE} for a directory change;
 *     {@code VERIFY}, {@code FEED_ADD}, {@code FEED_REMOVE}, {@code STREAM_UPDATED} for a stream's own row
 * @param activation {@code ACTIVATED}, {@code DEACTIVATED} or null
 */
public record OutboxRow(
        long id,
        long seq,
        String integrationId,
        String streamId,
        String resourceType,
        String resourceId,
        String operation,
        String activation,
        long version,
        long occurredAt,
        JsonObject payload) {}
