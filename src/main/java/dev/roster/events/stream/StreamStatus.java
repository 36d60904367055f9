package dev.roster.events.stream;

import dev.roster.json.WireName;

/** A stream's status (SSF §8.1.2). */
public enum StreamStatus implements WireName {
    /** Events are transmitted. */
    ENABLED,
    /** Events are held (until retention) and transmitted once the stream is enabled again. */
    PAUSED,
    /** Nothing is transmitted or held. */
    DISABLED
}
