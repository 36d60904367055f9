package dev.roster.admin.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's root and {@code /console} without its slash lead to the console, which resolves the admin
 * API relative to its own address and so must be opened as {@code …/console/}.
 *
 * <p>A filter rather than a servlet: Payara 6.2025.10's OpenAPI scanner treats servlets as operations and,
 * with more than one in the application, fails (NPE in OperationImpl.merge), and then /openapi answers 500.
 */
@WebFilter(filterName = "ConsoleEntry", urlPatterns = {"/", ConsoleEntryFilter.CONSOLE_PATH})
public class ConsoleEntryFilter extends HttpFilter {

    static final String CONSOLE_PATH = "/console";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.isEmpty() || path.equals("/") || path.equals(CONSOLE_PATH))
                || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        ConsoleHeaders.all().forEach(response::setHeader);
        // A relative Location keeps whatever scheme and host the browser used (a proxy's, say).
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + CONSOLE_PATH + "/");
    }
}
