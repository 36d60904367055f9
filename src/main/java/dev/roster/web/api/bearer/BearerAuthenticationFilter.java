package dev.roster.web.api.bearer;

import dev.roster.web.api.problem.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * A feature's authentication of the {@code /api/v1} paths it claims with a bearer token it issued (RFC 6750): the
 * header is read, the token turned into the caller by the feature, and a request without a token or with an
 * unknown one refused alike for every feature, 401 problem+json with a {@code WWW-Authenticate} challenge. The
 * caller is kept on the request for the resources ({@link #callerOf}).
 *
 * <p>A subclass is the JAX-RS provider: it carries {@code @Provider}, its scope, {@code @PreMatching} and
 * {@code @Priority(Priorities.AUTHENTICATION)}, and is the feature's {@code ApiFeature.authenticator()}.
 *
 * @param <C> who a valid token names
 */
public abstract class BearerAuthenticationFilter<C> implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final Class<C> callerType;
    private final String challenge;
    private final String missingToken;
    private final String unknownToken;

    /**
     * @param realm the challenge's realm, one per feature
     * @param missingToken the refusal's detail without a bearer token: which token to send
     * @param unknownToken the refusal's detail for a token that names no caller (unknown, revoked, malformed)
     */
    protected BearerAuthenticationFilter(Class<C> callerType, String realm, String missingToken, String unknownToken) {
        this.callerType = callerType;
        this.challenge = "Bearer realm=\"" + realm + "\"";
        this.missingToken = missingToken;
        this.unknownToken = unknownToken;
    }

    /** Whether this filter authenticates the request; any other it leaves to the next. */
    protected abstract boolean guards(ContainerRequestContext request);

    /** The caller the token names; empty for an unknown, revoked or malformed token. */
    protected abstract Optional<C> authenticate(String token);

    @Override
    public void filter(ContainerRequestContext request) {
        if (!guards(request)) {
            return;
        }
        if (!hasBearerToken(request)) {
            request.abortWith(ProblemResponses.builder(401, missingToken)
                    .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                    .build());
            return;
        }
        String token = request.getHeaderString(HttpHeaders.AUTHORIZATION)
                .substring(SCHEME.length())
                .strip();
        Optional<C> caller = authenticate(token);
        if (caller.isEmpty()) {
            request.abortWith(ProblemResponses.builder(401, unknownToken)
                    .header(HttpHeaders.WWW_AUTHENTICATE, challenge + ", error=\"invalid_token\"")
                    .build());
            return;
        }
        request.setProperty(property(callerType), caller.get());
    }

    /** Whether the request sends {@code Authorization: Bearer …} (the scheme in any case). */
    public static boolean hasBearerToken(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The caller a bearer filter authenticated the request as; empty when none did. */
    public static <C> Optional<C> callerOf(ContainerRequestContext request, Class<C> callerType) {
        return Optional.ofNullable(request.getProperty(property(callerType)))
                .filter(callerType::isInstance)
                .map(callerType::cast);
    }

    /** One request property per kind of caller, so no feature can read another's caller as its own. */
    private static String property(Class<?> callerType) {
        return BearerAuthenticationFilter.class.getName() + "." + callerType.getName();
    }
}
