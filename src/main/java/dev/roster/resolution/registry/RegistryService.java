package dev.roster.resolution.registry;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.integration.IntegrationEntity;
import dev.roster.json.CachedJson;
import dev.roster.platform.DisplayNames;
import dev.roster.platform.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The registry of data repositories and their database accounts. Each method is one transaction with its
 * provisioning-log entry (never with a secret in it). Resolution reads the registry through
 * {@link AccountConfigs}, which sees changes within {@code roster.resolution.cache-millis}.
 */
@ApplicationScoped
@Transactional
public class RegistryService {

    static final String REPOSITORY = "Repository";
    static final String ACCOUNT = "DatabaseAccount";
    static final int MAX_MAPPINGS = 1_000_000;
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    SecretKeys secretKeys;

    @Inject
    Event<ProvisioningEvent> events;

    @Inject
    AccountConfigs configs;

    // ---------------------------------------------------------------------------------------------------
    // Repositories

    public RepositoryEntity createRepository(String name, String type, LookerInput looker) {
        String checkedName = name(name, "name");
        String checkedType = type(type);
        requireFreeRepositoryName(checkedName, null);
        long now = System.currentTimeMillis();
        RepositoryEntity repository = new RepositoryEntity(TimeOrderedIds.next(), checkedName, checkedType, now);
        if (looker != null) {
            applyLooker(repository, looker, now);
        }
        em.persist(repository);
        events.fire(ProvisioningEvent.success(
                null,
                EventOperation.REPOSITORY_CREATED,
                REPOSITORY,
                repository.id(),
                repository.name(),
                describe(repository).build()));
        return repository;
    }

    public List<RepositoryEntity> repositories() {
        return em.createQuery("SELECT r FROM RepositoryEntity r ORDER BY r.nameCi", RepositoryEntity.class)
                .getResultList();
    }

    public RepositoryEntity repository(String id) {
        RepositoryEntity repository = id == null || id.length() > 36 ? null : em.find(RepositoryEntity.class, id);
        if (repository == null) {
            throw RegistryException.notFound("No repository with id '" + id + "'");
        }
        return repository;
    }

    /** Changes what is given (null leaves it); {@code looker} replaces the Looker settings (secret kept if null). */
    public RepositoryEntity updateRepository(String id, String name, String type, LookerInput looker) {
        RepositoryEntity repository = repository(id);
        long now = System.currentTimeMillis();
        if (name != null) {
            String checked = name(name, "name");
            requireFreeRepositoryName(checked, id);
            repository.rename(checked, now);
        }
        if (type != null) {
            repository.retype(type(type), now);
        }
        if (looker != null) {
            applyLooker(repository, looker, now);
        }
        updated(repository);
        return repository;
    }

    /** Removes the Looker API settings (and the stored secret). */
    public RepositoryEntity removeLooker(String id) {
        RepositoryEntity repository = repository(id);
        repository.looker(null, null, null, null, System.currentTimeMillis());
        updated(repository);
        return repository;
    }

    public void deleteRepository(String id) {
        RepositoryEntity repository = repository(id);
        List<DbAccountEntity> accounts = accounts(id);
        em.createNativeQuery("DELETE FROM looker_user_mapping WHERE repository_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        for (DbAccountEntity account : accounts) {
            deleteAccountRows(account.id());
            em.remove(account);
        }
        em.remove(repository);
        events.fire(ProvisioningEvent.success(
                null,
                EventOperation.REPOSITORY_DELETED,
                REPOSITORY,
                id,
                repository.name(),
                CachedJson.createObjectBuilder()
                        .add("deletedAccounts", accounts.size())
                        .build()));
        configs.invalidate();
    }

    private void applyLooker(RepositoryEntity repository, LookerInput looker, long now) {
        String url = LookerApiUrls.normalize(looker.apiUrl());
        String clientId = name(looker.clientId(), "looker.clientId");
        String secret = looker.clientSecret();
        if (secret != null && (secret.isBlank() || secret.length() > 500)) {
            throw RegistryException.invalid("looker.clientSecret must have 1 to 500 characters");
        }
        if (secret == null && !repository.hasLookerSecret()) {
            throw RegistryException.invalid("looker.clientSecret is required");
        }
        Integer cache = looker.cacheSeconds();
        if (cache != null && (cache < 0 || cache > 7 * 86_400)) {
            throw RegistryException.invalid("looker.cacheSeconds must be between 0 and 604800");
        }
        repository.looker(
                url, clientId, secret == null ? null : secretKeys.box().seal(secret, repository.id()), cache, now);
    }

    private void updated(RepositoryEntity repository) {
        events.fire(ProvisioningEvent.success(
                null,
                EventOperation.REPOSITORY_UPDATED,
                REPOSITORY,
                repository.id(),
                repository.name(),
                describe(repository).build()));
        configs.invalidate();
    }

    private static JsonObjectBuilder describe(RepositoryEntity repository) {
        JsonObjectBuilder b =
                CachedJson.createObjectBuilder().add("name", repository.name()).add("type", repository.type());
        if (repository.lookerApiUrl() != null) {
            b.add("lookerApiUrl", repository.lookerApiUrl()).add("lookerClientId", repository.lookerClientId());
        }
        return b;
    }

    private void requireFreeRepositoryName(String name, String exceptId) {
        List<String> holders = em.createQuery(
                        "SELECT r.id FROM RepositoryEntity r WHERE r.nameCi = :name", String.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT))
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw RegistryException.conflict("A repository named '" + name + "' exists already");
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Database accounts

    public DbAccountEntity createAccount(String repositoryId, AccountSettings settings) {
        RepositoryEntity repository = repository(repositoryId);
        checkAccount(repositoryId, settings, null);
        long now = System.currentTimeMillis();
        DbAccountEntity account = new DbAccountEntity(TimeOrderedIds.next(), repositoryId, now);
        account.apply(settings, now);
        em.persist(account);
        events.fire(ProvisioningEvent.success(
                settings.integrationId(),
                EventOperation.DB_ACCOUNT_CREATED,
                ACCOUNT,
                account.id(),
                repository.name() + "/" + account.name(),
                describe(account).build()));
        return account;
    }

    public List<DbAccountEntity> accounts(String repositoryId) {
        return em.createQuery(
                        "SELECT a FROM DbAccountEntity a WHERE a.repositoryId = :repo ORDER BY a.nameCi",
                        DbAccountEntity.class)
                .setParameter("repo", repositoryId)
                .getResultList();
    }

    public DbAccountEntity account(String repositoryId, String accountId) {
        repository(repositoryId);
        DbAccountEntity account =
                accountId == null || accountId.length() > 36 ? null : em.find(DbAccountEntity.class, accountId);
        if (account == null || !account.repositoryId().equals(repositoryId)) {
            throw RegistryException.notFound(
                    "Repository " + repositoryId + " has no account with id '" + accountId + "'");
        }
        return account;
    }

    public DbAccountEntity updateAccount(String repositoryId, String accountId, AccountSettings settings) {
        DbAccountEntity account = account(repositoryId, accountId);
        checkAccount(repositoryId, settings, accountId);
        account.apply(settings, System.currentTimeMillis());
        events.fire(ProvisioningEvent.success(
                settings.integrationId(),
                EventOperation.DB_ACCOUNT_UPDATED,
                ACCOUNT,
                account.id(),
                repository(repositoryId).name() + "/" + account.name(),
                describe(account).build()));
        configs.invalidate();
        return account;
    }

    public void deleteAccount(String repositoryId, String accountId) {
        DbAccountEntity account = account(repositoryId, accountId);
        deleteAccountRows(accountId);
        em.remove(account);
        events.fire(ProvisioningEvent.success(
                account.settings().integrationId(),
                EventOperation.DB_ACCOUNT_DELETED,
                ACCOUNT,
                accountId,
                repository(repositoryId).name() + "/" + account.name(),
                null));
        configs.invalidate();
    }

    private void deleteAccountRows(String accountId) {
        for (String table :
                List.of("resolution_session", "attribution_counter", "attribution_event", "attribution_alert")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE account_id = ?1")
                    .setParameter(1, accountId)
                    .executeUpdate();
        }
    }

    private void checkAccount(String repositoryId, AccountSettings settings, String exceptId) {
        name(settings.name(), "name");
        if (em.find(IntegrationEntity.class, settings.integrationId()) == null) {
            throw RegistryException.invalid("No integration with id '" + settings.integrationId() + "'");
        }
        List<String> holders = em.createQuery(
                        "SELECT a.id FROM DbAccountEntity a WHERE a.repositoryId = :repo " + "AND a.nameCi = :name",
                        String.class)
                .setParameter("repo", repositoryId)
                .setParameter("name", settings.name().toLowerCase(Locale.ROOT))
                .getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptId))) {
            throw RegistryException.conflict("The repository has an account named '" + settings.name() + "' already");
        }
    }

    private static JsonObjectBuilder describe(DbAccountEntity account) {
        AccountSettings settings = account.settings();
        return CachedJson.createObjectBuilder()
                .add("name", settings.name())
                .add("application", settings.application().wireName())
                .add("integrationId", settings.integrationId())
                .add("retrieveGroups", settings.retrieveGroups())
                .add("identityKey", settings.identityKey().wireName())
                .add("requireAttribution", settings.requireAttribution());
    }

    // ---------------------------------------------------------------------------------------------------
    // Uploaded Looker user mapping

    /** Replaces the repository's whole mapping; returns how many entries it now has. */
    public int replaceLookerMapping(String repositoryId, Map<Long, String> mapping) {
        RepositoryEntity repository = repository(repositoryId);
        if (mapping.size() > MAX_MAPPINGS) {
            throw RegistryException.invalid("At most " + MAX_MAPPINGS + " mappings");
        }
        em.createNativeQuery("DELETE FROM looker_user_mapping WHERE repository_id = ?1")
                .setParameter(1, repositoryId)
                .executeUpdate();
        List<Map.Entry<Long, String>> entries = List.copyOf(mapping.entrySet());
        for (int from = 0; from < entries.size(); from += CHUNK) {
            StringBuilder sql =
                    new StringBuilder("INSERT INTO looker_user_mapping (repository_id, looker_user_id, email) VALUES ");
            List<Map.Entry<Long, String>> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            int p = 1;
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ")
                        .append("(?")
                        .append(p++)
                        .append(", ?")
                        .append(p++)
                        .append(", ?")
                        .append(p++)
                        .append(')');
            }
            var query = em.createNativeQuery(sql.toString());
            p = 1;
            for (Map.Entry<Long, String> e : chunk) {
                query.setParameter(p++, repositoryId)
                        .setParameter(p++, e.getKey())
                        .setParameter(p++, e.getValue());
            }
            query.executeUpdate();
        }
        events.fire(ProvisioningEvent.success(
                null,
                EventOperation.LOOKER_MAPPING_UPLOADED,
                REPOSITORY,
                repositoryId,
                repository.name(),
                CachedJson.createObjectBuilder().add("entries", mapping.size()).build()));
        return mapping.size();
    }

    public long lookerMappingCount(String repositoryId) {
        repository(repositoryId);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM looker_user_mapping WHERE repository_id = ?1")
                        .setParameter(1, repositoryId)
                        .getSingleResult())
                .longValue();
    }

    /** A page of the mapping in user id order. */
    public Map<Long, String> lookerMappingPage(String repositoryId, int offset, int count) {
        repository(repositoryId);
        Map<Long, String> page = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT looker_user_id, email FROM looker_user_mapping "
                        + "WHERE repository_id = ?1 ORDER BY looker_user_id OFFSET " + Math.max(0, offset)
                        + " ROWS FETCH FIRST " + Math.max(0, count) + " ROWS ONLY")
                .setParameter(1, repositoryId)
                .getResultList();
        for (Object[] row : rows) {
            page.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return page;
    }

    public void deleteLookerMapping(String repositoryId) {
        RepositoryEntity repository = repository(repositoryId);
        int deleted = em.createNativeQuery("DELETE FROM looker_user_mapping WHERE repository_id = ?1")
                .setParameter(1, repositoryId)
                .executeUpdate();
        events.fire(ProvisioningEvent.success(
                null,
                EventOperation.LOOKER_MAPPING_DELETED,
                REPOSITORY,
                repositoryId,
                repository.name(),
                CachedJson.createObjectBuilder().add("entries", deleted).build()));
    }

    // ---------------------------------------------------------------------------------------------------

    static String name(String value, String what) {
        return DisplayNames.require(value, what, RegistryException::invalid);
    }

    static String type(String value) {
        String type = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!TYPE.matcher(type).matches()) {
            throw RegistryException.invalid("type must be a short lower-case name such as snowflake, postgresql, "
                    + "redshift, mysql, bigquery, databricks, sqlserver, oracle or other");
        }
        return type;
    }
}
