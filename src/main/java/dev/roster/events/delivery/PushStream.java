package dev.roster.events.delivery;

import dev.roster.events.set.StreamTarget;

/**
 * A push stream as delivery sees it.
 *
 * @param authorization the {@code Authorization} header value the receiver asked for, decrypted; null for none
 * @param allIntegrations whether the stream covers every integration
 * @param failingSince when the current run of failures began; null while deliveries succeed
 */
public record PushStream(
        StreamTarget target,
        String endpoint,
        String authorization,
        boolean allIntegrations,
        long deliveredSeq,
        int attempts,
        Long failingSince) {

    public String id() {
        return target.streamId();
    }
}
