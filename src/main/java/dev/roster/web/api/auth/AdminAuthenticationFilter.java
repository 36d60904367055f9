package dev.roster.web.api.auth;

import dev.roster.audit.AuditActor;
import dev.roster.audit.RequestOrigins;
import dev.roster.config.RosterConfig;
import dev.roster.web.api.ApiFeature;
import dev.roster.web.api.ApiFeatures;
import dev.roster.web.api.problem.ProblemResponses;
import dev.roster.web.api.problem.ProblemTypes;
import dev.roster.web.auth.AdminPrincipal;
import dev.roster.web.auth.AuthMethod;
import dev.roster.web.auth.BasicCredentials;
import dev.roster.web.auth.PasswordLogin;
import dev.roster.web.auth.session.AdminSessions;
import dev.roster.web.auth.session.SessionToken;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every {@code /api/v1} request except sign-in and the paths a feature authenticates itself
 * ({@link ApiFeature#authenticatesItself}), before matching (so unauthenticated callers
 * learn nothing about the API's paths):
 * <ul>
 * <li>{@code Authorization: Basic} for scripts, checked against {@code admin_account} with throttling;</li>
 * <li>otherwise the console's signed session cookie; unsafe methods must then carry the session's
 *     {@code X-CSRF-Token}.</li>
 * </ul>
 * Unsafe requests from a browser page on another origin are refused either way. A 401 carries the Basic
 * challenge only when the caller does not look like the console (no {@code X-Requested-With}, no session
 * cookie), so the console never triggers the browser's password dialog.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AdminAuthenticationFilter implements ContainerRequestFilter {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String SESSION_PATH = "session";
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Inject
    PasswordLogin passwordLogin;

    @Inject
    AdminSessions sessions;

    @Inject
    RosterConfig config;

    @Inject
    HttpServletRequest servletRequest;

    @Inject
    RequestOrigins origins;

    @Override
    public void filter(ContainerRequestContext request) {
        if (ApiFeatures.authenticatedByFeature(request)) {
            // A feature's own callers (resolution's API keys, SSF receivers' tokens) authenticate with that feature,
            // never as the admin.
            return;
        }
        if (!isSafe(request)
                && !SameOrigin.isSameOrigin(
                        request.getHeaderString("Origin"),
                        config.publicUrl(),
                        request.getHeaderString(HttpHeaders.HOST))) {
            request.abortWith(ProblemResponses.builder(
                            ProblemTypes.CSRF, 403, "Forbidden", "Cross-origin requests cannot change anything here")
                    .build());
            return;
        }
        if (isSignIn(request)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            authenticateBasic(request, authorization);
            return;
        }
        Cookie cookie = request.getCookies().get(sessions.cookies().name());
        if (cookie != null && !cookie.getValue().isEmpty()) {
            authenticateSession(request, cookie.getValue());
            return;
        }
        unauthorized(request, "Sign in: HTTP Basic with the admin credentials, or a console session");
    }

    private void authenticateBasic(ContainerRequestContext request, String authorization) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
        if (credentials.isEmpty()) {
            unauthorized(
                    request, "The admin API takes HTTP Basic credentials (username:password) or a console session");
            return;
        }
        String username = credentials.get().username();
        PasswordLogin.Result result = passwordLogin.login(
                username, credentials.get().password(), origins.current().address(), "HTTP Basic");
        if (result.outcome() == PasswordLogin.Outcome.THROTTLED) {
            request.abortWith(throttled(result.retryAfterSeconds()));
        } else if (result.outcome() == PasswordLogin.Outcome.INVALID) {
            unauthorized(request, "Wrong username or password");
        } else {
            accept(request, new AdminPrincipal(result.account().username(), AuthMethod.BASIC, null));
        }
    }

    private void authenticateSession(ContainerRequestContext request, String cookieValue) {
        Optional<SessionToken> session = sessions.verify(cookieValue);
        if (session.isEmpty()) {
            request.abortWith(ProblemResponses.builder(401, "The session has ended; sign in again")
                    .header(HttpHeaders.SET_COOKIE, sessions.cookies().clear())
                    .build());
            return;
        }
        if (!isSafe(request) && !sessions.csrfMatches(session.get(), request.getHeaderString(CSRF_HEADER))) {
            request.abortWith(ProblemResponses.builder(
                            ProblemTypes.CSRF,
                            403,
                            "Forbidden",
                            "Requests that change something must carry the session's " + CSRF_HEADER + " header")
                    .build());
            return;
        }
        accept(request, new AdminPrincipal(session.get().username(), AuthMethod.SESSION, session.get()));
    }

    private void accept(ContainerRequestContext request, AdminPrincipal principal) {
        AdminCaller.set(request, principal);
        AuditActor.set(servletRequest, principal.username());
    }

    private void unauthorized(ContainerRequestContext request, String detail) {
        Response.ResponseBuilder response = ProblemResponses.builder(401, detail);
        if (!looksLikeConsole(request)) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"roster-admin\", charset=\"UTF-8\"");
        }
        request.abortWith(response.build());
    }

    /** A Retry-After answer for a throttled client address or username from it; shared with the sign-in endpoint. */
    public static Response throttled(long retryAfterSeconds) {
        return ProblemResponses.builder(
                        ProblemTypes.SIGN_IN_THROTTLED,
                        429,
                        null,
                        "Too many failed sign-ins; try again in " + retryAfterSeconds + " s")
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    private boolean looksLikeConsole(ContainerRequestContext request) {
        return request.getHeaderString("X-Requested-With") != null
                || request.getCookies().containsKey(sessions.cookies().name());
    }

    private static boolean isSignIn(ContainerRequestContext request) {
        return HttpMethod.POST.equals(request.getMethod())
                && SESSION_PATH.equals(trimSlashes(request.getUriInfo().getPath()));
    }

    private static boolean isSafe(ContainerRequestContext request) {
        return SAFE_METHODS.contains(request.getMethod());
    }

    private static String trimSlashes(String path) {
        String trimmed = path;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
