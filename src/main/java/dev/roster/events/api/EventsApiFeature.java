package dev.roster.events.api;

import dev.roster.web.api.ApiFeature;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;
import java.util.Set;

/**
 * The push events feature of {@code /api/v1}: the SSF transmitter (stream management, its metadata and keys) and
 * the admin's view of streams and receivers. SSF requests with a receiver's bearer token, and the public metadata
 * and keys, are authenticated by {@link SsfAuthenticationFilter} ({@link SsfPaths}); everything else, SSF requests
 * with the admin's credentials included, by the admin authentication.
 */
public class EventsApiFeature implements ApiFeature {

    @Override
    public Set<Class<?>> classes() {
        return Set.of(
                StreamProblemMapper.class,
                StreamsResource.class,
                TransmitterResource.class,
                StreamsAdminResource.class,
                EventReceiversResource.class,
                PollResource.class);
    }

    @Override
    public Optional<Class<? extends ContainerRequestFilter>> authenticator() {
        return Optional.of(SsfAuthenticationFilter.class);
    }

    @Override
    public boolean authenticatesItself(ContainerRequestContext request) {
        return SsfPaths.claims(request);
    }
}
