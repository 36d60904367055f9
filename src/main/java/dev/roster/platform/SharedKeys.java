package dev.roster.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * Secret keys that every node must hold alike, so that each checks what any other signed or encrypted: one row
 * per key in {@code admin_session_key}, generated (256 bits from the platform CSPRNG) by the first node that
 * needs it. When two nodes need a new key at once both try to insert it; the primary key lets exactly one win,
 * and the other reads the winner's key. Deleting a row and restarting every node replaces that key (a rotation:
 * whatever the old one signed stops being accepted).
 */
@ApplicationScoped
public class SharedKeys {

    private static final Logger LOG = Logger.getLogger(SharedKeys.class.getName());

    @Inject
    KeyRows rows;

    private final ConcurrentMap<String, byte[]> known = new ConcurrentHashMap<>();

    /**
     * The 256-bit key named {@code id}, generated on first use.
     *
     * @param purpose what the key does, for the log line that says it was generated
     */
    public byte[] key(String id, String purpose) {
        return known.computeIfAbsent(id, name -> Base64.getDecoder().decode(loadOrCreate(name, purpose)))
                .clone();
    }

    private String loadOrCreate(String id, String purpose) {
        String existing = rows.read(id);
        if (existing != null) {
            return existing;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            rows.insert(id, Base64.getEncoder().encodeToString(key));
            LOG.info("Generated the key that " + purpose);
        } catch (RuntimeException e) {
            LOG.info("Another node generated the key that " + purpose + " first; using that one");
        }
        String stored = rows.read(id);
        if (stored == null) {
            throw new IllegalStateException("No key '" + id + "' could be stored");
        }
        return stored;
    }

    /** The key rows, each access in a transaction of its own. */
    @ApplicationScoped
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public static class KeyRows {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        public String read(String id) {
            List<?> found = em.createNativeQuery("SELECT secret FROM admin_session_key WHERE id = ?1")
                    .setParameter(1, id)
                    .getResultList();
            return found.isEmpty() ? null : (String) found.get(0);
        }

        /** Fails (at commit) when another node inserted this key first. */
        public void insert(String id, String secret) {
            em.createNativeQuery("INSERT INTO admin_session_key (id, secret, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, id)
                    .setParameter(2, secret)
                    .setParameter(3, System.currentTimeMillis())
                    .executeUpdate();
        }
    }
}
