package dev.roster.scim.ratelimit;

import dev.roster.config.RosterConfig;
import dev.roster.platform.RosterDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Per-integration SCIM request limit, the same across all nodes: a token bucket per integration
 * ({@code roster.scim.rate-limit.requests-per-second}, {@code roster.scim.rate-limit.burst}) whose balance lives
 * in the database, so it holds however many nodes serve the integration and whether or not Payara's data grid
 * (Hazelcast) is on. The decision per request is made in memory ({@link LocalBucket}); every
 * {@value #FLUSH_MILLIS} ms each node reports what it admitted per active integration (one UPDATE and one
 * SELECT) and reads the shared balance back. A database write per request would cost more than the requests
 * it protects.
 *
 * <p>When the database cannot be reached the node keeps limiting on its own view (fail open on the shared
 * part, never on the local bucket).
 */
@ApplicationScoped
public class ScimRateLimiter {

    static final long FLUSH_MILLIS = 100;

    /** A bucket idle this long stops being refreshed (its state is kept and refilled on the next request). */
    private static final long ACTIVE_MILLIS = 2_000;

    private static final long REFUSAL_LOG_MILLIS = 60_000;

    private static final Logger LOG = Logger.getLogger(ScimRateLimiter.class.getName());

    @Inject
    RosterConfig config;

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, LocalBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRefusalLogged = new ConcurrentHashMap<>();
    private RateLimitPolicy policy = RateLimitPolicy.DISABLED;
    private SharedBucketStore store;
    private ScheduledFuture<?> flusher;
    private volatile long lastFlushFailureLogged;

    @PostConstruct
    void start() {
        policy = RateLimitPolicy.of(config.scimRateLimitRequestsPerSecond(), config.scimRateLimitBurst());
        if (!policy.enabled()) {
            LOG.info("SCIM rate limit is off (" + RosterConfig.SCIM_RATE_LIMIT_RPS + "=0)");
            return;
        }
        store = new JdbcBucketStore(dataSource);
        flusher = scheduler.scheduleWithFixedDelay(this::flushAll, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
        LOG.info(() -> "SCIM rate limit: " + policy.requestsPerSecond() + " requests/s per integration, burst "
                + policy.burst() + ", shared through the database");
    }

    @PreDestroy
    void stop() {
        if (flusher != null) {
            flusher.cancel(false);
        }
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    /**
     * Admits one request of the integration, or answers how many whole seconds to wait (at least 1),
     * for {@code Retry-After}.
     */
    public OptionalLong tryAcquire(String integrationId) {
        return tryAcquire(integrationId, 1);
    }

    /**
     * Admits work worth {@code tokens} requests (the further operations of a Bulk request) all at once or not at
     * all, so a refused Bulk request writes nothing; else answers how many whole seconds to wait (at least 1).
     */
    public OptionalLong tryAcquire(String integrationId, int tokens) {
        if (!policy.enabled() || tokens <= 0) {
            return OptionalLong.empty();
        }
        long now = System.currentTimeMillis();
        LocalBucket bucket = buckets.computeIfAbsent(integrationId, id -> new LocalBucket(policy, now));
        long waitMillis = bucket.tryAcquire(policy, now, tokens);
        if (waitMillis == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
    }

    /**
     * Whether a refusal of this integration should go to the provisioning log: the first one per minute and
     * node does, so an admin sees the limit was hit without an overload writing one row per refused request.
     */
    public boolean shouldLogRefusal(String integrationId) {
        long now = System.currentTimeMillis();
        boolean[] log = {false};
        lastRefusalLogged.compute(integrationId, (id, last) -> {
            if (last == null || now - last >= REFUSAL_LOG_MILLIS) {
                log[0] = true;
                return now;
            }
            return last;
        });
        return log[0];
    }

    void flushAll() {
        long now = System.currentTimeMillis();
        for (Map.Entry<String, LocalBucket> entry : buckets.entrySet()) {
            LocalBucket bucket = entry.getValue();
            if (bucket.pending() == 0 && now - bucket.lastRequestAt() > ACTIVE_MILLIS) {
                continue;
            }
            try {
                bucket.flush(store, entry.getKey(), policy, now);
            } catch (RuntimeException e) {
                if (now - lastFlushFailureLogged > REFUSAL_LOG_MILLIS) {
                    lastFlushFailureLogged = now;
                    LOG.log(
                            Level.WARNING,
                            "Cannot share SCIM rate-limit counts; limiting per node until the "
                                    + "database answers again",
                            e);
                }
            }
        }
    }
}
