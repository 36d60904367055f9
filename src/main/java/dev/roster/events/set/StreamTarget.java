package dev.roster.events.set;

import java.util.Set;

/**
 * What a SET needs to know of the stream it goes to.
 *
 * @param requested the event types the receiver asked for ({@code events_requested}); SSF's own events
 *     (verification, stream-updated) go to every stream whatever it asked for
 */
public record StreamTarget(String streamId, String audience, Set<String> requested) {}
