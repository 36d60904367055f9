package dev.roster.audit;

import dev.roster.config.RosterConfig;
import dev.roster.platform.RetentionJob;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/** Deletes provisioning-log entries older than {@code roster.events.retention-days} (0 or less keeps them forever). */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class EventRetention extends RetentionJob {

    /** One bounded batch; portable (H2 and PostgreSQL both take FETCH FIRST in a subquery). */
    static final String DELETE_BATCH = "DELETE FROM provisioning_event WHERE id IN (SELECT id FROM provisioning_event "
            + "WHERE occurred_at < ?1 ORDER BY occurred_at FETCH FIRST " + BATCH + " ROWS ONLY)";

    private static final Logger LOG = Logger.getLogger(EventRetention.class.getName());

    @Inject
    RosterConfig config;

    public EventRetention() {
        super(LOG, "Provisioning-log cleanup");
    }

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
        int deleted = sweep(DELETE_BATCH, cutoff);
        if (deleted > 0) {
            LOG.info("Provisioning-log cleanup deleted " + deleted + " entries older than " + retentionDays + " days");
        }
        return deleted;
    }
}
