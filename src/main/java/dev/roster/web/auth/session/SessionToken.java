package dev.roster.web.auth.session;

/**
 * What a console session cookie says, once its signature checked out. Everything a node needs to accept
 * the request is in here (no server-side session), except the revocation list and the account itself.
 *
 * @param sessionId    random, 128 bits; what sign-out revokes and what the CSRF token is derived from
 * @param issuedAt     sign-in time, epoch millis: bounds the session's absolute lifetime
 * @param lastSeenAt   the latest request, epoch millis: the idle timeout counts from here
 * @param accountStamp a digest of the account's password hash: a password change ends the session
 */
public record SessionToken(String sessionId, String username, long issuedAt, long lastSeenAt, String accountStamp) {

    public SessionToken seenAt(long now) {
        return new SessionToken(sessionId, username, issuedAt, now, accountStamp);
    }
}
