package dev.roster.events.delivery;

import dev.roster.config.RosterConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Keeps the outbox to what someone still needs: rows every stream has taken go once every node's change feed has
 * had time to read them, and rows older than {@code roster.events.stream-retention-days} go whoever still waits
 * for them (a paused stream, a receiver gone for good). Each batch is one bounded delete in its own transaction.
 */
@ApplicationScoped
public class OutboxPruning {

    static final long EVERY_MILLIS = 60_000;
    /** Batches one round deletes of each kind; the next round goes on. */
    static final int BATCHES_PER_ROUND = 20;

    static final int BATCH = 1000;
    /** How long a taken row stays for the nodes' change feeds, which look every poll interval. */
    static final long FEED_GRACE_MILLIS = 60_000;

    static final String DELETE_TAKEN = "DELETE FROM event_outbox WHERE id IN (SELECT id FROM event_outbox"
            + " WHERE seq <= ?1 AND occurred_at < ?2 ORDER BY seq FETCH FIRST " + BATCH + " ROWS ONLY)";
    static final String DELETE_EXPIRED = "DELETE FROM event_outbox WHERE id IN (SELECT id FROM event_outbox"
            + " WHERE occurred_at < ?1 ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY)";

    @Inject
    RosterConfig config;

    @Inject
    Rows rows;

    private volatile long prunedAt;

    /** Once a minute, a few batches of each kind of row nobody needs any more. */
    public void nowAndThen(long now) {
        if (now - prunedAt < EVERY_MILLIS) {
            return;
        }
        prunedAt = now;
        long cutoff = expiredBefore(now, config.eventsStreamRetentionDays());
        inBatches(() -> rows.deleteTaken(now));
        inBatches(() -> rows.deleteExpired(cutoff));
    }

    /** Rows that occurred before this have outlived the retention, delivered or not. */
    static long expiredBefore(long now, int retentionDays) {
        return now - Duration.ofDays(retentionDays).toMillis();
    }

    /** Deletes batch after batch until one is not full, or the round's share is done. */
    private static void inBatches(IntSupplier deleteBatch) {
        for (int batch = 0; batch < BATCHES_PER_ROUND; batch++) {
            if (deleteBatch.getAsInt() < BATCH) {
                return;
            }
        }
    }

    /** The deletes, each batch in a transaction of its own. */
    @ApplicationScoped
    public static class Rows {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        /** Deletes one batch of rows every stream has taken; how many went. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int deleteTaken(long now) {
            Number lowest = (Number) em.createNativeQuery("SELECT MIN(delivered_seq) FROM event_stream")
                    .getSingleResult();
            long takenByAll = lowest != null
                    ? lowest.longValue()
                    : ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM event_outbox")
                                    .getSingleResult())
                            .longValue();
            return em.createNativeQuery(DELETE_TAKEN)
                    .setParameter(1, takenByAll)
                    .setParameter(2, now - FEED_GRACE_MILLIS)
                    .executeUpdate();
        }

        /** Deletes one batch of rows older than the retention, and the poll acknowledgements of rows gone. */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public int deleteExpired(long cutoff) {
            int deleted =
                    em.createNativeQuery(DELETE_EXPIRED).setParameter(1, cutoff).executeUpdate();
            if (deleted > 0) {
                em.createNativeQuery("DELETE FROM event_poll_ack WHERE outbox_id < (SELECT COALESCE(MIN(id), 0)"
                                + " FROM event_outbox)")
                        .executeUpdate();
            }
            return deleted;
        }
    }
}
