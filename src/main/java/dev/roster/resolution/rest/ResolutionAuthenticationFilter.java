package dev.roster.resolution.rest;

import dev.roster.resolution.apikeys.ApiKeyAuthenticator;
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
 * Authenticates the resolution endpoints ({@link ResolutionPaths}) with an API key the admin issued:
 * {@code Authorization: Bearer rsrk_…}. Admin credentials and console sessions are not accepted there, and API
 * keys are not accepted anywhere else (the admin filter leaves exactly these paths to this one). The resources
 * read the key ({@link #caller}) for the integrations it may read.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ResolutionAuthenticationFilter extends BearerAuthenticationFilter<ApiKeyAuthenticator.Caller> {

    @Inject
    ApiKeyAuthenticator keys;

    public ResolutionAuthenticationFilter() {
        super(
                ApiKeyAuthenticator.Caller.class,
                "roster-resolution",
                "Send an API key issued by the admin: Authorization: Bearer rsrk_…",
                "Unknown or revoked API key");
    }

    @Override
    protected boolean guards(ContainerRequestContext request) {
        return ResolutionPaths.isResolution(request.getUriInfo());
    }

    @Override
    protected Optional<ApiKeyAuthenticator.Caller> authenticate(String key) {
        return keys.authenticate(key);
    }

    /** The API key this filter authenticated the request with. */
    static ApiKeyAuthenticator.Caller caller(ContainerRequestContext request) {
        return callerOf(request, ApiKeyAuthenticator.Caller.class)
                .orElseThrow(() -> new IllegalStateException("Resolution request without an authenticated API key"));
    }
}
