package dev.roster.directory.store;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;

/**
 * What to search: an optional filter, an optional sort attribute, and the RFC 7644 window
 * ({@code startIndex} 1-based, already clamped to ≥ 1; {@code count} ≥ 0, 0 meaning "only the total").
 */
public record SearchSpec(Filter filter, AttributePath sortBy, boolean descending, int startIndex, int count) {

    public SearchSpec {
        if (startIndex < 1 || count < 0) {
            throw new IllegalArgumentException("startIndex must be >= 1 and count >= 0");
        }
    }
}
