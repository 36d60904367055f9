package dev.roster.events.set;

import java.util.Set;

/**
 * What a SET needs to know of the stream it goes to.
 *
 * @param requested the event types the receiver asked for ({@code events_requested}); SSF's own events
 *     (verification, stream-updated) go to every stream whatever it asked for
 * @param removed the subjects the receiver removed from the stream: it gets no event about them
 */
public record StreamTarget(String streamId, String audience, Set<String> requested, RemovedSubjects removed) {

    /** A stream from which no subject was removed. */
    public StreamTarget(String streamId, String audience, Set<String> requested) {
        this(streamId, audience, requested, RemovedSubjects.NONE);
    }
}
