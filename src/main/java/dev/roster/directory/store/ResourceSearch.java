package dev.roster.directory.store;

import dev.roster.directory.ResourceKind;
import dev.roster.directory.query.FilterSqlTranslator;
import dev.roster.directory.query.SortSql;
import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Filtered, sorted, paged searches over users or groups of one integration, entirely in the database:
 * the count runs on the same condition before paging, and the page is cut by OFFSET/FETCH over an order
 * that always ends in (created_at, id), so pages are stable while the directory grows.
 */
final class ResourceSearch {

    /** A page's rows, and whether they were found by seeking to where the previous page ended. */
    private record Window(List<StoredResource> items, boolean seeked) {
    }

    private ResourceSearch() {
    }

    private static long count(EntityManager em, SqlBuilder where) {
        return NativeSql.count(em, new SqlBuilder().sql("SELECT COUNT(*)").append(where));
    }

    static Page<StoredResource> search(EntityManager em, ResourceKind kind, String integrationId, SearchSpec spec,
                                       PageBoundaries boundaries) {
        SqlBuilder where = new SqlBuilder().sql(" FROM ").sql(kind.table()).sql(" r WHERE r.integration_id = ")
                .param(integrationId);
        if (spec.filter() != null) {
            where.sql(" AND (").append(new FilterSqlTranslator(kind, SchemaRegistry.standard()).translate(spec.filter()))
                    .sql(")");
        }
        if (spec.count() == 0) {
            return new Page<>(count(em, where), List.of());
        }
        Window window = spec.filter() == null
                ? unfilteredPage(em, kind, integrationId, where, spec, boundaries)
                : new Window(filteredPage(em, kind, where, spec), false);
        List<StoredResource> items = window.items();
        // A short page (fewer rows than asked for, but some) is the last one: its end is the total, and the
        // count query can be skipped. That is every lookup that finds one user. After a seek, startIndex need
        // not be the page's exact offset any more (users before it may have gone), so then it is counted.
        long total = !window.seeked() && items.size() < spec.count() && !items.isEmpty()
                ? spec.startIndex() - 1L + items.size()
                : count(em, where);
        return new Page<>(total, items);
    }

    /**
     * A filtered page in one query: the planner uses the filter's index (a userName lookup uses the unique
     * index) and sorts only the matches.
     */
    private static List<StoredResource> filteredPage(EntityManager em, ResourceKind kind, SqlBuilder where,
                                                     SearchSpec spec) {
        SqlBuilder select = new SqlBuilder().sql(columns(kind)).append(where).sql(" ORDER BY ");
        orderAndWindow(select, kind, spec);
        List<StoredResource> items = new ArrayList<>();
        for (Object[] row : NativeSql.rows(em, select)) {
            items.add(stored(row));
        }
        return items;
    }

    /**
     * The whole directory, paged: the window is cut over ids only, with the leading integration_id letting
     * H2 read ix_user_order in order instead of sorting every row, and only the page's rows are then read
     * whole (a deferred join). In the default order, a page that follows one this node served seeks to where
     * that page ended ({@link PageBoundaries}), so the last page of an import costs what the first does.
     */
    private static Window unfilteredPage(EntityManager em, ResourceKind kind, String integrationId,
                                         SqlBuilder where, SearchSpec spec, PageBoundaries boundaries) {
        boolean defaultOrder = spec.sortBy() == null;
        long now = System.currentTimeMillis();
        Optional<PageBoundaries.Boundary> boundary = defaultOrder && spec.startIndex() > 1
                ? boundaries.before(integrationId, kind, spec.startIndex(), now) : Optional.empty();
        SqlBuilder window = new SqlBuilder().sql("SELECT r.id, r.created_at").append(where);
        if (boundary.isPresent()) {
            PageBoundaries.Boundary b = boundary.get();
            // created_at >= is the index range; the rest breaks ties of one millisecond by id.
            window.sql(" AND r.created_at >= ").param(b.createdAt()).sql(" AND (r.created_at > ").param(b.createdAt())
                    .sql(" OR r.id > ").param(b.id()).sql(") ORDER BY r.integration_id, r.created_at, r.id FETCH NEXT ")
                    .param(spec.count()).sql(" ROWS ONLY");
        } else {
            window.sql(" ORDER BY r.integration_id, ");
            orderAndWindow(window, kind, spec);
        }
        List<String> ids = new ArrayList<>();
        long lastCreatedAt = 0;
        for (Object[] row : NativeSql.rows(em, window)) {
            ids.add((String) row[0]);
            lastCreatedAt = NativeSql.toLong(row[1]);
        }
        if (defaultOrder && !ids.isEmpty()) {
            boundaries.remember(integrationId, kind, spec.startIndex() + (long) ids.size(), lastCreatedAt,
                    ids.get(ids.size() - 1), now);
        }
        if (ids.isEmpty()) {
            return new Window(List.of(), boundary.isPresent());
        }
        SqlBuilder rows = new SqlBuilder().sql(columns(kind)).sql(" FROM ").sql(kind.table()).sql(" r WHERE r.id IN (");
        NativeSql.inList(rows, ids).sql(")");
        Map<String, StoredResource> byId = new HashMap<>();
        for (Object[] row : NativeSql.rows(em, rows)) {
            StoredResource item = stored(row);
            byId.put(item.id(), item);
        }
        List<StoredResource> items = new ArrayList<>();
        for (String id : ids) {
            StoredResource item = byId.get(id);
            if (item != null) {
                items.add(item);
            }
        }
        return new Window(items, boundary.isPresent());
    }

    private static void orderAndWindow(SqlBuilder sql, ResourceKind kind, SearchSpec spec) {
        if (spec.sortBy() != null) {
            sql.append(new SortSql(kind, SchemaRegistry.standard()).orderBy(spec.sortBy(), spec.descending())).sql(", ");
        }
        sql.sql("r.created_at, r.id OFFSET ").param(spec.startIndex() - 1).sql(" ROWS FETCH NEXT ")
                .param(spec.count()).sql(" ROWS ONLY");
    }

    private static String columns(ResourceKind kind) {
        return "SELECT r.id, r.document, r.created_at, r.modified_at, r.version, "
                + (kind == ResourceKind.USER ? "COALESCE(r.display_name, r.user_name)" : "r.display_name");
    }

    private static StoredResource stored(Object[] row) {
        return new StoredResource((String) row[0], JsonText.read((String) row[1]), NativeSql.toLong(row[2]),
                NativeSql.toLong(row[3]), NativeSql.toLong(row[4]), (String) row[5]);
    }
}
