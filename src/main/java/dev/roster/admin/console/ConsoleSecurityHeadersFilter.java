package dev.roster.admin.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link ConsoleHeaders} on everything under {@code /console/}, before the default servlet answers, so
 * even a 404 or a 304 carries them. The admin API sets its own (stricter, JSON-only) headers.
 */
@WebFilter(filterName = "ConsoleSecurityHeaders", urlPatterns = ConsoleEntryServlet.CONSOLE_PATH + "/*")
public class ConsoleSecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ConsoleHeaders.all().forEach(response::setHeader);
        chain.doFilter(request, response);
    }
}
