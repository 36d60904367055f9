package dev.roster.admin.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's root leads to the console, which resolves the admin API relative to its own address and
 * so must be opened as {@code …/console/}. A filter rather than a servlet on the empty pattern: with that
 * servlet, Payara 6.2025.10's OpenAPI scanner failed (NPE in OperationImpl.merge) and /openapi answered 500.
 */
@WebFilter(filterName = "ConsoleEntry", urlPatterns = "/")
public class ConsoleEntryFilter extends HttpFilter {

    static final String CONSOLE_PATH = "/console";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.isEmpty() || path.equals("/"))
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        redirectToConsole(request, response);
    }

    static void redirectToConsole(HttpServletRequest request, HttpServletResponse response) {
        ConsoleHeaders.all().forEach(response::setHeader);
        // A relative Location keeps whatever scheme and host the browser used (a proxy's, say).
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + CONSOLE_PATH + "/");
    }
}
