package dev.roster.scim.spi;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.Filter;

/**
 * What to search: an optional filter, an optional sort attribute, and the window: the RFC 7644 window
 * ({@code startIndex} 1-based, already clamped to ≥ 1), or with a {@code keyset} the cursor window of RFC 9865
 * ({@code startIndex} then unused); {@code count} ≥ 0 either way, 0 meaning "only the total".
 */
public record SearchSpec(
        Filter filter, AttributePath sortBy, boolean descending, int startIndex, int count, Keyset keyset) {

    public SearchSpec {
        if (startIndex < 1 || count < 0) {
            throw new IllegalArgumentException("startIndex must be >= 1 and count >= 0");
        }
    }

    /** Index paging. */
    public SearchSpec(Filter filter, AttributePath sortBy, boolean descending, int startIndex, int count) {
        this(filter, sortBy, descending, startIndex, count, null);
    }
}
