package dev.roster.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells this node of every directory change committed on any node: it follows the outbox in seq order (which never
 * skips a row that committed late) every {@code roster.events.poll-interval-millis}, and fires a
 * {@link CommittedChange} per row. Caches that must not outlive a deactivation on another node observe it; on the
 * node that made the change they also hear of it at once, from {@link DirectoryChange} after the commit.
 */
@ApplicationScoped
public class ChangeFeed implements PollIntervalWork {

    static final int ROWS_PER_LOOK = 1000;

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());

    @Inject
    Reader reader;

    @Inject
    Sequencer sequencer;

    @Inject
    Event<CommittedChange> changes;

    private volatile long lastSeq = -1;
    private volatile boolean failing;

    @Override
    public void everyPollInterval() {
        try {
            if (lastSeq < 0) {
                lastSeq = sequencer.highestSeq();
                return;
            }
            List<CommittedChange> batch;
            do {
                batch = reader.after(lastSeq, ROWS_PER_LOOK);
                for (CommittedChange change : batch) {
                    changes.fire(change);
                    lastSeq = change.seq();
                }
            } while (batch.size() == ROWS_PER_LOOK);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Following the change log failed; it goes on at the next look", e);
            }
        }
    }

    /** The outbox reads of the feed, each in a transaction of its own. */
    @ApplicationScoped
    public static class Reader {

        @PersistenceContext(unitName = "roster")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        @SuppressWarnings("unchecked")
        public List<CommittedChange> after(long seq, int limit) {
            List<Object[]> rows = em.createNativeQuery("SELECT seq, integration_id, resource_type, resource_id,"
                            + " operation, activation FROM event_outbox WHERE seq > ?1 AND stream_id IS NULL"
                            + " ORDER BY seq")
                    .setParameter(1, seq)
                    .setMaxResults(limit)
                    .getResultList();
            return rows.stream()
                    .map(r -> new CommittedChange(
                            ((Number) r[0]).longValue(),
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (String) r[5]))
                    .toList();
        }
    }
}
