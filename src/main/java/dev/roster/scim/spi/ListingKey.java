package dev.roster.scim.spi;

import java.util.Objects;

/**
 * Where a row stands in a listing's order: its sort value (only with {@code sortBy}; null when the row has
 * none or there is no sort), then {@code (created_at, id)}, which no two rows share and no update changes.
 * The sort value is a String, Long, Double or Boolean, as the database answered it.
 */
public record ListingKey(Object sortValue, long createdAt, String id) {

    public ListingKey {
        Objects.requireNonNull(id, "id");
        if (sortValue != null
                && !(sortValue instanceof String
                        || sortValue instanceof Long
                        || sortValue instanceof Double
                        || sortValue instanceof Boolean)) {
            throw new IllegalArgumentException("A sort value is a String, Long, Double or Boolean, not "
                    + sortValue.getClass().getName());
        }
    }
}
