package dev.roster.platform.http;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The addresses proxies recorded for a request, client first, nearest proxy last: {@code X-Forwarded-For}
 * when the request has one, else the {@code for=} parameters of RFC 7239 {@code Forwarded}. Entries come back
 * as written ({@code 192.0.2.7}, {@code [2001:db8::1]:4711}, {@code unknown}, {@code _hidden}); {@link #node}
 * reads one as an address.
 *
 * <p>Why one header and this order: nginx, HAProxy, Traefik, Envoy, Caddy and the cloud load balancers
 * append to {@code X-Forwarded-For}. A proxy that appends only to {@code Forwarded} leaves a client's own
 * {@code X-Forwarded-For} untouched, so such a proxy must drop that header (README, "Admin authentication").
 */
public final class ForwardedFor {

    private ForwardedFor() {}

    /**
     * @param xForwardedFor every {@code X-Forwarded-For} field of the request, in order
     * @param forwarded every {@code Forwarded} field of the request, in order
     */
    public static List<String> hops(List<String> xForwardedFor, List<String> forwarded) {
        List<String> hops = new ArrayList<>();
        for (String field : xForwardedFor) {
            for (String entry : field.split(",")) {
                if (!entry.isBlank()) {
                    hops.add(entry.trim());
                }
            }
        }
        if (!hops.isEmpty()) {
            return hops;
        }
        for (String field : forwarded) {
            for (String element : splitOutsideQuotes(field, ',')) {
                if (!element.isBlank()) {
                    hops.add(forOf(element));
                }
            }
        }
        return hops;
    }

    /**
     * One hop as an address: an IPv4 or IPv6 literal, optionally with a port ({@code 192.0.2.7:4711},
     * {@code [2001:db8::1]:4711}); null for {@code unknown}, obfuscated identifiers and anything else.
     */
    public static InetAddress node(String hop) {
        String value = hop.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            value = close < 0 ? "" : value.substring(1, close);
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':'));
        }
        return IpAddresses.parse(value).orElse(null);
    }

    /** The {@code for} value of one Forwarded element ({@code for=192.0.2.60;proto=https;by=...}); "" when it has none. */
    private static String forOf(String element) {
        for (String pair : splitOutsideQuotes(element, ';')) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                return unquote(pair.substring(equals + 1).trim());
            }
        }
        return "";
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    /** Splits at the separator except inside quoted strings (RFC 7230 quoted-string, backslash escapes). */
    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
