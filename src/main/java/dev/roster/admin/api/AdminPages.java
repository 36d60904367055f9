package dev.roster.admin.api;

import dev.roster.scim.spi.Page;
import java.util.List;
import java.util.function.Function;

/**
 * The admin API's pages (users, groups, a group's members, events) all report a window the same way: the matches
 * before paging, the 1-based index of the first item, and how many items came back.
 */
final class AdminPages {

    /** A page record's canonical constructor, e.g. {@code UserPage::new}. */
    @FunctionalInterface
    interface Constructor<V, P> {
        P of(long totalResults, int startIndex, int itemsPerPage, List<V> items);
    }

    private AdminPages() {}

    /** {@code page} from {@code startIndex} on, each item turned into its view. */
    static <T, V, P> P of(Page<T> page, int startIndex, Function<? super T, V> view, Constructor<V, P> constructor) {
        List<V> items = page.items().stream().<V>map(view).toList();
        return constructor.of(page.totalResults(), startIndex, items.size(), items);
    }
}
