package dev.roster.directory.store;

import dev.roster.directory.entity.GroupEntity;
import dev.roster.directory.index.AttributeIndexer;
import dev.roster.platform.TimeOrderedIds;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.Page;
import dev.roster.scim.spi.ResourceStore;
import dev.roster.scim.spi.ResourceType;
import dev.roster.scim.spi.SearchSpec;
import dev.roster.scim.spi.StoredResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Groups of one integration's directory; their members are changed through {@link Memberships}. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GroupStore implements ResourceStore {

    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("displayname", "externalid", "members");

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    Memberships memberships;

    private final AttributeIndexer indexer =
            new AttributeIndexer(SchemaRegistry.standard().group(), COLUMN_ATTRIBUTES);

    public StoredResource create(String integrationId, JsonObject document) {
        String displayName = document.getString("displayName");
        long now = System.currentTimeMillis();
        GroupEntity entity = new GroupEntity(TimeOrderedIds.next(), integrationId, now);
        entity.update(displayName, externalId(document), JsonText.write(document), now, true);
        em.persist(entity);
        AttributeIndexWriter.write(em, indexer, entity.id(), document);
        Rows.flushOrConflict(em, "A group with displayName '" + displayName + "' already exists in this directory");
        listings.created(ResourceType.GROUP, integrationId, entity.createdAt(), entity.id());
        return stored(entity, document);
    }

    public Optional<StoredResource> find(String integrationId, String id) {
        return entity(integrationId, id, false).map(e -> stored(e, JsonText.read(e.document())));
    }

    /**
     * Reads the group and locks its row until the transaction ends: concurrent changes of one group, its
     * members included, take turns, so none is lost and every change gets its own version.
     */
    public Optional<StoredResource> findForUpdate(String integrationId, String id) {
        return entity(integrationId, id, true).map(e -> stored(e, JsonText.read(e.document())));
    }

    /**
     * Replaces the document (not the members) of {@code current}, which {@link #findForUpdate} read and locked in
     * this transaction; an identical document leaves the version alone.
     */
    public StoredResource replace(String integrationId, StoredResource current, JsonObject document) {
        GroupEntity entity = entity(integrationId, current.id(), false).orElseThrow(() -> notFound(current.id()));
        String text = JsonText.write(document);
        if (text.equals(entity.document())) {
            return stored(entity, document);
        }
        String displayName = document.getString("displayName");
        entity.update(displayName, externalId(document), text, System.currentTimeMillis(), false);
        AttributeIndexWriter.replace(em, indexer, current.id(), current.document(), document);
        Rows.flushOrConflict(em, "A group with displayName '" + displayName + "' already exists in this directory");
        return stored(entity, document);
    }

    /** Records a change that is not in the document (members): new lastModified and version. */
    public StoredResource touch(String integrationId, String id) {
        GroupEntity entity = entity(integrationId, id, true).orElseThrow(() -> notFound(id));
        entity.touch(System.currentTimeMillis());
        return stored(entity, JsonText.read(entity.document()));
    }

    /**
     * Deletes the group, its own memberships (its users get a new version) and its membership in other groups
     * (they get a new version).
     */
    public void delete(String integrationId, String id) {
        GroupEntity entity = entity(integrationId, id, false).orElseThrow(() -> notFound(id));
        memberships.removeAll(id);
        memberships.removeEverywhere(id);
        AttributeIndexWriter.clear(em, id);
        em.remove(entity);
        listings.deleted(ResourceType.GROUP, integrationId);
    }

    public Page<StoredResource> search(String integrationId, SearchSpec spec) {
        return listings.search(ResourceType.GROUP, integrationId, spec);
    }

    private Optional<GroupEntity> entity(String integrationId, String id, boolean lock) {
        return Rows.find(em, GroupEntity.class, id, lock, integrationId, GroupEntity::integrationId);
    }

    private static String externalId(JsonObject document) {
        return document.get("externalId") instanceof JsonString s ? s.getString() : null;
    }

    private static ScimException notFound(String id) {
        return ScimException.notFound("Group " + id + " not found");
    }

    private static StoredResource stored(GroupEntity e, JsonObject document) {
        return new StoredResource(e.id(), document, e.createdAt(), e.modifiedAt(), e.version(), e.displayName());
    }
}
