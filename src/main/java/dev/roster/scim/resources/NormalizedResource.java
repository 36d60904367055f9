package dev.roster.scim.resources;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ResourceNormalizer} makes of a client body.
 *
 * @param document the canonical document to store: schema spelling of every name, read-only and unknown
 *                 attributes removed, {@code schemas} recomputed; never holds {@code id}, {@code meta},
 *                 {@code password}, {@code groups} or {@code members}
 * @param members  a Group's {@code members} when the body had that key (an empty array when it was
 *                 {@code []} or null: "no members"); empty when the body did not mention members at all.
 *                 Elements are {@code {"value", "display"?, "type"?}} with unique values.
 */
public record NormalizedResource(JsonObject document, Optional<JsonArray> members) {

    public NormalizedResource {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(members, "members");
    }
}
