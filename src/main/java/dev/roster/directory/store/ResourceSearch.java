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

/**
 * Filtered, sorted, paged searches over users or groups of one integration, entirely in the database:
 * the count runs on the same condition before paging, and the page is cut by OFFSET/FETCH over an order
 * that always ends in (created_at, id), so pages are stable while the directory grows.
 */
final class ResourceSearch {

    private ResourceSearch() {
    }

    private static long count(EntityManager em, SqlBuilder where) {
        return NativeSql.count(em, new SqlBuilder().sql("SELECT COUNT(*)").append(where));
    }

    static Page<StoredResource> search(EntityManager em, ResourceKind kind, String integrationId, SearchSpec spec) {
        SqlBuilder where = new SqlBuilder().sql(" FROM ").sql(kind.table()).sql(" r WHERE r.integration_id = ")
                .param(integrationId);
        if (spec.filter() != null) {
            where.sql(" AND (").append(new FilterSqlTranslator(kind, SchemaRegistry.standard()).translate(spec.filter()))
                    .sql(")");
        }
        if (spec.count() == 0) {
            return new Page<>(count(em, where), List.of());
        }
        // Deferred join: the window is cut over the narrow index (integration_id, created_at, id), which the
        // leading integration_id lets H2 read in order, and only the page's rows are then fetched whole.
        SqlBuilder window = new SqlBuilder().sql("SELECT r.id").append(where).sql(" ORDER BY r.integration_id, ");
        if (spec.sortBy() != null) {
            window.append(new SortSql(kind, SchemaRegistry.standard()).orderBy(spec.sortBy(), spec.descending())).sql(", ");
        }
        window.sql("r.created_at, r.id OFFSET ").param(spec.startIndex() - 1).sql(" ROWS FETCH NEXT ")
                .param(spec.count()).sql(" ROWS ONLY");
        List<String> ids = new ArrayList<>();
        for (Object id : NativeSql.query(em, window).getResultList()) {
            ids.add((String) id);
        }
        // A short page (fewer ids than asked for, but some) is the last one: its end is the total, and the
        // count query can be skipped. That is every lookup that finds one user, and the import's last page.
        long total = ids.size() < spec.count() && !ids.isEmpty()
                ? spec.startIndex() - 1L + ids.size()
                : count(em, where);
        if (ids.isEmpty()) {
            return new Page<>(total, List.of());
        }
        SqlBuilder rows = new SqlBuilder().sql("SELECT r.id, r.document, r.created_at, r.modified_at, r.version, ")
                .sql(kind == ResourceKind.USER ? "COALESCE(r.display_name, r.user_name)" : "r.display_name")
                .sql(" FROM ").sql(kind.table()).sql(" r WHERE r.id IN (");
        NativeSql.inList(rows, ids).sql(")");
        Map<String, StoredResource> byId = new HashMap<>();
        for (Object[] row : NativeSql.rows(em, rows)) {
            byId.put((String) row[0], new StoredResource((String) row[0], JsonText.read((String) row[1]),
                    NativeSql.toLong(row[2]), NativeSql.toLong(row[3]), NativeSql.toLong(row[4]), (String) row[5]));
        }
        List<StoredResource> items = new ArrayList<>();
        for (String id : ids) {
            StoredResource item = byId.get(id);
            if (item != null) {
                items.add(item);
            }
        }
        return new Page<>(total, items);
    }
}
