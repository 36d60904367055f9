package dev.roster.directory.store;

import java.util.List;

/** One page of search results and the number of all matches, counted before paging. */
public record Page<T>(long totalResults, List<T> items) {

    public Page {
        items = List.copyOf(items);
    }
}
