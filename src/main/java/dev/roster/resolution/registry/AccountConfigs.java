package dev.roster.resolution.registry;

import dev.roster.config.RosterConfig;
import dev.roster.platform.DisplayNames;
import dev.roster.resolution.carrier.CarrierParser;
import dev.roster.resolution.core.AccountConfig;
import dev.roster.resolution.core.TtlCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Database accounts by repository and account name (ignoring case), as resolution needs them. Each node keeps
 * what it read for {@code roster.resolution.cache-millis}, so registry changes made on any node apply everywhere
 * within that time (on the node that made them, at once). Reads run without a transaction.
 */
@ApplicationScoped
public class AccountConfigs {

    private record Key(String repository, String account) {}

    private static final Logger LOG = Logger.getLogger(AccountConfigs.class.getName());

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    RosterConfig config;

    @Inject
    SecretKeys secretKeys;

    private TtlCache<Key, Optional<AccountConfig>> cache;

    @PostConstruct
    void init() {
        cache = new TtlCache<>(config.resolutionCacheMillis(), 10_000);
    }

    /** The account, or empty when the repository or account is not registered. */
    public Optional<AccountConfig> find(String repositoryName, String accountName) {
        if (repositoryName == null
                || accountName == null
                || repositoryName.length() > DisplayNames.MAX_LENGTH
                || accountName.length() > DisplayNames.MAX_LENGTH) {
            return Optional.empty();
        }
        Key key = new Key(
                repositoryName.strip().toLowerCase(Locale.ROOT),
                accountName.strip().toLowerCase(Locale.ROOT));
        return cache.get(key, this::load);
    }

    /** Forgets everything cached (this node), after a registry change. */
    public void invalidate() {
        cache.invalidateAll();
    }

    private Optional<AccountConfig> load(Key key) {
        List<Object[]> rows = em.createQuery(
                        "SELECT a, r FROM DbAccountEntity a, RepositoryEntity r "
                                + "WHERE r.nameCi = :repo AND a.repositoryId = r.id AND a.nameCi = :account",
                        Object[].class)
                .setParameter("repo", key.repository())
                .setParameter("account", key.account())
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DbAccountEntity account = (DbAccountEntity) rows.get(0)[0];
        RepositoryEntity repository = (RepositoryEntity) rows.get(0)[1];
        return Optional.of(toConfig(account, repository));
    }

    /**
     * The clear Looker secret, or null when it cannot be decrypted (the key changed): Looker ids then resolve as
     * {@code looker-unavailable} while every other carrier of the account keeps working.
     */
    private String secret(RepositoryEntity repository) {
        try {
            return secretKeys.box().open(repository.lookerClientSecretEncrypted(), repository.id());
        } catch (IllegalStateException e) {
            LOG.warning("The Looker client secret of repository " + repository.id() + " cannot be decrypted; "
                    + "set it again (PATCH /api/v1/repositories/{id} with looker.clientSecret)");
            return null;
        }
    }

    AccountConfig toConfig(DbAccountEntity account, RepositoryEntity repository) {
        AccountConfig.LookerSettings looker = null;
        if (repository.lookerApiUrl() != null && repository.hasLookerSecret()) {
            int ttl = repository.lookerCacheSeconds() != null
                    ? repository.lookerCacheSeconds()
                    : config.resolutionLookerCacheSeconds();
            looker = new AccountConfig.LookerSettings(
                    repository.id(),
                    repository.lookerApiUrl(),
                    repository.lookerClientId(),
                    secret(repository),
                    ttl,
                    repository.modifiedAt());
        }
        AccountSettings settings = account.settings();
        return new AccountConfig(
                account.id(),
                account.name(),
                repository.id(),
                repository.name(),
                settings.application(),
                settings.integrationId(),
                settings.retrieveGroups(),
                settings.identityKey(),
                settings.requireAttribution(),
                new CarrierParser(settings.markers()),
                looker);
    }
}
