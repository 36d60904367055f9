package dev.roster.scim.bulk;

import java.util.Optional;

/** The endpoints a bulk operation's path can name: the ones Roster stores resources under. */
public enum ResourceEndpoint {
    USERS("Users"),
    GROUPS("Groups");

    private final String segment;

    ResourceEndpoint(String segment) {
        this.segment = segment;
    }

    /** The path segment without slashes, as in {@code /Users}. */
    public String segment() {
        return segment;
    }

    /** Exact match, like the JAX-RS paths of the same endpoints. */
    public static Optional<ResourceEndpoint> fromSegment(String segment) {
        for (ResourceEndpoint endpoint : values()) {
            if (endpoint.segment.equals(segment)) {
                return Optional.of(endpoint);
            }
        }
        return Optional.empty();
    }
}
