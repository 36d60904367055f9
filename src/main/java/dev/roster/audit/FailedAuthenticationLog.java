package dev.roster.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts requests that failed authentication (a bad SCIM token, a bad OAuth client, a wrong admin password) in the
 * provisioning log aggregated: one entry per client address, reason and minute, with the number of failures.
 * Anyone can send such requests, and one row each let an unauthenticated client fill the database; now a flood
 * costs a bounded number of rows ({@link FailureTallies}) and still shows, with its count.
 *
 * <p>A node writes the first failure of an entry at once, so a single one shows as before, and counts the
 * rest in memory: every {@value #FLUSH_SECONDS} s, and before the log is read on this node, it adds them to the
 * entry in one UPDATE. The nodes of a cluster add to the same entry. A failed request therefore pays no database
 * write, except the first of its kind per minute; a node that is killed loses at most a second of counts.
 */
@ApplicationScoped
public class FailedAuthenticationLog {

    static final int FLUSH_SECONDS = 1;
    /** Entries one node tells apart at once; beyond them, one entry per minute and kind without a source. */
    static final int MAX_ENTRIES = 1_000;

    private static final Logger LOG = Logger.getLogger(FailedAuthenticationLog.class.getName());

    @Inject
    ProvisioningLogWriter log;

    @Inject
    RequestOrigins origins;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final FailureTallies tallies = new FailureTallies(MAX_ENTRIES);
    private ScheduledFuture<?> flusher;
    private volatile long lastFailureLogged;

    @PostConstruct
    void start() {
        flusher = scheduler.scheduleWithFixedDelay(this::flush, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.cancel(false);
        }
        flush();
    }

    /**
     * Records one failed authentication of the current request.
     *
     * @param event  the entry as it would have been logged alone (its detail names the first request of the minute)
     * @param reason why authentication failed, from a fixed set (never client text): requests with different
     *               reasons are counted apart
     */
    public void record(ProvisioningEvent event, String reason) {
        FailureTallies.Entry first = tallies.count(event, reason, origins.current(), System.currentTimeMillis());
        if (first != null) {
            write(first, 1);
        }
    }

    /** Adds this node's counts not yet written to their entries; the log's readers call it before reading. */
    public void flush() {
        tallies.drain(System.currentTimeMillis()).forEach(this::write);
    }

    private void write(FailureTallies.Entry entry, int count) {
        try {
            if (!log.addOccurrences(entry.id(), count)) {
                try {
                    log.recordAggregated(entry.id(), entry.event(), entry.origin(), entry.firstAt(), count);
                } catch (RuntimeException insertFailed) {
                    // Another node wrote the entry first: add to it.
                    if (!log.addOccurrences(entry.id(), count)) {
                        throw insertFailed;
                    }
                }
            }
        } catch (RuntimeException e) {
            tallies.restore(entry, count);
            long now = System.currentTimeMillis();
            if (now - lastFailureLogged > FailureTallies.MINUTE_MILLIS) {
                lastFailureLogged = now;
                LOG.log(
                        Level.WARNING,
                        "Cannot write failed authentications to the provisioning log; counting them "
                                + "on until the database answers",
                        e);
            }
        }
    }
}
