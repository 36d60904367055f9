package dev.roster.admin.auth.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The HMAC key every node signs and checks session cookies with. It lives in the database so all nodes
 * share it; the first node to start generates it (256 bits from the platform CSPRNG). When two nodes start
 * at once both try to insert, the primary key lets exactly one win, and the loser reads the winner's key.
 * Deleting the row and restarting every node signs every admin out (a key rotation).
 */
@ApplicationScoped
public class SessionSigningKey {

    private static final Logger LOG = Logger.getLogger(SessionSigningKey.class.getName());

    @Inject
    SessionKeyStore store;

    private volatile SessionTokenCodec codec;

    public SessionTokenCodec codec() {
        SessionTokenCodec known = codec;
        if (known == null) {
            known = new SessionTokenCodec(Base64.getDecoder().decode(loadOrCreate()));
            codec = known;
        }
        return known;
    }

    private String loadOrCreate() {
        var existing = store.read();
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            store.insert(Base64.getEncoder().encodeToString(key), System.currentTimeMillis());
            LOG.info("Generated the key that signs admin console sessions");
        } catch (RuntimeException e) {
            LOG.info("Another node generated the session signing key first; using that one");
        }
        return store.read().orElseThrow(() -> new IllegalStateException("No session signing key could be stored"));
    }
}
