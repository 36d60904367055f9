package dev.roster.resolution.rest;

import jakarta.ws.rs.core.UriInfo;
import java.util.regex.Pattern;

/**
 * The resolution endpoints inside {@code /api/v1}: they authenticate with API keys, not as the admin. Both
 * authentication filters ask this, so each request is checked by exactly one of them.
 */
public final class ResolutionPaths {

    /** {@code resolve} and {@code integrations/{id}/identities/{key}}, with any slashes around them. */
    private static final Pattern RESOLUTION = Pattern.compile("/*(?:resolve|integrations/[^/]+/identities/[^/]+)/*");

    private ResolutionPaths() {}

    /**
     * Whether the request is for a resolution endpoint. Both the encoded and the decoded path must say so: a path
     * that only looks like one in one form (an encoded slash) is left to the admin filter, which demands admin
     * credentials.
     */
    public static boolean isResolution(UriInfo uri) {
        return isResolution(uri.getPath(false)) && isResolution(uri.getPath(true));
    }

    /** @param path the request path relative to {@code /api/v1}, encoded, with or without slashes around it */
    public static boolean isResolution(String path) {
        return RESOLUTION.matcher(path).matches();
    }
}
