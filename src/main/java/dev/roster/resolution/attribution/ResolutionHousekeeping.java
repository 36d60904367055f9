package dev.roster.resolution.attribution;

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
 * Hourly, on every node (deleting the same rows twice is harmless): session carriers past their expiry, and
 * attribution events and alerts older than {@code roster.resolution.attribution.event-retention-days}, in
 * bounded batches of their own transactions.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ResolutionHousekeeping {

    static final int BATCH = 1000;
    /** One run deletes at most this many batches per table; the next run goes on. */
    static final int MAX_BATCHES_PER_RUN = 500;

    private static final Logger LOG = Logger.getLogger(ResolutionHousekeeping.class.getName());

    @Inject
    RosterConfig config;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        long now = System.currentTimeMillis();
        long cutoff =
                now - Duration.ofDays(config.resolutionEventRetentionDays()).toMillis();
        sweep(
                "DELETE FROM resolution_session WHERE session_id IN (SELECT session_id FROM resolution_session "
                        + "WHERE expires_at < ?1 FETCH FIRST " + BATCH + " ROWS ONLY) AND expires_at < ?1",
                now);
        sweep(
                "DELETE FROM attribution_event WHERE id IN (SELECT id FROM attribution_event WHERE occurred_at < ?1 "
                        + "FETCH FIRST " + BATCH + " ROWS ONLY)",
                cutoff);
        sweep("DELETE FROM attribution_alert WHERE last_seen_at < ?1", cutoff);
    }

    private void sweep(String sql, long cutoff) {
        BatchedDelete.Result result = BatchedDelete.run(em, transaction, sql, cutoff, BATCH, MAX_BATCHES_PER_RUN);
        if (result.failure() != null) {
            LOG.log(Level.WARNING, "Resolution housekeeping stopped; the next run goes on", result.failure());
        }
    }
}
