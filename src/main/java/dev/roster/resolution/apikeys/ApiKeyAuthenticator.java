package dev.roster.resolution.apikeys;

import dev.roster.config.RosterConfig;
import dev.roster.integration.SecretTokens;
import dev.roster.resolution.core.TtlCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Turns {@code Authorization: Bearer rsrk_…} into the API key it names. Only the key's SHA-256 is looked up;
 * a valid key is remembered by hash for {@code roster.resolution.cache-millis}, so a revocation takes effect at
 * once on the node that made it and within that time on every other node. Unknown keys are never cached. The
 * last-used time is written at most once a minute per key and node.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {

    /** Who is calling: the key's id and name. */
    public record Caller(String keyId, String name) {
    }

    private record Known(Caller caller, long lastUsedMillis) {
    }

    static final long LAST_USED_RESOLUTION_MILLIS = 60_000;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    RosterConfig config;

    @Inject
    Usage usage;

    private TtlCache<String, Known> valid;

    @PostConstruct
    void init() {
        valid = new TtlCache<>(config.resolutionCacheMillis(), 10_000);
    }

    public Optional<Caller> authenticate(String key) {
        if (key == null || !key.startsWith(ApiKeyService.PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(key);
        Known known = valid.get(hash);
        if (known == null) {
            List<ApiKeyEntity> rows = em.createQuery("SELECT k FROM ApiKeyEntity k WHERE k.secretHash = :hash",
                    ApiKeyEntity.class).setParameter("hash", hash).getResultList();
            if (rows.isEmpty() || rows.get(0).revokedAt() != null
                    || !SecretTokens.hashesEqual(rows.get(0).secretHash(), hash)) {
                return Optional.empty();
            }
            ApiKeyEntity entity = rows.get(0);
            known = new Known(new Caller(entity.id(), entity.name()),
                    entity.lastUsedAt() == null ? 0 : entity.lastUsedAt());
            long now = System.currentTimeMillis();
            if (now - known.lastUsedMillis >= LAST_USED_RESOLUTION_MILLIS) {
                usage.markUsed(entity.id(), now);
                known = new Known(known.caller, now);
            }
            valid.put(hash, known);
        }
        return Optional.of(known.caller);
    }

    /** Stops accepting a key on this node at once (the revoking node). */
    void forget(String hash) {
        valid.invalidate(hash);
    }

    /** Records last use in a short transaction of its own. */
    @ApplicationScoped
    public static class Usage {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void markUsed(String keyId, long now) {
            em.createQuery("UPDATE ApiKeyEntity k SET k.lastUsedAt = :now WHERE k.id = :id "
                            + "AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :now)")
                    .setParameter("now", now).setParameter("id", keyId).executeUpdate();
        }
    }
}
