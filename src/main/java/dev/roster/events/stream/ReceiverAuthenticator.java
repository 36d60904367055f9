package dev.roster.events.stream;

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
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Turns a receiver's bearer token into the receiver: its SHA-256 looked up on every request, without a cache, so
 * a deleted receiver is refused on every node at once (one indexed JDBC statement outside any transaction, like
 * the SCIM tokens and resolution API keys). The last-used time is written at most once a minute.
 */
@ApplicationScoped
public class ReceiverAuthenticator {

    private static final String LOOKUP =
            "SELECT id, secret_hash, last_used_at FROM event_receiver WHERE secret_hash = ?";

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Usage usage;

    /** The streams' owner the token names; empty for an unknown or deleted receiver's token. */
    public Optional<StreamOwner> authenticate(String token) {
        if (token == null || !token.startsWith(ReceiverService.PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        Stored stored = HashedSecretLookup.find(dataSource, LOOKUP, hash, ReceiverAuthenticator::stored, "a receiver");
        if (stored == null || !SecretTokens.hashesEqual(stored.secretHash(), hash)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        if (LastUseRecorder.isDue(stored.lastUsedAt(), now)) {
            usage.markUsed(stored.id(), now);
        }
        return Optional.of(StreamOwner.receiver(stored.id()));
    }

    private record Stored(String id, String secretHash, Long lastUsedAt) {}

    private static Stored stored(ResultSet row) throws SQLException {
        return new Stored(row.getString(1), row.getString(2), nullableLong(row, 3));
    }

    /** Records last use in a short transaction of its own. */
    @ApplicationScoped
    public static class Usage extends LastUseRecorder {

        public Usage() {
            super(ReceiverEntity.class);
        }
    }
}
