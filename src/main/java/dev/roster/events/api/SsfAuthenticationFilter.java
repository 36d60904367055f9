package dev.roster.events.api;

import dev.roster.events.stream.ReceiverAuthenticator;
import dev.roster.events.stream.StreamOwner;
import dev.roster.web.api.auth.AdminCaller;
import dev.roster.web.api.bearer.BearerAuthenticationFilter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Authenticates what {@link SsfPaths} claims: SSF requests with a receiver's bearer token ({@code rssf_…}, issued by
 * the admin), and nothing for the public configuration and JWKS. The admin's Basic credentials and console session
 * on the same endpoints are the admin filter's. The resources read the caller with {@link #owner}.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SsfAuthenticationFilter extends BearerAuthenticationFilter<StreamOwner> {

    @Inject
    ReceiverAuthenticator receivers;

    public SsfAuthenticationFilter() {
        super(
                StreamOwner.class,
                "roster-ssf",
                "Send a receiver token issued by the admin: Authorization: Bearer rssf_…",
                "Unknown or revoked receiver token");
    }

    /** Only requests that carry a bearer token are claimed, so this never sees one without. */
    @Override
    protected boolean guards(ContainerRequestContext request) {
        return SsfPaths.claims(request) && !SsfPaths.isPublic(request.getUriInfo());
    }

    @Override
    protected Optional<StreamOwner> authenticate(String token) {
        return receivers.authenticate(token);
    }

    /** Who manages streams in this request: the receiver this filter authenticated, else the admin. */
    static StreamOwner owner(ContainerRequestContext request) {
        Optional<StreamOwner> receiver = callerOf(request, StreamOwner.class);
        if (receiver.isPresent()) {
            return receiver.get();
        }
        AdminCaller.of(request); // throws unless the admin filter authenticated the request
        return StreamOwner.ADMIN;
    }
}
