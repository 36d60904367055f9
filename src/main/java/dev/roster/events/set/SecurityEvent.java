package dev.roster.events.set;

import com.nimbusds.jwt.JWTClaimsSet;

/**
 * One SET before signing: one event of one outbox row for one stream.
 *
 * @param jti {@code {outbox id}-{n}}, unique within the stream's feed and stable across retries, so a receiver
 *     can drop a repeat
 * @param outboxId the row it came from (poll acknowledgements are counted per row)
 */
public record SecurityEvent(String jti, long outboxId, String eventType, JWTClaimsSet claims) {

    /** The row a {@code jti} of ours came from, or -1 when it is not one of ours. */
    public static long outboxIdOf(String jti) {
        int dash = jti == null ? -1 : jti.indexOf('-');
        if (dash <= 0) {
            return -1;
        }
        try {
            return Long.parseLong(jti.substring(0, dash));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
