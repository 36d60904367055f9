package dev.roster.admin.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The application's root ({@code ""} maps exactly the context root) and {@code /console} without its slash
 * lead to the console. The console resolves the admin API relative to its own address, so it must be
 * opened as {@code …/console/}.
 */
@WebServlet(name = "ConsoleEntry", urlPatterns = {"", ConsoleEntryServlet.CONSOLE_PATH})
public class ConsoleEntryServlet extends HttpServlet {

    static final String CONSOLE_PATH = "/console";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleHeaders.all().forEach(response::setHeader);
        // A relative Location keeps whatever scheme and host the browser used (a proxy's, say).
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + CONSOLE_PATH + "/");
    }

    // No doHead override: HttpServlet answers HEAD through doGet already, and Payara 6.2025.10's OpenAPI
    // scanner fails on a servlet that declares doHead (NPE in OperationImpl.merge: /openapi answers 500).
}
