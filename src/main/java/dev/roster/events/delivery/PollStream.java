package dev.roster.events.delivery;

import dev.roster.events.set.StreamTarget;

/** A stream as poll delivery sees it. */
public record PollStream(
        StreamTarget target, boolean allIntegrations, long deliveredSeq, String status, String method) {

    public String id() {
        return target.streamId();
    }
}
