package dev.roster.admin.auth;

import java.time.Duration;

/**
 * When a (username, address) pair may try to sign in again: the first {@code freeFailures} failures cost
 * nothing; after that each further attempt must wait 1 s, 2 s, 4 s … (doubling per failure, at most
 * {@code maxDelay}) after the latest failure. A pair with no failure for {@code window} starts over.
 */
public record LoginThrottlePolicy(int freeFailures, Duration window, Duration maxDelay) {

    public static final LoginThrottlePolicy DEFAULT =
            new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
    public long waitMillis(int failures, long lastFailureAt, long now) {
        if (failures < freeFailures || isStale(lastFailureAt, now)) {
            return 0;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        long delay = Math.min(1000L << doublings, maxDelay.toMillis());
        return Math.max(0, lastFailureAt + delay - now);
    }

    /** Failures this old are forgotten: the count starts again at the next one. */
    public boolean isStale(long lastFailureAt, long now) {
        return now - lastFailureAt > window.toMillis();
    }
}
