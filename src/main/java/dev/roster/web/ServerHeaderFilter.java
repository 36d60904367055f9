package dev.roster.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Names Roster, not the runtime, in the {@code Server} header of every answer from this application: Payara puts
 * its own name there before any filter runs, and a servlet cannot remove a header, only replace it. (On Payara the
 * header could also be switched off in the server configuration; this needs none and holds on any container that
 * sets it before the application.)
 */
@WebFilter(
        filterName = "ServerHeader",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class ServerHeaderFilter extends HttpFilter {

    static final String SERVER = "Roster";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Server", SERVER);
        chain.doFilter(request, response);
    }
}
