package dev.roster.resolution.apikeys;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.integration.SecretTokens;
import dev.roster.json.CachedJson;
import dev.roster.platform.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Issues and revokes the API keys resolution callers authenticate with: {@value #PREFIX} + 256 bits from the
 * platform CSPRNG (base64url), shown once in the answer that issues it; only its SHA-256 is stored, like SCIM
 * tokens ({@link SecretTokens}). A revoked key stays listed with its revocation time.
 */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    public static final String PREFIX = "rsrk_";
    static final String RESOURCE_TYPE = "ApiKey";

    /** A key just issued; {@code value} exists only on its way to the one answer that shows it. */
    public record IssuedKey(String value, ApiKeyEntity key) {
        @Override
        public String toString() {
            return "IssuedKey[" + key.hint() + "]";
        }
    }

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Event<ProvisioningEvent> events;

    @Inject
    ApiKeyAuthenticator authenticator;

    public IssuedKey issue(String name, String createdBy) {
        String value = SecretTokens.generate(PREFIX);
        ApiKeyEntity key = new ApiKeyEntity(TimeOrderedIds.next(), name, SecretTokens.hash(value),
                SecretTokens.hint(value), System.currentTimeMillis(), createdBy);
        em.persist(key);
        events.fire(ProvisioningEvent.success(null, EventOperation.API_KEY_ISSUED, RESOURCE_TYPE, key.id(), name,
                CachedJson.createObjectBuilder().add("hint", key.hint()).build()));
        return new IssuedKey(value, key);
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
            events.fire(ProvisioningEvent.success(null, EventOperation.API_KEY_REVOKED, RESOURCE_TYPE, id,
                    key.get().name(), CachedJson.createObjectBuilder().add("hint", key.get().hint()).build()));
        }
        authenticator.forget(key.get().secretHash());
        return true;
    }
}
