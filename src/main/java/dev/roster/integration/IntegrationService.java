package dev.roster.integration;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.directory.store.DirectoryDeletion;
import dev.roster.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Creating, changing and deleting integrations. Each method is one transaction with its provisioning-log
 * entry; the admin who acted is taken from the request by the log writer.
 */
@ApplicationScoped
@Transactional
public class IntegrationService {

    private static final int ID_ATTEMPTS = 5;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    IntegrationCredentials credentials;

    @Inject
    DirectoryDeletion directories;

    @Inject
    Event<ProvisioningEvent> events;

    public IntegrationEntity create(String name, IdpType idp) {
        long now = System.currentTimeMillis();
        IntegrationEntity integration = new IntegrationEntity(freshId(name), name, idp, now);
        em.persist(integration);
        events.fire(IntegrationEvents.success(
                integration,
                EventOperation.INTEGRATION_CREATED,
                CachedJson.createObjectBuilder()
                        .add("name", name)
                        .add("idp", idp.wireName())
                        .build()));
        return integration;
    }

    public Optional<IntegrationEntity> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(IntegrationEntity.class, id));
    }

    public IntegrationEntity require(String id) {
        return find(id).orElseThrow(() -> new UnknownIntegrationException(id));
    }

    /**
     * The integration, row-locked until the caller's transaction ends: credential changes of one integration
     * (Save, rotate, disable, new OAuth secret) run one after the other, so two concurrent Saves cannot both
     * leave a valid token behind.
     */
    public IntegrationEntity requireForUpdate(String id) {
        IntegrationEntity integration =
                id == null ? null : em.find(IntegrationEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (integration == null) {
            throw new UnknownIntegrationException(id);
        }
        return integration;
    }

    public List<IntegrationEntity> list() {
        return em.createQuery("SELECT i FROM IntegrationEntity i ORDER BY i.createdAt, i.id", IntegrationEntity.class)
                .getResultList();
    }

    /** Changes name and/or IdP type (null leaves it as is); logs only what really changed. */
    public IntegrationEntity update(String id, String name, IdpType idp) {
        IntegrationEntity integration = require(id);
        long now = System.currentTimeMillis();
        JsonObjectBuilder changes = CachedJson.createObjectBuilder();
        if (name != null && !name.equals(integration.name())) {
            changes.add("name", change(integration.name(), name));
            integration.rename(name, now);
        }
        if (idp != null && idp != integration.idp()) {
            changes.add("idp", change(integration.idp().wireName(), idp.wireName()));
            integration.changeIdp(idp, now);
        }
        JsonObject changed = changes.build();
        if (!changed.isEmpty()) {
            events.fire(IntegrationEvents.success(integration, EventOperation.INTEGRATION_UPDATED, changed));
        }
        return integration;
    }

    /** Deletes the integration, its directory and its credentials; its log entries stay. */
    public void delete(String id) {
        IntegrationEntity integration = require(id);
        DirectoryDeletion.Deleted deleted = directories.deleteDirectory(id);
        credentials.deleteAll(id);
        em.remove(integration);
        events.fire(IntegrationEvents.success(
                integration,
                EventOperation.INTEGRATION_DELETED,
                CachedJson.createObjectBuilder()
                        .add("deletedUsers", deleted.users())
                        .add("deletedGroups", deleted.groups())
                        .build()));
    }

    private String freshId(String name) {
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            String candidate = IntegrationIds.generate(name);
            if (em.find(IntegrationEntity.class, candidate) == null) {
                return candidate;
            }
        }
        // 32^6 suffixes per name: reaching this means the random source is broken, not bad luck.
        throw new IllegalStateException("Could not find a free integration id");
    }

    private static JsonObject change(String before, String after) {
        return CachedJson.createObjectBuilder()
                .add("before", Objects.requireNonNullElse(before, ""))
                .add("after", Objects.requireNonNullElse(after, ""))
                .build();
    }
}
