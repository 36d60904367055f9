package dev.roster.resolution.rest;

import dev.roster.resolution.apikeys.ApiKeyAuthenticator;
import dev.roster.web.ServletAnswers;
import dev.roster.web.api.SecurityHeadersFilter;
import dev.roster.web.api.problem.ApiProblem;
import dev.roster.web.api.problem.ProblemResponses;
import dev.roster.web.api.problem.ProblemTypes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves {@code POST /api/v1/resolve}, the hot path, as a plain servlet: the exact mapping wins over the API
 * JAX-RS application's {@code /api/v1/*}, and skips JAX-RS routing, its filters and CDI request-scoped resources,
 * which cost more CPU than resolving. It does what the JAX-RS pipeline would: API-key authentication (the same
 * {@link ApiKeyAuthenticator} as {@link ResolutionAuthenticationFilter}), the admin API's security headers,
 * problem+json errors, 405/415. {@link ResolveResource} documents the same contract in {@code /openapi}.
 */
@WebServlet(urlPatterns = "/api/v1/resolve", loadOnStartup = 1)
public class ResolveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ResolveServlet.class.getName());
    private static final String CHALLENGE = "Bearer realm=\"roster-resolution\"";

    @Inject
    transient ResolveHandler handler;

    @Inject
    transient ApiKeyAuthenticator keys;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.HEADERS.forEach(response::setHeader);
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            problem(response, ProblemTypes.BLANK, 405, "Method not allowed on this endpoint");
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            problem(
                    response,
                    ProblemTypes.BLANK,
                    401,
                    "Send an API key issued by the admin: Authorization: Bearer rsrk_…");
            return;
        }
        Optional<ApiKeyAuthenticator.Caller> caller =
                keys.authenticate(authorization.substring(7).strip());
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
            problem(response, ProblemTypes.BLANK, 401, "Unknown or revoked API key");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null
                && !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            problem(response, ProblemTypes.BLANK, 415, "Send request bodies as application/json");
            return;
        }
        String answer;
        try {
            answer = handler.resolve(
                    ResolveHandler.readBody(request.getInputStream()),
                    caller.get().scope());
        } catch (ApiProblem p) {
            problem(response, p.type(), p.status(), p.getMessage());
            return;
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected resolution failure, reference " + reference, e);
            problem(response, ProblemTypes.BLANK, 500, "Internal error, reference " + reference);
            return;
        }
        ServletAnswers.write(response, 200, "application/json", answer);
    }

    private static void problem(HttpServletResponse response, String type, int status, String detail)
            throws IOException {
        // RFC 9110 names 413 "Content Too Large"; JAX-RS still knows it by its older reason phrase.
        String title = status == 413 ? "Content Too Large" : null;
        ServletAnswers.write(
                response, status, ProblemResponses.MEDIA_TYPE, ProblemResponses.body(type, status, title, detail));
    }
}
