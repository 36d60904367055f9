package dev.roster.web.auth.session;

import dev.roster.config.RosterConfig;
import dev.roster.web.auth.account.AdminAccountEntity;
import dev.roster.web.auth.account.AdminAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Console sessions without server-side session state: a signed token in a cookie, re-signed with a new
 * last-seen time on each request (the sliding idle timeout), checked against the revocation list and the
 * account's current password stamp. Any node can serve any request.
 */
@ApplicationScoped
public class AdminSessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SessionSigningKey signingKey;

    @Inject
    SessionRevocations revocations;

    @Inject
    AdminAccounts accounts;

    @Inject
    RosterConfig config;

    /** A new session's token, cookie value and CSRF token. */
    public record Started(SessionToken token, String cookieValue, String csrfToken) {}

    public Started start(AdminAccountEntity account) {
        long now = System.currentTimeMillis();
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        SessionToken token = new SessionToken(
                Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                account.username(),
                now,
                now,
                AccountStamp.of(account.passwordHash()));
        SessionTokenCodec codec = signingKey.codec();
        return new Started(token, codec.encode(token), codec.csrfToken(token.sessionId()));
    }

    /** The session a cookie carries, if its signature, lifetime, revocation state and account all check out. */
    public Optional<SessionToken> verify(String cookieValue) {
        long now = System.currentTimeMillis();
        return signingKey
                .codec()
                .decode(cookieValue)
                .filter(token -> lifetime().isLive(token, now))
                .filter(token -> !revocations.isRevoked(token.sessionId()))
                .filter(token -> accounts.find(token.username())
                        .map(account -> AccountStamp.of(account.passwordHash()).equals(token.accountStamp()))
                        .orElse(false));
    }

    public boolean csrfMatches(SessionToken token, String presented) {
        return signingKey.codec().csrfMatches(token.sessionId(), presented);
    }

    public String csrfToken(SessionToken token) {
        return signingKey.codec().csrfToken(token.sessionId());
    }

    /** The cookie value for the next request: same session, last seen now. */
    public String renew(SessionToken token) {
        return signingKey.codec().encode(token.seenAt(System.currentTimeMillis()));
    }

    /** Signs the session out on every node. */
    public void end(SessionToken token) {
        revocations.revoke(
                token.sessionId(), System.currentTimeMillis(), lifetime().endOf(token));
    }

    public SessionLifetime lifetime() {
        return new SessionLifetime(
                Duration.ofMinutes(config.adminSessionTimeoutMinutes()),
                Duration.ofHours(config.adminSessionMaxHours()));
    }

    public SessionCookies cookies() {
        return new SessionCookies(config.publicUrlIsHttps());
    }
}
