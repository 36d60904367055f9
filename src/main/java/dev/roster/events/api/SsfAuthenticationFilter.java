package dev.roster.events.api;

import dev.roster.events.stream.ReceiverAuthenticator;
import dev.roster.events.stream.StreamOwner;
import dev.roster.web.api.auth.AdminCaller;
import dev.roster.web.api.problem.ProblemResponses;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
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
public class SsfAuthenticationFilter implements ContainerRequestFilter {

    static final String OWNER = SsfAuthenticationFilter.class.getName() + ".owner";
    private static final String CHALLENGE = "Bearer realm=\"roster-ssf\"";

    @Inject
    ReceiverAuthenticator receivers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SsfPaths.claims(request) || SsfPaths.isPublic(request.getUriInfo())) {
            return;
        }
        String token =
                request.getHeaderString(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Optional<StreamOwner> owner = receivers.authenticate(token);
        if (owner.isEmpty()) {
            request.abortWith(ProblemResponses.builder(401, "Unknown or revoked receiver token")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"")
                    .build());
            return;
        }
        request.setProperty(OWNER, owner.get());
    }

    /** Who manages streams in this request: the receiver this filter authenticated, else the admin. */
    static StreamOwner owner(ContainerRequestContext request) {
        if (request.getProperty(OWNER) instanceof StreamOwner owner) {
            return owner;
        }
        AdminCaller.of(request); // throws unless the admin filter authenticated the request
        return StreamOwner.ADMIN;
    }
}
