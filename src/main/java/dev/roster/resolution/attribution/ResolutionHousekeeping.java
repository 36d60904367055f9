package dev.roster.resolution.attribution;

import dev.roster.config.RosterConfig;
import dev.roster.platform.RetentionJob;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Session carriers past their expiry, and attribution events and alerts older than
 * {@code roster.resolution.attribution.event-retention-days}.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ResolutionHousekeeping extends RetentionJob {

    private static final Logger LOG = Logger.getLogger(ResolutionHousekeeping.class.getName());

    @Inject
    RosterConfig config;

    public ResolutionHousekeeping() {
        super(LOG, "Resolution housekeeping");
    }

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
}
