package dev.roster.resolution.registry;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks and normalises a Looker API base URL: the instance's host (and API port) without {@code /api/4.0}.
 * HTTPS only, since the client secret travels in it, except to a loopback address (a local proxy, a test stub).
 * No credentials or query in the URL.
 */
public final class LookerApiUrls {

    private LookerApiUrls() {}

    public static String normalize(String value) {
        if (value == null || value.isBlank()) {
            throw RegistryException.invalid("looker.apiUrl is required");
        }
        String text = value.strip();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.toLowerCase(Locale.ROOT).endsWith("/api/4.0")) {
            text = text.substring(0, text.length() - "/api/4.0".length());
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw RegistryException.invalid("looker.apiUrl is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || text.length() > 500) {
            throw RegistryException.invalid("looker.apiUrl must be https://host[:port] of the Looker instance");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw RegistryException.invalid("looker.apiUrl must use https (plain http only to a loopback address)");
        }
        return text;
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false; // a name: never resolved here
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
