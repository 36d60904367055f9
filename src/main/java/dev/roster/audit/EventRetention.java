package dev.roster.audit;

import dev.roster.config.RosterConfig;
import dev.roster.platform.BatchedDelete;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes provisioning-log entries older than {@code roster.events.retention-days} (0 or less keeps them
 * forever), hourly, in batches of {@value #BATCH} rows, each its own transaction, so a large backlog never
 * holds long locks or one huge transaction. Every node runs it; deleting the same old rows twice is harmless.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class EventRetention {

    static final int BATCH = 1000;
    /** One bounded batch; portable (H2 and PostgreSQL both take FETCH FIRST in a subquery). */
    static final String DELETE_BATCH = "DELETE FROM provisioning_event WHERE id IN (SELECT id FROM provisioning_event "
            + "WHERE occurred_at < ?1 ORDER BY occurred_at FETCH FIRST " + BATCH + " ROWS ONLY)";
    /** One run deletes at most this many batches; the next run goes on. */
    static final int MAX_BATCHES_PER_RUN = 500;

    private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

    @Inject
    RosterConfig config;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void hourly() {
        purgeOlderThan(config.eventRetentionDays());
    }

    /** The instant before which entries go, or -1 when retention is unlimited. */
    static long cutoff(long now, int retentionDays) {
        return retentionDays <= 0 ? -1 : now - Duration.ofDays(retentionDays).toMillis();
    }

    int purgeOlderThan(int retentionDays) {
        long cutoff = cutoff(System.currentTimeMillis(), retentionDays);
        if (cutoff < 0) {
            return 0;
        }
        BatchedDelete.Result result =
                BatchedDelete.run(em, transaction, DELETE_BATCH, cutoff, BATCH, MAX_BATCHES_PER_RUN);
        int deleted = result.deleted();
        if (result.failure() != null) {
            LOG.log(
                    Level.WARNING,
                    "Provisioning-log cleanup stopped after " + deleted + " rows; the next run goes on",
                    result.failure());
        }
        if (deleted > 0) {
            LOG.info("Provisioning-log cleanup deleted " + deleted + " entries older than " + retentionDays + " days");
        }
        return deleted;
    }
}
