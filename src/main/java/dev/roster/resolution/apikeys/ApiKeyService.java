package dev.roster.resolution.apikeys;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.integration.IntegrationEntity;
import dev.roster.integration.SecretTokens;
import dev.roster.integration.UnknownIntegrationException;
import dev.roster.json.CachedJson;
import dev.roster.platform.TimeOrderedIds;
import dev.roster.platform.persistence.IssuedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Issues and revokes the API keys resolution callers authenticate with: {@value #PREFIX} + 256 bits from the
 * platform CSPRNG (base64url), shown once in the answer that issues it; only its SHA-256 is stored, like SCIM
 * tokens ({@link SecretTokens}). A key reads every integration or only a list of them ({@link IntegrationScope}).
 * A revoked key stays listed with its revocation time. The authenticator reads keys from the database on every
 * request, so issuing and revoking apply on every node at once.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    public static final String PREFIX = "rsrk_";
    static final String RESOURCE_TYPE = "ApiKey";

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Event<ProvisioningEvent> events;

    /**
     * Issues a key for {@code scope}. The scope's integrations are row-locked until the key is stored, so one
     * deleted meanwhile cannot leave the key a dangling entry.
     *
     * @throws UnknownIntegrationException when an integration of the scope does not exist
     */
    public IssuedSecret<ApiKeyEntity> issue(String name, String createdBy, IntegrationScope scope) {
        JsonObjectBuilder changes = CachedJson.createObjectBuilder();
        if (scope.all()) {
            changes.add("allIntegrations", true);
        } else {
            List<String> ids = scope.integrationIds().stream().sorted().toList();
            for (String integrationId : ids) {
                if (em.find(IntegrationEntity.class, integrationId, LockModeType.PESSIMISTIC_WRITE) == null) {
                    throw new UnknownIntegrationException(integrationId);
                }
            }
            changes.add("integrations", CachedJson.createArrayBuilder(ids));
        }
        String value = SecretTokens.generate(PREFIX);
        ApiKeyEntity key = new ApiKeyEntity(
                TimeOrderedIds.next(), name, SecretTokens.digest(value), System.currentTimeMillis(), createdBy, scope);
        em.persist(key);
        events.fire(ProvisioningEvent.success(
                null,
                EventOperation.API_KEY_ISSUED,
                RESOURCE_TYPE,
                key.id(),
                name,
                changes.add("hint", key.hint()).build()));
        return new IssuedSecret<>(value, key);
    }

    public List<ApiKeyEntity> list() {
        return em.createQuery("SELECT k FROM ApiKeyEntity k ORDER BY k.createdAt, k.id", ApiKeyEntity.class)
                .getResultList();
    }

    public Optional<ApiKeyEntity> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : Optional.ofNullable(em.find(ApiKeyEntity.class, id));
    }

    /** Revokes the key (idempotent); false when there is no such key. */
    public boolean revoke(String id) {
        Optional<ApiKeyEntity> key = find(id);
        if (key.isEmpty()) {
            return false;
        }
        if (key.get().revokedAt() == null) {
            key.get().revoke(System.currentTimeMillis());
            events.fire(ProvisioningEvent.success(
                    null,
                    EventOperation.API_KEY_REVOKED,
                    RESOURCE_TYPE,
                    id,
                    key.get().name(),
                    CachedJson.createObjectBuilder()
                            .add("hint", key.get().hint())
                            .build()));
        }
        return true;
    }
}
