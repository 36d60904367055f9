package dev.roster.directory.store;

import dev.roster.directory.entity.AttributeValueEntity;
import dev.roster.directory.index.AttributeIndexer;
import dev.roster.directory.index.AttributeRow;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;

/** Keeps a resource's rows in {@code scim_attribute_value} equal to what its document says. */
final class AttributeIndexWriter {

    private AttributeIndexWriter() {
    }

    static void write(EntityManager em, AttributeIndexer indexer, String resourceId, JsonObject document) {
        for (AttributeRow row : indexer.rows(document)) {
            em.persist(new AttributeValueEntity(resourceId, row));
        }
    }

    static void clear(EntityManager em, String resourceId) {
        em.createNativeQuery("DELETE FROM scim_attribute_value WHERE resource_id = ?1")
                .setParameter(1, resourceId).executeUpdate();
    }
}
