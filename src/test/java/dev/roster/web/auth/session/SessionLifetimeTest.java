package dev.roster.web.auth.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final long MINUTE = 60_000;
    private static final long SIGN_IN = 1_000_000_000L;
    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofMinutes(30), Duration.ofHours(12));

    private static SessionToken token(long issuedAt, long lastSeenAt) {
        return new SessionToken("sid", "admin", issuedAt, lastSeenAt, "stamp");
    }

    @Test
    void liveWithinTheIdleTimeoutOfTheLatestRequest() {
        assertTrue(lifetime.isLive(token(SIGN_IN, SIGN_IN), SIGN_IN + 29 * MINUTE));
        assertFalse(lifetime.isLive(token(SIGN_IN, SIGN_IN), SIGN_IN + 30 * MINUTE));
    }

    @Test
    void eachRequestSlidesTheIdleTimeout() {
        SessionToken renewed = token(SIGN_IN, SIGN_IN).seenAt(SIGN_IN + 25 * MINUTE);
        assertTrue(lifetime.isLive(renewed, SIGN_IN + 50 * MINUTE));
    }

    @Test
    void neverLongerThanTheAbsoluteLifetime() {
        long almostTwelveHours = SIGN_IN + 12 * 60 * MINUTE - 1;
        assertTrue(lifetime.isLive(token(SIGN_IN, almostTwelveHours - MINUTE), almostTwelveHours));
        assertFalse(lifetime.isLive(token(SIGN_IN, SIGN_IN + 12 * 60 * MINUTE), SIGN_IN + 12 * 60 * MINUTE));
    }

    @Test
    void tokensFromTheFutureOrOutOfOrderAreRefused() {
        assertFalse(lifetime.isLive(token(SIGN_IN, SIGN_IN + 5 * MINUTE), SIGN_IN), "last seen beyond the clock skew");
        assertTrue(lifetime.isLive(token(SIGN_IN, SIGN_IN + 30_000), SIGN_IN), "within the skew between nodes");
        assertFalse(lifetime.isLive(token(SIGN_IN + MINUTE, SIGN_IN), SIGN_IN + MINUTE), "seen before issued");
    }

    @Test
    void revocationsAreKeptUntilNoCopyOfTheCookieCanBeValid() {
        assertEquals(
                SIGN_IN + 12 * 60 * MINUTE + SessionLifetime.CLOCK_SKEW_MILLIS,
                lifetime.endOf(token(SIGN_IN, SIGN_IN)));
    }

    @Test
    void idleEndIsBoundedByTheAbsoluteEnd() {
        assertEquals(SIGN_IN + 30 * MINUTE, lifetime.idleEndOf(token(SIGN_IN, SIGN_IN)));
        long late = SIGN_IN + 12 * 60 * MINUTE - 10 * MINUTE;
        assertEquals(SIGN_IN + 12 * 60 * MINUTE, lifetime.idleEndOf(token(SIGN_IN, late)));
    }
}
