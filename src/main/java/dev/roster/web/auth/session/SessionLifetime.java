package dev.roster.web.auth.session;

import java.time.Duration;

/**
 * How long a session lives: {@code idle} since its latest request (sliding, renewed by each request), and
 * never longer than {@code max} since sign-in. A token from the future beyond a small clock skew between
 * nodes is refused: only a holder of the key could have made it, but it would never expire.
 */
public record SessionLifetime(Duration idle, Duration max) {

    static final long CLOCK_SKEW_MILLIS = 60_000;

    public boolean isLive(SessionToken token, long now) {
        return token.issuedAt() <= token.lastSeenAt()
                && token.lastSeenAt() <= now + CLOCK_SKEW_MILLIS
                && now - token.lastSeenAt() < idle.toMillis()
                && now - token.issuedAt() < max.toMillis();
    }

    /** After this instant no copy of the session's cookie can be valid, so its revocation may be forgotten. */
    public long endOf(SessionToken token) {
        return token.issuedAt() + max.toMillis() + CLOCK_SKEW_MILLIS;
    }

    /** When the session ends if no further request comes. */
    public long idleEndOf(SessionToken token) {
        return Math.min(token.lastSeenAt() + idle.toMillis(), token.issuedAt() + max.toMillis());
    }
}
