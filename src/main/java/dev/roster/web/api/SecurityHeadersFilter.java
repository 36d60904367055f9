package dev.roster.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Headers on every admin answer. Everything here is either a secret shown once or directory data, so
 * nothing may be cached anywhere ({@code no-store}); the answers are JSON, never to be sniffed as HTML,
 * framed, or to load anything.
 */
@Provider
public class SecurityHeadersFilter implements ContainerResponseFilter {

    /**
     * Header name → value; also set by the plain servlets that answer under {@code /api/v1} without JAX-RS.
     * {@link Map#of} has no order, and none is needed: each header stands alone.
     */
    public static final Map<String, String> HEADERS = Map.of(
            HttpHeaders.CACHE_CONTROL,
            "no-store",
            "Pragma",
            "no-cache",
            "X-Content-Type-Options",
            "nosniff",
            "X-Frame-Options",
            "DENY",
            "Referrer-Policy",
            "no-referrer",
            "Content-Security-Policy",
            "default-src 'none'; frame-ancestors 'none'");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        HEADERS.forEach(response.getHeaders()::putSingle);
    }
}
