package dev.roster.resolution.apikeys;

import static dev.roster.platform.persistence.HashedSecretLookup.nullableLong;

import dev.roster.integration.SecretTokens;
import dev.roster.platform.RosterDatabase;
import dev.roster.platform.persistence.HashedSecretLookup;
import dev.roster.platform.persistence.LastUseRecorder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        Stored stored = HashedSecretLookup.find(dataSource, LOOKUP, hash, ApiKeyAuthenticator::stored, "an API key");
        if (stored == null || stored.revoked() || !SecretTokens.hashesEqual(stored.secretHash(), hash)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (LastUseRecorder.isDue(stored.lastUsedAt(), now)) {
            usage.markUsed(stored.caller().keyId(), now);
        }
        return Optional.of(stored.caller());
    }

    private record Stored(Caller caller, String secretHash, boolean revoked, Long lastUsedAt) {}

    /** One row per integration in the key's scope (one row with a null integration when it has none). */
    private static Stored stored(ResultSet rows) throws SQLException {
        String id = rows.getString(1);
        String name = rows.getString(2);
        String secretHash = rows.getString(3);
        boolean revoked = nullableLong(rows, 4) != null;
        Long lastUsedAt = nullableLong(rows, 5);
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

    /** Records last use in a short transaction of its own. */
    @ApplicationScoped
    public static class Usage extends LastUseRecorder {

        public Usage() {
            super(ApiKeyEntity.class);
        }
    }
}
