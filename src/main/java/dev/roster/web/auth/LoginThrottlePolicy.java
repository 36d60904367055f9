package dev.roster.web.auth;

import java.time.Duration;

/**
 * When one failure counter (see {@link ThrottleKeys}) lets a sign-in attempt through: the first
 * {@code freeFailures} failures cost nothing; after that each further attempt must wait 1 s, 2 s, 4 s …
 * (doubling per failure, at most {@code maxDelay}) after the latest failure, and may not start while an
 * earlier attempt is still being checked (its outcome is not known yet). A counter with no failure for
 * {@code window} starts over.
 *
 * <p>An attempt counts as a failure from the moment it is let through to the password check (see
 * {@link LoginFailureTable#claim}); a success takes it back.
 */
public record LoginThrottlePolicy(int freeFailures, Duration window, Duration maxDelay) {

    /** One username from one address (or IPv6 /64): a guesser of one account's password. */
    public static final LoginThrottlePolicy PER_ACCOUNT_AND_ADDRESS =
            new LoginThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /**
     * One address across every username: a guesser who rotates usernames. Twice the per-account budget, so
     * an admin who mistypes a username too is not stopped before the per-account counter would stop them.
     */
    public static final LoginThrottlePolicy PER_ADDRESS =
            new LoginThrottlePolicy(10, Duration.ofMinutes(15), Duration.ofMinutes(15));

    /**
     * A check that has run this long is taken for one whose node died mid-check: it no longer holds others
     * back. PBKDF2 takes well under a second.
     */
    static final long CHECK_TIMEOUT_MILLIS = 60_000;

    /** While a check runs, a refused attempt is told to come back after this. */
    private static final long WHILE_CHECKING_WAIT_MILLIS = 1000;

    /** Milliseconds until the next attempt is allowed; 0 when it is allowed now. */
    public long waitMillis(int failures, long lastFailureAt, long now) {
        return waitMillis(failures, 0, lastFailureAt, now);
    }

    /**
     * Milliseconds until the next attempt is allowed; 0 when it is allowed now.
     *
     * @param checksRunning attempts counted in {@code failures} whose check has not ended yet
     */
    public long waitMillis(int failures, int checksRunning, long lastFailureAt, long now) {
        if (failures < freeFailures || isStale(lastFailureAt, now)) {
            return 0;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        long delay = Math.min(1000L << doublings, maxDelay.toMillis());
        long wait = Math.max(0, lastFailureAt + delay - now);
        return runningChecks(checksRunning, lastFailureAt, now) > 0 ? Math.max(wait, WHILE_CHECKING_WAIT_MILLIS) : wait;
    }

    /** The count after one more failure now: stale failures are forgotten first. */
    public int failuresAfterOneMore(int failures, long lastFailureAt, long now) {
        return isStale(lastFailureAt, now) ? 1 : failures + 1;
    }

    /** The checks still running: none when the latest activity is older than any check takes. */
    public static int runningChecks(int checksRunning, long lastFailureAt, long now) {
        return now - lastFailureAt > CHECK_TIMEOUT_MILLIS ? 0 : Math.max(0, checksRunning);
    }

    /** Failures this old are forgotten: the count starts again at the next one. */
    public boolean isStale(long lastFailureAt, long now) {
        return now - lastFailureAt > window.toMillis();
    }

    /** Failures older than this matter to no decision any more. */
    public long forgottenAfterMillis() {
        return window.toMillis() + maxDelay.toMillis();
    }
}
