package dev.roster.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Records when a {@link HashedSecretEntity} was last used, in a short transaction of its own. The authenticators
 * read secrets outside any transaction, so this write is the only one a request pays, and only once a minute.
 */
public abstract class LastUseRecorder {

    /** Last-used times are kept to the minute: a write on every request would halve throughput. */
    public static final long RESOLUTION_MILLIS = 60_000;

    @PersistenceContext(unitName = "roster")
    private EntityManager em;

    private final String update;

    protected LastUseRecorder(Class<? extends HashedSecretEntity> secretType) {
        this.update = "UPDATE " + secretType.getSimpleName() + " s SET s.lastUsedAt = :now "
                + "WHERE s.id = :id AND (s.lastUsedAt IS NULL OR s.lastUsedAt < :now)";
    }

    /** Whether a use at {@code now} is worth a write: never used, or last recorded a minute or more ago. */
    public static boolean isDue(Long lastUsedAt, long now) {
        return lastUsedAt == null || now - lastUsedAt >= RESOLUTION_MILLIS;
    }

    /** Never moves the time backwards, so two nodes recording at once leave the later time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markUsed(String secretId, long now) {
        em.createQuery(update)
                .setParameter("now", now)
                .setParameter("id", secretId)
                .executeUpdate();
    }
}
