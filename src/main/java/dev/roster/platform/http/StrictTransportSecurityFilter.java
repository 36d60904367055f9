package dev.roster.platform.http;

import dev.roster.config.RosterConfig;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code Strict-Transport-Security} on every answer of the application when {@code roster.public-url} is
 * HTTPS: SCIM, the admin API, the console, resolution, errors and rejections alike. Set before anything
 * else runs, so no answer can leave without it; also on error dispatches.
 */
@WebFilter(
        filterName = "StrictTransportSecurity",
        urlPatterns = "/*",
        dispatcherTypes = {
            DispatcherType.REQUEST,
            DispatcherType.FORWARD,
            DispatcherType.INCLUDE,
            DispatcherType.ERROR,
            DispatcherType.ASYNC
        })
public class StrictTransportSecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RosterConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        TransportSecurity.strictTransportSecurity(config.publicUrl())
                .ifPresent(value -> response.setHeader(TransportSecurity.HSTS_HEADER, value));
        chain.doFilter(request, response);
    }
}
