package dev.roster.directory.store;

import dev.roster.directory.ResourceTables;
import dev.roster.directory.query.FilterSqlTranslator;
import dev.roster.directory.query.SortSql;
import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.ListingKey;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filtered, sorted, paged searches over users or groups of one integration, entirely in the database: the
 * count runs on the same condition before paging, and the order always ends in {@code (created_at, id)}, so
 * it is total. An index page is the OFFSET page of that order, exactly: for a whole listing in the default
 * order it may seek to a row this node saw at a known index instead of skipping up to it, but only when the
 * listing's version proves that no row moved since ({@link ListingPositions}, {@link ListingVersions}). A
 * cursor page is a keyset window ({@link Keyset}), stable under creates and deletes anywhere else.
 */
record ResourceSearch(SqlRunner sql, ListingVersions versions, ListingPositions positions) {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();

    Page<StoredResource> search(ResourceType kind, String integrationId, SearchSpec spec) {
        SqlBuilder where = new SqlBuilder()
                .sql(" FROM ")
                .sql(ResourceTables.of(kind))
                .sql(" r WHERE r.integration_id = ")
                .param(integrationId);
        if (spec.filter() != null) {
            where.sql(" AND (")
                    .append(new FilterSqlTranslator(kind, REGISTRY).translate(spec.filter()))
                    .sql(")");
        }
        if (spec.keyset() != null) {
            return cursorPage(kind, where, spec);
        }
        if (spec.count() == 0) {
            return new Page<>(count(where), List.of());
        }
        List<StoredResource> items;
        int windowSize;
        if (spec.filter() != null) {
            items = filteredPage(kind, where, spec);
            windowSize = items.size();
        } else {
            List<ListingKey> window = spec.sortBy() == null
                    ? defaultOrderWindow(kind, integrationId, where, spec)
                    : offsetWindow(where, order(kind, spec, false), spec);
            items = rows(kind, window);
            windowSize = window.size();
        }
        // A short page (fewer rows than asked for, but some) is the last one: its end is the total, and the
        // count query can be skipped. That is every lookup that finds one user.
        long total = windowSize < spec.count() && windowSize > 0 ? spec.startIndex() - 1L + windowSize : count(where);
        return new Page<>(total, items);
    }

    private long count(SqlBuilder where) {
        return sql.count(new SqlBuilder().sql("SELECT COUNT(*)").append(where));
    }

    /**
     * A filtered page in one query: the planner uses the filter's index (a userName lookup uses the unique
     * index) and sorts only the matches.
     */
    private List<StoredResource> filteredPage(ResourceType kind, SqlBuilder where, SearchSpec spec) {
        ListingOrder order = order(kind, spec, false);
        SqlBuilder select = new SqlBuilder()
                .sql(columns(kind))
                .append(where)
                .sql(" ORDER BY ")
                .append(order.orderBy(false));
        offsetAndCount(select, spec);
        List<StoredResource> items = new ArrayList<>();
        for (Object[] row : sql.rows(select)) {
            items.add(stored(row));
        }
        return items;
    }

    /**
     * The keys of a whole listing's index page in the default order. Where this node knows the key of a row
     * at or before the page's start, it seeks past that row in the order index and skips only the rest, and
     * then reads the listing's version: still the one the position was learnt at, nothing was created before
     * it or deleted since, so the rows are the OFFSET page's. Otherwise (and whenever the version moved) the
     * page is cut by OFFSET, with the version read before it, so what it teaches is never newer than its tag.
     */
    private List<ListingKey> defaultOrderWindow(
            ResourceType kind, String integrationId, SqlBuilder where, SearchSpec spec) {
        long offset = spec.startIndex() - 1L;
        ListingOrder order = order(kind, spec, false);
        Optional<ListingPositions.Known> known =
                offset > 0 ? positions.atOrBefore(integrationId, kind, offset) : Optional.empty();
        long version;
        if (known.isPresent()) {
            ListingPositions.Known position = known.get();
            SqlBuilder seek = new SqlBuilder()
                    .sql("SELECT r.id, r.created_at")
                    .append(where)
                    .sql(" AND ")
                    .append(order.beyond(position.key()))
                    .sql(" ORDER BY ")
                    .append(order.orderBy(true))
                    .sql(" OFFSET ")
                    .param(offset - position.index())
                    .sql(" ROWS FETCH NEXT ")
                    .param(spec.count())
                    .sql(" ROWS ONLY");
            List<ListingKey> window = keys(seek, false);
            version = versions.current(integrationId, kind);
            if (version == position.version()) {
                remember(integrationId, kind, version, offset, window);
                return window;
            }
        } else {
            version = versions.current(integrationId, kind);
        }
        List<ListingKey> window = offsetWindow(where, order, spec);
        remember(integrationId, kind, version, offset, window);
        return window;
    }

    private void remember(String integrationId, ResourceType kind, long version, long offset, List<ListingKey> window) {
        if (!window.isEmpty()) {
            positions.remember(integrationId, kind, version, offset + window.size(), window.get(window.size() - 1));
        }
    }

    /**
     * The keys of an index page of a whole listing, cut over ids only; the leading integration_id lets H2 read
     * the order index instead of sorting every row, and only the page's rows are then read whole.
     */
    private List<ListingKey> offsetWindow(SqlBuilder where, ListingOrder order, SearchSpec spec) {
        SqlBuilder window = select(order).append(where).sql(" ORDER BY ").append(order.orderBy(true));
        offsetAndCount(window, spec);
        return keys(window, order.sorted());
    }

    private static void offsetAndCount(SqlBuilder sql, SearchSpec spec) {
        sql.sql(" OFFSET ")
                .param(spec.startIndex() - 1)
                .sql(" ROWS FETCH NEXT ")
                .param(spec.count())
                .sql(" ROWS ONLY");
    }

    /**
     * A cursor page: the rows beyond the keyset's position in its direction, one more than asked for to know
     * whether the walk goes on, and the windows of the pages on either side. A backward window is read in
     * reverse order and turned round, so every page lists its rows in the listing's order.
     */
    private Page<StoredResource> cursorPage(ResourceType kind, SqlBuilder where, SearchSpec spec) {
        Keyset keyset = spec.keyset();
        ListingOrder order = order(kind, spec, keyset.backward());
        SqlBuilder window = select(order).append(where);
        if (keyset.position() != null) {
            window.sql(" AND ").append(order.beyond(keyset.position()));
        }
        window.sql(" ORDER BY ")
                .append(order.orderBy(spec.filter() == null))
                .sql(" FETCH NEXT ")
                .param(spec.count() + 1L)
                .sql(" ROWS ONLY");
        List<ListingKey> fetched = keys(window, order.sorted());
        boolean more = fetched.size() > spec.count();
        List<ListingKey> keys = new ArrayList<>(fetched.subList(0, Math.min(spec.count(), fetched.size())));
        if (keyset.backward()) {
            Collections.reverse(keys);
        }
        long total = count(where);
        List<StoredResource> items = rows(kind, keys);
        if (keys.isEmpty()) {
            return new Page<>(
                    total,
                    items,
                    emptyPageNext(keyset, spec, fetched, more, total),
                    !keyset.backward() || !more ? null : keyset);
        }
        ListingKey first = keys.get(0);
        ListingKey last = keys.get(keys.size() - 1);
        if (keyset.backward()) {
            return new Page<>(total, items, Keyset.after(last), more ? Keyset.before(first) : null);
        }
        return new Page<>(
                total,
                items,
                more ? Keyset.after(last) : null,
                keyset.position() == null ? null : Keyset.before(first));
    }

    /**
     * The next window after a page without rows: with {@code count=0} the same place (forward) or the place
     * after the row just before it (backward); past either end, nothing forward, and the start backward.
     */
    private static Keyset emptyPageNext(
            Keyset keyset, SearchSpec spec, List<ListingKey> fetched, boolean more, long total) {
        if (!keyset.backward()) {
            return more ? keyset : null;
        }
        if (spec.count() == 0 && more) {
            return Keyset.after(fetched.get(0));
        }
        return total > 0 ? Keyset.first() : null;
    }

    private ListingOrder order(ResourceType kind, SearchSpec spec, boolean backward) {
        SqlBuilder sortValue = spec.sortBy() == null ? null : new SortSql(kind, REGISTRY).expression(spec.sortBy());
        return new ListingOrder(sortValue, spec.descending(), backward);
    }

    private static SqlBuilder select(ListingOrder order) {
        SqlBuilder select = new SqlBuilder().sql("SELECT r.id, r.created_at");
        return order.sorted() ? select.sql(", ").append(order.sortValue()) : select;
    }

    private List<ListingKey> keys(SqlBuilder window, boolean sorted) {
        List<ListingKey> keys = new ArrayList<>();
        for (Object[] row : sql.rows(window)) {
            keys.add(new ListingKey(sorted ? sortValue(row[2]) : null, NativeSql.toLong(row[1]), (String) row[0]));
        }
        return keys;
    }

    /** A sort value as {@link ListingKey} holds it, whatever width of number the driver answered with. */
    private static Object sortValue(Object value) {
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number number && !(value instanceof Long) && !(value instanceof Double)) {
            return number.doubleValue();
        }
        return value;
    }

    /** The page's rows read whole, in the window's order (a deferred join); rows deleted meanwhile are gone. */
    private List<StoredResource> rows(ResourceType kind, List<ListingKey> window) {
        if (window.isEmpty()) {
            return List.of();
        }
        SqlBuilder rows = new SqlBuilder()
                .sql(columns(kind))
                .sql(" FROM ")
                .sql(ResourceTables.of(kind))
                .sql(" r WHERE r.id IN (");
        NativeSql.inList(rows, window.stream().map(ListingKey::id).toList()).sql(")");
        Map<String, StoredResource> byId = new HashMap<>();
        for (Object[] row : sql.rows(rows)) {
            StoredResource item = stored(row);
            byId.put(item.id(), item);
        }
        List<StoredResource> items = new ArrayList<>();
        for (ListingKey key : window) {
            StoredResource item = byId.get(key.id());
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static String columns(ResourceType kind) {
        return "SELECT r.id, r.document, r.created_at, r.modified_at, r.version, "
                + (kind == ResourceType.USER ? "COALESCE(r.display_name, r.user_name)" : "r.display_name");
    }

    private static StoredResource stored(Object[] row) {
        return new StoredResource(
                (String) row[0],
                JsonText.read((String) row[1]),
                NativeSql.toLong(row[2]),
                NativeSql.toLong(row[3]),
                NativeSql.toLong(row[4]),
                (String) row[5]);
    }
}
