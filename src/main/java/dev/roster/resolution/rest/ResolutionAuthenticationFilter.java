package dev.roster.resolution.rest;

import dev.roster.resolution.apikeys.ApiKeyAuthenticator;
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
 * Authenticates the resolution endpoints ({@link ResolutionPaths}) with an API key the admin issued:
 * {@code Authorization: Bearer rsrk_…}. Admin credentials and console sessions are not accepted there, and API
 * keys are not accepted anywhere else (the admin filter leaves exactly these paths to this one). The resources
 * read the key ({@link #caller}) for the integrations it may read.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ResolutionAuthenticationFilter implements ContainerRequestFilter {

    static final String CALLER = ResolutionAuthenticationFilter.class.getName() + ".caller";
    private static final String CHALLENGE = "Bearer realm=\"roster-resolution\"";

    @Inject
    ApiKeyAuthenticator keys;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!ResolutionPaths.isResolution(request.getUriInfo())) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(
                    ProblemResponses.builder(401, "Send an API key issued by the admin: Authorization: Bearer rsrk_…")
                            .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                            .build());
            return;
        }
        Optional<ApiKeyAuthenticator.Caller> caller =
                keys.authenticate(authorization.substring(7).strip());
        if (caller.isEmpty()) {
            request.abortWith(ProblemResponses.builder(401, "Unknown or revoked API key")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"")
                    .build());
            return;
        }
        request.setProperty(CALLER, caller.get());
    }

    /** The API key this filter authenticated the request with. */
    static ApiKeyAuthenticator.Caller caller(ContainerRequestContext request) {
        if (request.getProperty(CALLER) instanceof ApiKeyAuthenticator.Caller caller) {
            return caller;
        }
        throw new IllegalStateException("Resolution request without an authenticated API key");
    }
}
