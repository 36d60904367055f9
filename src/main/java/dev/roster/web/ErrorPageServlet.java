package dev.roster.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The WAR's error page ({@code WEB-INF/web.xml} sends every error the container raises here): an unknown path, a
 * method the default servlet does not serve, an exception escaping a servlet. Without it the runtime answers with
 * its own HTML page naming itself and its version. The answer speaks the language of the path's API
 * ({@link ErrorLanguage}), so a SCIM client never has to parse HTML; JAX-RS answers its own errors and never
 * comes here. Requested directly, the page is just another unknown path.
 */
@WebServlet(name = "ErrorPage", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error-page";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer number && number >= 400 ? number : HttpServletResponse.SC_NOT_FOUND;
        String requested = uri instanceof String failed ? failed : request.getRequestURI();
        String path = requested.substring(Math.min(request.getContextPath().length(), requested.length()));
        ErrorLanguage language = ErrorLanguage.of(path);
        byte[] body = language.body(status, detail(status)).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(language.mediaType() + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(body);
    }

    private static String detail(int status) {
        return switch (status) {
            case 403 -> "Not allowed on this path";
            case 404 -> "No such endpoint";
            case 405 -> "Method not allowed on this endpoint";
            case 500 -> "Internal error";
            case 501 -> "Method not implemented";
            default -> "The request failed with HTTP status " + status;
        };
    }
}
