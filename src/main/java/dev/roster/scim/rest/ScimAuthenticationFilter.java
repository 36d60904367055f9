package dev.roster.scim.rest;

import dev.roster.integration.AuthenticatedIntegration;
import dev.roster.integration.BearerTokenAuthenticator;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.ratelimit.ScimRateLimiter;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;

/**
 * Every SCIM endpoint needs a bearer token; the token selects the integration whose directory the request
 * sees. Runs before matching, so unknown paths and wrong methods are not revealed to unauthenticated callers.
 * An authenticated request then takes a token from its integration's rate limit ({@link ScimRateLimiter}):
 * beyond it the answer is 429 with {@code Retry-After}, before any directory work is done.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ScimAuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "bearer ";

    @Inject
    BearerTokenAuthenticator authenticator;

    @Inject
    ScimCaller caller;

    @Inject
    ScimRateLimiter rateLimiter;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            abort(request, "Authorization header with a Bearer token is required");
            return;
        }
        if (header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            abort(request, "Authorization must use the Bearer scheme");
            return;
        }
        String token = header.substring(BEARER.length()).trim();
        var authenticated = authenticator.authenticate(token);
        if (authenticated.isEmpty()) {
            abort(request, "The bearer token is not valid");
            return;
        }
        AuthenticatedIntegration integration = authenticated.get();
        caller.authenticate(integration);
        OptionalLong retryAfter = rateLimiter.tryAcquire(integration.integrationId());
        if (retryAfter.isPresent()) {
            request.abortWith(ScimErrorResponses.tooManyRequests(
                    rateLimiter.policy().requestsPerSecond(), retryAfter.getAsLong(), ""));
        }
    }

    private static void abort(ContainerRequestContext request, String detail) {
        request.abortWith(ScimErrorResponses.of(ScimException.unauthorized(detail)));
    }
}
