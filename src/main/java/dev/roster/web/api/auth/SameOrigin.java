package dev.roster.web.api.auth;

import java.net.URI;
import java.util.Locale;

/**
 * Whether a browser's {@code Origin} header names Roster itself: the configured public URL, or the host the
 * request was sent to. Scripts send no Origin and always pass. This refuses cross-site unsafe requests even
 * when a browser would attach credentials on its own (a cached Basic login).
 */
final class SameOrigin {

    private SameOrigin() {}

    static boolean isSameOrigin(String origin, String publicUrl, String hostHeader) {
        if (origin == null) {
            return true;
        }
        if (origin.isBlank() || origin.equals("null")) {
            return false;
        }
        try {
            URI presented = URI.create(origin.trim());
            if (presented.getHost() == null) {
                return false;
            }
            return originOf(presented).equals(originOf(URI.create(publicUrl)))
                    || (hostHeader != null && hostPort(presented).equalsIgnoreCase(hostHeader.trim()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String originOf(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
    }

    private static String hostPort(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
}
