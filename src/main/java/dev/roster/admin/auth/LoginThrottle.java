package dev.roster.admin.auth;

import dev.roster.integration.SecretTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * Failed-sign-in counting in the database, so every node throttles the same pair. Each write is its own
 * transaction: the request that failed rolls nothing back into it. Counting is best-effort under races
 * (two failures at the same instant may count once), which is fine for a brake on guessing.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    private final LoginThrottlePolicy policy = LoginThrottlePolicy.DEFAULT;

    /** Milliseconds the pair must still wait, 0 when it may try now; -1 when it has no failures at all. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long waitMillis(String username, String address) {
        LoginFailureEntity failures = em.find(LoginFailureEntity.class, keyOf(username, address));
        if (failures == null) {
            return -1;
        }
        return policy.waitMillis(failures.failures(), failures.lastFailureAt(), System.currentTimeMillis());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        long now = System.currentTimeMillis();
        String key = keyOf(username, address);
        LoginFailureEntity failures = em.find(LoginFailureEntity.class, key);
        if (failures == null) {
            em.persist(new LoginFailureEntity(key, now));
        } else {
            failures.countFailure(now, policy.isStale(failures.lastFailureAt(), now));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reset(String username, String address) {
        em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.keyHash = :key")
                .setParameter("key", keyOf(username, address)).executeUpdate();
    }

    /** Forgets pairs whose failures are too old to matter. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeStale(long now) {
        return em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.lastFailureAt < :before")
                .setParameter("before", now - policy.window().toMillis() - policy.maxDelay().toMillis())
                .executeUpdate();
    }

    /** Usernames compare case-insensitively here, so changing case does not buy fresh attempts. */
    static String keyOf(String username, String address) {
        return SecretTokens.hash(username.toLowerCase(Locale.ROOT) + "\n" + address);
    }
}
