package dev.roster.events.api;

import dev.roster.config.RosterConfig;
import dev.roster.web.ServletAnswers;
import dev.roster.web.api.problem.ProblemResponses;
import dev.roster.web.api.problem.ProblemTypes;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /.well-known/ssf-configuration}: the transmitter metadata where SSF says a receiver looks for it (the
 * issuer has no path, so nothing follows the well-known name), outside {@code /api/v1} and so outside JAX-RS. No
 * credentials: the document only says where the endpoints and keys are. {@code GET /api/v1/ssf/configuration}
 * ({@link TransmitterResource}) answers the same and documents it in {@code /openapi}.
 */
@WebServlet(urlPatterns = SsfConfigurationServlet.PATH, loadOnStartup = 1)
public class SsfConfigurationServlet extends HttpServlet {

    static final String PATH = "/.well-known/ssf-configuration";
    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterConfig config;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            ServletAnswers.write(
                    response,
                    405,
                    ProblemResponses.MEDIA_TYPE,
                    ProblemResponses.body(ProblemTypes.BLANK, 405, null, "Method not allowed on this endpoint"));
            return;
        }
        ServletAnswers.write(
                response,
                200,
                "application/json",
                TransmitterMetadata.of(config.publicUrl()).toString());
    }
}
