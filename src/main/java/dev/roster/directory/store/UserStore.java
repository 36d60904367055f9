package dev.roster.directory.store;

import dev.roster.directory.entity.UserColumns;
import dev.roster.directory.entity.UserEntity;
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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Users of one integration's directory. Callers run inside a transaction (the protocol service's), so a
 * request's writes commit or roll back together. Every lookup is scoped by integration: another
 * directory's ids simply do not exist here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class UserStore implements ResourceStore {

    private static final Set<String> COLUMN_ATTRIBUTES = Set.of("username", "externalid", "active");

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Listings listings;

    @Inject
    Memberships memberships;

    private final AttributeIndexer indexer =
            new AttributeIndexer(SchemaRegistry.standard().user(), COLUMN_ATTRIBUTES);

    public StoredResource create(String integrationId, JsonObject document) {
        UserColumns columns = columnsOf(document);
        long now = System.currentTimeMillis();
        UserEntity entity = new UserEntity(TimeOrderedIds.next(), integrationId, now);
        entity.update(columns, JsonText.write(document), now, true);
        em.persist(entity);
        AttributeIndexWriter.write(em, indexer, entity.id(), document);
        Rows.flushOrConflict(em, "userName is already taken by another user in this directory");
        listings.created(ResourceType.USER, integrationId, entity.createdAt(), entity.id());
        return stored(entity, document);
    }

    public Optional<StoredResource> find(String integrationId, String id) {
        return entity(integrationId, id, false).map(e -> stored(e, JsonText.read(e.document())));
    }

    /**
     * Reads the user and locks its row until the transaction ends, so concurrent writers of one user take
     * turns: a PATCH's read-modify-write can never overwrite another request's change.
     */
    public Optional<StoredResource> findForUpdate(String integrationId, String id) {
        return entity(integrationId, id, true).map(e -> stored(e, JsonText.read(e.document())));
    }

    /**
     * Replaces the document of {@code current}, which {@link #findForUpdate} read and locked in this transaction;
     * an identical document changes nothing, not even the version.
     */
    public StoredResource replace(String integrationId, StoredResource current, JsonObject document) {
        UserEntity entity = entity(integrationId, current.id(), false).orElseThrow(() -> notFound(current.id()));
        String text = JsonText.write(document);
        if (text.equals(entity.document())) {
            return stored(entity, document);
        }
        UserColumns columns = columnsOf(document);
        entity.update(columns, text, System.currentTimeMillis(), false);
        AttributeIndexWriter.replace(em, indexer, current.id(), current.document(), document);
        Rows.flushOrConflict(em, "userName is already taken by another user in this directory");
        return stored(entity, document);
    }

    /** A user's document is all of it: a touch is only a new lastModified and version. */
    @Override
    public StoredResource touch(String integrationId, String id) {
        UserEntity entity = entity(integrationId, id, true).orElseThrow(() -> notFound(id));
        entity.touch(System.currentTimeMillis());
        return stored(entity, JsonText.read(entity.document()));
    }

    /** Deletes the user and its memberships; the groups it was in get a new version. */
    public void delete(String integrationId, String id) {
        UserEntity entity = entity(integrationId, id, true).orElseThrow(() -> notFound(id));
        memberships.removeEverywhere(id);
        AttributeIndexWriter.clear(em, id);
        em.remove(entity);
        listings.deleted(ResourceType.USER, integrationId);
    }

    public Page<StoredResource> search(String integrationId, SearchSpec spec) {
        return listings.search(ResourceType.USER, integrationId, spec);
    }

    private Optional<UserEntity> entity(String integrationId, String id, boolean lock) {
        return Rows.find(em, UserEntity.class, id, lock, integrationId, UserEntity::integrationId);
    }

    private static ScimException notFound(String id) {
        return ScimException.notFound("User " + id + " not found");
    }

    private static StoredResource stored(UserEntity e, JsonObject document) {
        return new StoredResource(
                e.id(),
                document,
                e.createdAt(),
                e.modifiedAt(),
                e.version(),
                e.displayName() != null ? e.displayName() : e.userName());
    }

    static UserColumns columnsOf(JsonObject document) {
        String userName = document.getString("userName");
        return new UserColumns(
                userName,
                userName.toLowerCase(Locale.ROOT),
                stringOrNull(document, "externalId"),
                stringOrNull(document, "displayName"),
                emailOf(document),
                document.getBoolean("active", true));
    }

    private static String stringOrNull(JsonObject document, String key) {
        JsonValue value = document.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    /** The primary email, or the first one, lower-cased: the key identity resolution matches emails on. */
    private static String emailOf(JsonObject document) {
        JsonValue emails = document.get("emails");
        if (!(emails instanceof JsonArray array)) {
            return null;
        }
        String first = null;
        for (JsonValue element : array) {
            if (element instanceof JsonObject email && email.get("value") instanceof JsonString value) {
                if (email.getBoolean("primary", false)) {
                    return value.getString().toLowerCase(Locale.ROOT);
                }
                if (first == null) {
                    first = value.getString().toLowerCase(Locale.ROOT);
                }
            }
        }
        return first;
    }
}
