package dev.roster.events.api;

import dev.roster.web.api.bearer.BearerAuthenticationFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * Which {@code /api/v1} requests the events feature authenticates itself: the transmitter's public documents
 * (configuration and JWKS, no credentials at all), and every SSF request that carries a bearer token (a receiver's).
 * SSF requests with the admin's credentials stay with the admin authentication. Both the feature and its filter
 * ask this, so each request is checked by exactly one filter.
 */
final class SsfPaths {

    static final String ROOT = "ssf";
    static final String CONFIGURATION = ROOT + "/configuration";
    static final String JWKS = ROOT + "/jwks";

    private SsfPaths() {}

    /** Whether the events filter, not the admin's, authenticates the request. */
    static boolean claims(ContainerRequestContext request) {
        return isPublic(request.getUriInfo())
                || isSsf(request.getUriInfo()) && BearerAuthenticationFilter.hasBearerToken(request);
    }

    /**
     * The documents anyone may read. Both the encoded and the decoded path must say so: one that only looks like
     * it in one form (an encoded slash) is left to the admin filter, which demands credentials.
     */
    static boolean isPublic(UriInfo uri) {
        return isPublic(trim(uri.getPath(false))) && isPublic(trim(uri.getPath(true)));
    }

    /** Whether the request is for an SSF endpoint, in both forms of its path. */
    static boolean isSsf(UriInfo uri) {
        return isSsf(trim(uri.getPath(false))) && isSsf(trim(uri.getPath(true)));
    }

    private static boolean isPublic(String path) {
        return path.equals(CONFIGURATION) || path.equals(JWKS);
    }

    private static boolean isSsf(String path) {
        return path.equals(ROOT) || path.startsWith(ROOT + "/");
    }

    /** The path relative to {@code /api/v1} without the slashes around it. */
    static String trim(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
