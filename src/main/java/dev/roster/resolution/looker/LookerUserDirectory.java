package dev.roster.resolution.looker;

import dev.roster.config.RosterConfig;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.LookerUsers;
import dev.roster.resolution.core.TtlCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Maps Looker user ids for resolution: the repository's uploaded mapping first (read from the database, reused
 * for {@code roster.resolution.cache-millis}), else the Looker API when the repository has credentials
 * ({@link LookerEmails}). Without either the answer is {@code NOT_CONFIGURED}; with only a mapping that lacks the
 * id, {@code UNKNOWN}.
 */
@ApplicationScoped
public class LookerUserDirectory implements LookerUsers {

    private record MappingKey(String repositoryId, long userId) {}

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    RosterConfig config;

    private TtlCache<MappingKey, Optional<String>> mapped;
    private TtlCache<String, Boolean> hasMapping;
    private LookerEmails api;

    @PostConstruct
    void init() {
        mapped = new TtlCache<>(config.resolutionCacheMillis(), 100_000);
        hasMapping = new TtlCache<>(config.resolutionCacheMillis(), 10_000);
        api = new LookerEmails(new LookerClient(Duration.ofSeconds(config.resolutionLookerTimeoutSeconds())), 200_000);
    }

    @Override
    public LookerEmail emailOf(AccountConfig account, long lookerUserId) {
        Optional<String> uploaded = mapped.get(new MappingKey(account.repositoryId(), lookerUserId), this::loadMapping);
        if (uploaded.isPresent()) {
            return LookerEmail.found(uploaded.get());
        }
        if (account.looker() != null) {
            return api.emailOf(account.looker(), lookerUserId);
        }
        return hasMapping.get(account.repositoryId(), this::loadHasMapping)
                ? LookerEmail.of(LookerEmail.Status.UNKNOWN)
                : LookerEmail.of(LookerEmail.Status.NOT_CONFIGURED);
    }

    private Optional<String> loadMapping(MappingKey key) {
        List<?> rows = em.createNativeQuery(
                        "SELECT email FROM looker_user_mapping WHERE repository_id = ?1 " + "AND looker_user_id = ?2")
                .setParameter(1, key.repositoryId())
                .setParameter(2, key.userId())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    private Boolean loadHasMapping(String repositoryId) {
        return !em.createNativeQuery(
                        "SELECT 1 FROM looker_user_mapping WHERE repository_id = ?1 FETCH FIRST 1 ROWS ONLY")
                .setParameter(1, repositoryId)
                .getResultList()
                .isEmpty();
    }
}
