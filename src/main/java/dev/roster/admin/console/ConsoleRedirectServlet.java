package dev.roster.admin.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /console} without its slash leads to the console with the console's headers. It must be an exact
 * servlet mapping: otherwise the container answers the directory with a bare 301 before any filter runs.
 * (The root is redirected by {@link ConsoleEntryFilter}: a servlet mapped to the empty pattern made Payara's
 * OpenAPI scanner fail.)
 */
@WebServlet(name = "ConsoleRedirect", urlPatterns = ConsoleEntryFilter.CONSOLE_PATH)
public class ConsoleRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleEntryFilter.redirectToConsole(request, response);
    }
}
