package dev.roster.platform.http;

import dev.roster.config.RosterConfig;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code roster.public-url} implies for transport security: HTTPS gets {@code Strict-Transport-Security};
 * plain HTTP anywhere but on this machine deserves a warning, because the console's session cookie then
 * travels without {@code Secure} ({@code SessionCookies}).
 */
public final class TransportSecurity {

    public static final String HSTS_HEADER = "Strict-Transport-Security";

    /**
     * One year, the usual value. Without {@code includeSubDomains}: the host may share its domain with
     * other applications that Roster cannot speak for; an operator who can may add it (and {@code preload})
     * at the proxy.
     */
    static final String HSTS_VALUE = "max-age=31536000";

    private TransportSecurity() {}

    /** The {@code Strict-Transport-Security} value for every answer, when the public URL is HTTPS. */
    public static Optional<String> strictTransportSecurity(String publicUrl) {
        return RosterConfig.isHttps(publicUrl) ? Optional.of(HSTS_VALUE) : Optional.empty();
    }

    /** The start-up warning, when the public URL is plain HTTP on a host other than this machine. */
    public static Optional<String> insecureCookieWarning(String publicUrl, String key) {
        if (RosterConfig.isHttps(publicUrl) || isLoopback(hostOf(publicUrl))) {
            return Optional.empty();
        }
        return Optional.of(key + " is " + publicUrl + ", plain HTTP to a host other than this machine: the console's "
                + "session cookie is not Secure, so anyone on the network path can read it and act as the signed-in "
                + "admin. Serve Roster over HTTPS (a TLS-terminating proxy is fine) and set " + key
                + " to the https:// address.");
    }

    private static String hostOf(String publicUrl) {
        try {
            return URI.create(publicUrl.trim()).getHost();
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** {@code localhost} (and its subdomains, RFC 6761) or a loopback literal; other names are not looked up. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        return IpAddresses.parse(name).map(InetAddress::isLoopbackAddress).orElse(false);
    }
}
