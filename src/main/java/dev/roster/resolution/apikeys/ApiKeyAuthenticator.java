package dev.roster.resolution.apikeys;

import dev.roster.integration.SecretTokens;
import dev.roster.platform.RosterDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Turns {@code Authorization: Bearer rsrk_…} into the API key it names, with the integrations it may read. Only
 * the key's SHA-256 is looked up, on every request and without a cache, so a revoked key stops working on every
 * node at once: one indexed JDBC statement on the container's data source, outside any transaction, like the SCIM
 * bearer tokens. The last-used time is written at most once a minute per key, in a transaction of its own.
 */
@ApplicationScoped
public class ApiKeyAuthenticator {

    /** Who is calling: the key's id and name, and which integrations it may read. */
    public record Caller(String keyId, String name, IntegrationScope scope) {}

    static final long LAST_USED_RESOLUTION_MILLIS = 60_000;

    /** One row per integration in the key's scope (one row with a null integration when it has none). */
    private static final String LOOKUP = "SELECT k.id, k.name, k.secret_hash, k.revoked_at, k.last_used_at, "
            + "k.all_integrations, s.integration_id FROM resolution_api_key k "
            + "LEFT JOIN resolution_api_key_scope s ON s.key_id = k.id WHERE k.secret_hash = ?";

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Usage usage;

    public Optional<Caller> authenticate(String key) {
        if (key == null || !key.startsWith(ApiKeyService.PREFIX) || key.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(key);
        Stored stored = find(hash);
        if (stored == null || stored.revoked() || !SecretTokens.hashesEqual(stored.secretHash(), hash)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (stored.lastUsedAt() == null || now - stored.lastUsedAt() >= LAST_USED_RESOLUTION_MILLIS) {
            usage.markUsed(stored.caller().keyId(), now);
        }
        return Optional.of(stored.caller());
    }

    private record Stored(Caller caller, String secretHash, boolean revoked, Long lastUsedAt) {}

    private Stored find(String hash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setString(1, hash);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                String id = rows.getString(1);
                String name = rows.getString(2);
                String secretHash = rows.getString(3);
                rows.getLong(4);
                boolean revoked = !rows.wasNull();
                long lastUsed = rows.getLong(5);
                Long lastUsedAt = rows.wasNull() ? null : lastUsed;
                boolean all = rows.getBoolean(6);
                Set<String> scope = new HashSet<>();
                do {
                    String integrationId = rows.getString(7);
                    if (integrationId != null) {
                        scope.add(integrationId);
                    }
                } while (rows.next());
                return new Stored(
                        new Caller(id, name, all ? IntegrationScope.ALL : IntegrationScope.only(scope)),
                        secretHash,
                        revoked,
                        lastUsedAt);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up an API key", e);
        }
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
                    .setParameter("now", now)
                    .setParameter("id", keyId)
                    .executeUpdate();
        }
    }
}
