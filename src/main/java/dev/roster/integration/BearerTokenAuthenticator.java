package dev.roster.integration;

import dev.roster.platform.RosterDatabase;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Turns a bearer token into the integration it belongs to. Only the token's hash is looked up; the
 * credential must be a bearer kind, unexpired, and its integration must have SCIM provisioning enabled.
 * Nothing is cached, so a regenerated, rotated-out or disabled token stops working at once on every node.
 * <p>
 * This runs before every SCIM request, so it is one indexed JDBC statement on the container's data source,
 * outside any transaction: read through JPA it cost as much CPU as the rest of a user lookup. The occasional
 * last-used update gets a transaction of its own.
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

    /** Last-used times are kept to the minute: a write on every request would halve throughput. */
    static final long LAST_USED_RESOLUTION_MILLIS = 60_000;

    private static final String LOOKUP = "SELECT c.id, c.secret_hash, c.kind, c.expires_at, c.last_used_at, "
            + "i.id, i.name, i.idp, i.scim_enabled FROM credential c JOIN integration i ON i.id = c.integration_id "
            + "WHERE c.secret_hash = ?";

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CredentialUsage usage;

    public Optional<AuthenticatedIntegration> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        long now = System.currentTimeMillis();
        Match match = find(hash);
        if (match == null
                || !SecretTokens.hashesEqual(match.secretHash(), hash)
                || match.kind() == null
                || !CredentialKind.BEARER.contains(match.kind())
                || (match.expiresAt() != null && match.expiresAt() <= now)
                || !match.scimEnabled()) {
            return Optional.empty();
        }
        if (match.lastUsedAt() == null || now - match.lastUsedAt() >= LAST_USED_RESOLUTION_MILLIS) {
            usage.markUsed(match.credentialId(), now);
        }
        return Optional.of(match.integration());
    }

    private record Match(
            String credentialId,
            String secretHash,
            CredentialKind kind,
            Long expiresAt,
            Long lastUsedAt,
            AuthenticatedIntegration integration,
            boolean scimEnabled) {}

    private Match find(String hash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LOOKUP)) {
            statement.setString(1, hash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Match(
                        row.getString(1),
                        row.getString(2),
                        kindOf(row.getString(3)),
                        nullableLong(row, 4),
                        nullableLong(row, 5),
                        new AuthenticatedIntegration(
                                row.getString(6), row.getString(7), IdpType.valueOf(row.getString(8))),
                        row.getBoolean(9));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a bearer token", e);
        }
    }

    private static CredentialKind kindOf(String name) {
        try {
            return CredentialKind.valueOf(name);
        } catch (IllegalArgumentException unknownKind) {
            return null;
        }
    }

    private static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
