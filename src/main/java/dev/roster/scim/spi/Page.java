package dev.roster.scim.spi;

import java.util.List;

/**
 * One page of search results and the number of all matches, counted before paging. A page of cursor paging
 * also has the windows of the pages next to it: null where there is none ({@code next}) or none is offered
 * ({@code previous} of a walk's first page).
 */
public record Page<T>(long totalResults, List<T> items, Keyset next, Keyset previous) {

    public Page {
        items = List.copyOf(items);
    }

    public Page(long totalResults, List<T> items) {
        this(totalResults, items, null, null);
    }

    /** The same page holding {@code replacement}, one for one, in place of its items. */
    public <R> Page<R> withItems(List<R> replacement) {
        if (replacement.size() != items.size()) {
            throw new IllegalArgumentException("a page's items are replaced one for one");
        }
        return new Page<>(totalResults, replacement, next, previous);
    }
}
