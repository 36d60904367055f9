package dev.roster.directory.store;

import dev.roster.directory.entity.AttributeValueEntity;
import dev.roster.directory.index.AttributeIndexer;
import dev.roster.directory.index.AttributeRow;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps a resource's rows in {@code scim_attribute_value} equal to what its document says. */
final class AttributeIndexWriter {

    private AttributeIndexWriter() {}

    static void write(EntityManager em, AttributeIndexer indexer, String resourceId, JsonObject document) {
        for (AttributeRow row : indexer.rows(document)) {
            em.persist(new AttributeValueEntity(resourceId, row));
        }
    }

    /**
     * Rewrites only the rows whose value changed. Most updates an IdP sends change one attribute, or only
     * ones with columns of their own (a deactivation changes {@code active}); every row rewritten is two
     * B-tree entries deleted and two inserted, and the commit writes each page they sit on.
     */
    static void replace(
            EntityManager em, AttributeIndexer indexer, String resourceId, JsonObject before, JsonObject after) {
        Map<RowKey, AttributeRow> previous = new HashMap<>();
        for (AttributeRow row : indexer.rows(before)) {
            previous.put(RowKey.of(row), row);
        }
        List<AttributeRow> added = new ArrayList<>();
        for (AttributeRow row : indexer.rows(after)) {
            AttributeRow was = previous.remove(RowKey.of(row));
            if (!row.equals(was)) {
                if (was != null) {
                    delete(em, resourceId, was);
                }
                added.add(row);
            }
        }
        previous.values().forEach(row -> delete(em, resourceId, row));
        added.forEach(row -> em.persist(new AttributeValueEntity(resourceId, row)));
    }

    static void clear(EntityManager em, String resourceId) {
        em.createNativeQuery("DELETE FROM scim_attribute_value WHERE resource_id = ?1")
                .setParameter(1, resourceId)
                .executeUpdate();
    }

    private static void delete(EntityManager em, String resourceId, AttributeRow row) {
        em.createNativeQuery("DELETE FROM scim_attribute_value WHERE resource_id = ?1 AND attr = ?2"
                        + " AND sub_attr = ?3 AND elem = ?4")
                .setParameter(1, resourceId)
                .setParameter(2, row.attr())
                .setParameter(3, row.subAttr())
                .setParameter(4, row.elem())
                .executeUpdate();
    }

    /** The primary key of a row within its resource. */
    private record RowKey(String attr, String subAttr, int elem) {
        static RowKey of(AttributeRow row) {
            return new RowKey(row.attr(), row.subAttr(), row.elem());
        }
    }
}
