package dev.roster.resolution.attribution;

/**
 * One resolution as the console's "recent events" shows it.
 *
 * @param outcome    {@code attributed} or the unattributed reason
 * @param claimValue what the carrier said (user name, email or Looker user id), or null
 */
public record AttributionEvent(
        String id,
        String accountId,
        long occurredAt,
        boolean attributed,
        String outcome,
        String carrier,
        String claimValue,
        String userId,
        String userName,
        String sessionId) {

    /** The same event under {@code id}: events are gathered without one and given one when written. */
    AttributionEvent withId(String id) {
        return new AttributionEvent(
                id, accountId, occurredAt, attributed, outcome, carrier, claimValue, userId, userName, sessionId);
    }
}
