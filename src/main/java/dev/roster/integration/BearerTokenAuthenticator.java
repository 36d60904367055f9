package dev.roster.integration;

import static dev.roster.platform.persistence.HashedSecretLookup.nullableLong;

import dev.roster.platform.RosterDatabase;
import dev.roster.platform.persistence.HashedSecretLookup;
import dev.roster.platform.persistence.LastUseRecorder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Turns a bearer token into the integration it belongs to. Only the token's hash is looked up; the
 * credential must be a bearer kind, unexpired, and its integration must have SCIM provisioning enabled.
 * Nothing is cached, so a regenerated, rotated-out or disabled token stops working at once on every node.
 * <p>
 * This runs before every SCIM request, so the token is found by a {@link HashedSecretLookup}; the occasional
 * last-used update gets a transaction of its own ({@link CredentialUsage}).
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

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
        Match match =
                HashedSecretLookup.find(dataSource, LOOKUP, hash, BearerTokenAuthenticator::match, "a bearer token");
        if (match == null
                || !SecretTokens.hashesEqual(match.secretHash(), hash)
                || match.kind() == null
                || !CredentialKind.BEARER.contains(match.kind())
                || (match.expiresAt() != null && match.expiresAt() <= now)
                || !match.scimEnabled()) {
            return Optional.empty();
        }
        if (LastUseRecorder.isDue(match.lastUsedAt(), now)) {
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

    private static Match match(ResultSet row) throws SQLException {
        return new Match(
                row.getString(1),
                row.getString(2),
                kindOf(row.getString(3)),
                nullableLong(row, 4),
                nullableLong(row, 5),
                new AuthenticatedIntegration(row.getString(6), row.getString(7), IdpType.valueOf(row.getString(8))),
                row.getBoolean(9));
    }

    private static CredentialKind kindOf(String name) {
        try {
            return CredentialKind.valueOf(name);
        } catch (IllegalArgumentException unknownKind) {
            return null;
        }
    }
}
