package dev.roster.scim.ratelimit;

/**
 * One node's view of one integration's shared token bucket. Requests are admitted against the balance last
 * read from the shared store (plus what refilled since) minus what this node admitted since then, so the
 * decision itself never waits for the database; a flusher reports the local count every
 * {@link ScimRateLimiter#FLUSH_MILLIS} ms and reads the new shared balance back.
 *
 * <p>On one node this is an exact token bucket. With N nodes, each may spend the same refill between two
 * flushes, so for at most one flush interval they admit up to N times the rate; the shared balance then
 * goes into debt and every node refuses until it is repaid. Thread-safe: all methods synchronize on the bucket.
 */
final class LocalBucket {

    /** Tokens in the bucket as of {@link #baseAt}, as far as this node knows. */
    private double base;

    private long baseAt;
    /** Requests admitted here and not yet reported to the shared store. */
    private long pending;

    private long lastRequestAt;

    LocalBucket(RateLimitPolicy policy, long now) {
        // Before the first flush the node assumes a full bucket; the flush corrects it within one interval.
        this.base = policy.burst();
        this.baseAt = now;
        this.lastRequestAt = now;
    }

    /** 0 when the request may proceed (and is counted), else how many milliseconds until a token is due. */
    synchronized long tryAcquire(RateLimitPolicy policy, long now) {
        return tryAcquire(policy, now, 1);
    }

    /**
     * Takes {@code tokens} at once or none: 0 when they were taken, else how many milliseconds until that many are
     * due (never, when they exceed the burst: callers keep requests within {@link RateLimitPolicy#capAtBurst}).
     */
    synchronized long tryAcquire(RateLimitPolicy policy, long now, long tokens) {
        lastRequestAt = Math.max(lastRequestAt, now);
        double available = policy.refill(base, now - baseAt);
        if (available >= tokens) {
            base = available - tokens;
            baseAt = Math.max(baseAt, now);
            pending += tokens;
            return 0;
        }
        double missing = tokens - available;
        return Math.max(1, (long) Math.ceil(missing * 1000.0 / policy.requestsPerSecond()));
    }

    synchronized long pending() {
        return pending;
    }

    synchronized long lastRequestAt() {
        return lastRequestAt;
    }

    /**
     * {@code reported} admissions were taken out of the shared bucket, whose balance after every node's
     * reports was {@code balance} at {@code at}; what was admitted here meanwhile is still to be reported.
     */
    synchronized void reported(long reported, double balance, long at) {
        pending -= reported;
        base = balance - pending;
        baseAt = at;
    }

    /** Reports this node's admissions and adopts the shared balance. */
    void flush(SharedBucketStore store, String integrationId, RateLimitPolicy policy, long now) {
        long reported = pending();
        double balance = store.consume(integrationId, reported, now, policy);
        reported(reported, balance, now);
    }
}
