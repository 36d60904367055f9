package dev.roster.resolution.registry;

import dev.roster.config.RosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;

/**
 * The {@link SecretBox} for stored Looker client secrets: from {@code roster.resolution.secret-key} when set,
 * else from a random key that the first node generates into {@code admin_session_key} (row
 * {@value #KEY_ID}), shared by all nodes. Configuring the key keeps it out of database dumps.
 */
@ApplicationScoped
public class SecretKeys {

    static final String KEY_ID = "resolution-secrets";
    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    @Inject
    RosterConfig config;

    @Inject
    KeyRow keyRow;

    private volatile SecretBox box;

    public SecretBox box() {
        SecretBox known = box;
        if (known == null) {
            known = config.resolutionSecretKey().map(SecretBox::fromPassphrase)
                    .orElseGet(() -> new SecretBox(Base64.getDecoder().decode(loadOrCreate())));
            box = known;
        }
        return known;
    }

    private String loadOrCreate() {
        String existing = keyRow.read();
        if (existing != null) {
            return existing;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            keyRow.insert(Base64.getEncoder().encodeToString(key));
            LOG.info("Generated the key that encrypts stored Looker client secrets");
        } catch (RuntimeException e) {
            LOG.info("Another node generated the secret encryption key first; using that one");
        }
        String stored = keyRow.read();
        if (stored == null) {
            throw new IllegalStateException("No secret encryption key could be stored");
        }
        return stored;
    }

    /** The key row, each access in a transaction of its own. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class KeyRow {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        public String read() {
            List<?> rows = em.createNativeQuery("SELECT secret FROM admin_session_key WHERE id = ?1")
                    .setParameter(1, KEY_ID).getResultList();
            return rows.isEmpty() ? null : (String) rows.get(0);
        }

        public void insert(String secret) {
            em.createNativeQuery("INSERT INTO admin_session_key (id, secret, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, KEY_ID).setParameter(2, secret).setParameter(3, System.currentTimeMillis())
                    .executeUpdate();
        }
    }
}
