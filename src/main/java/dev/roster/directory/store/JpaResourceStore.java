package dev.roster.directory.store;

import dev.roster.directory.entity.ResourceEntity;
import dev.roster.directory.index.AttributeIndexer;
import dev.roster.platform.TimeOrderedIds;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceStore;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The resources of one type as JPA entities, their filterable values as attribute index rows, and their
 * place in the listings. Written once for every type; {@link ResourceTable} says what differs. It runs in
 * the caller's transaction ({@link DirectoryStores} hands it out only inside one).
 */
final class JpaResourceStore<E extends ResourceEntity> implements ResourceStore {

    private final ResourceTable<E> table;
    private final EntityManager em;
    private final Listings listings;
    private final Memberships memberships;
    private final AttributeIndexer indexer;

    JpaResourceStore(ResourceTable<E> table, EntityManager em, Listings listings, Memberships memberships) {
        this.table = table;
        this.em = em;
        this.listings = listings;
        this.memberships = memberships;
        this.indexer =
                new AttributeIndexer(table.type().definition(SchemaRegistry.standard()), table.columnAttributes());
    }

    @Override
    public StoredResource create(String integrationId, JsonObject document) {
        requireTransaction();
        long now = System.currentTimeMillis();
        E entity = table.newEntity().create(TimeOrderedIds.next(), integrationId, now);
        entity.update(document, JsonText.write(document), now, true);
        em.persist(entity);
        AttributeIndexWriter.write(em, indexer, entity.id(), document);
        Rows.flushOrConflict(em, table.conflictDetail().apply(document));
        listings.created(table.type(), integrationId, entity.createdAt(), entity.id());
        return stored(entity, document);
    }

    @Override
    public Optional<StoredResource> find(String integrationId, String id) {
        return entity(integrationId, id, false).map(e -> stored(e, JsonText.read(e.document())));
    }

    @Override
    public Optional<StoredResource> findForUpdate(String integrationId, String id) {
        return entity(integrationId, id, true).map(e -> stored(e, JsonText.read(e.document())));
    }

    @Override
    public StoredResource replace(String integrationId, StoredResource current, JsonObject document) {
        E entity = entity(integrationId, current.id(), false).orElseThrow(() -> notFound(current.id()));
        String text = JsonText.write(document);
        if (text.equals(entity.document())) {
            return stored(entity, document);
        }
        entity.update(document, text, System.currentTimeMillis(), false);
        AttributeIndexWriter.replace(em, indexer, current.id(), current.document(), document);
        Rows.flushOrConflict(em, table.conflictDetail().apply(document));
        return stored(entity, document);
    }

    @Override
    public StoredResource touch(String integrationId, String id) {
        E entity = entity(integrationId, id, true).orElseThrow(() -> notFound(id));
        entity.touch(System.currentTimeMillis());
        return stored(entity, JsonText.read(entity.document()));
    }

    /** The caller read and locked the resource ({@link #findForUpdate}); a group's own members go first. */
    @Override
    public void delete(String integrationId, String id) {
        E entity = entity(integrationId, id, false).orElseThrow(() -> notFound(id));
        if (table.type() == ResourceType.GROUP) {
            memberships.removeAll(id);
        }
        memberships.removeEverywhere(id);
        AttributeIndexWriter.clear(em, id);
        em.remove(entity);
        listings.deleted(table.type(), integrationId);
    }

    @Override
    public Page<StoredResource> search(String integrationId, SearchSpec spec) {
        requireTransaction();
        return listings.search(table.type(), integrationId, spec);
    }

    /**
     * The store writes with the caller's transaction (so a request's writes commit or roll back together); a call
     * outside one is a programming error, caught here as {@code @Transactional(MANDATORY)} would.
     */
    private void requireTransaction() {
        if (!em.isJoinedToTransaction()) {
            throw new IllegalStateException("A ResourceStore is called inside the caller's transaction only");
        }
    }

    private Optional<E> entity(String integrationId, String id, boolean lock) {
        requireTransaction();
        return Rows.find(em, table.entityClass(), id, lock, integrationId, ResourceEntity::integrationId);
    }

    private ScimException notFound(String id) {
        return ScimException.notFound(table.type().scimName() + " " + id + " not found");
    }

    private static StoredResource stored(ResourceEntity e, JsonObject document) {
        return new StoredResource(e.id(), document, e.createdAt(), e.modifiedAt(), e.version(), e.name());
    }
}
