package dev.roster.directory.store;

import dev.roster.directory.ResourceKind;
import dev.roster.directory.query.FilterSqlTranslator;
import dev.roster.directory.query.SortSql;
import dev.roster.directory.query.SqlBuilder;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Filtered, sorted, paged searches over users or groups of one integration, entirely in the database:
 * the count runs on the same condition before paging, and the page is cut by OFFSET/FETCH over an order
 * that always ends in (created_at, id), so pages are stable while the directory grows.
 */
final class ResourceSearch {

    private ResourceSearch() {
    }

    static Page<StoredResource> search(EntityManager em, ResourceKind kind, String integrationId, SearchSpec spec) {
        SqlBuilder where = new SqlBuilder().sql(" FROM ").sql(kind.table()).sql(" r WHERE r.integration_id = ")
                .param(integrationId);
        if (spec.filter() != null) {
            where.sql(" AND (").append(new FilterSqlTranslator(kind, SchemaRegistry.standard()).translate(spec.filter()))
                    .sql(")");
        }
        long total = NativeSql.count(em, new SqlBuilder().sql("SELECT COUNT(*)").append(where));
        if (spec.count() == 0 || total < spec.startIndex()) {
            return new Page<>(total, List.of());
        }
        SqlBuilder select = new SqlBuilder().sql("SELECT r.id, r.document, r.created_at, r.modified_at, r.version, ")
                .sql(kind == ResourceKind.USER ? "COALESCE(r.display_name, r.user_name)" : "r.display_name")
                .append(where).sql(" ORDER BY ");
        if (spec.sortBy() != null) {
            select.append(new SortSql(kind, SchemaRegistry.standard()).orderBy(spec.sortBy(), spec.descending())).sql(", ");
        }
        select.sql("r.created_at, r.id OFFSET ").param(spec.startIndex() - 1).sql(" ROWS FETCH NEXT ")
                .param(spec.count()).sql(" ROWS ONLY");
        List<StoredResource> items = new ArrayList<>();
        for (Object[] row : NativeSql.rows(em, select)) {
            items.add(new StoredResource((String) row[0], JsonText.read((String) row[1]), NativeSql.toLong(row[2]),
                    NativeSql.toLong(row[3]), NativeSql.toLong(row[4]), (String) row[5]));
        }
        return new Page<>(total, items);
    }
}
