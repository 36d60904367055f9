package dev.roster.events.api;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the caller may use a stream: the admin may use every stream, a receiver only its own. Placeholder until
 * the stream management side supplies the caller; the admin authentication filter has already refused anyone else.
 */
@RequestScoped
public class StreamAccess {

    public boolean mayUse(String streamId) {
        return true;
    }
}
