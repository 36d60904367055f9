package dev.roster.admin.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers of every console page and asset. The console is plain ES modules and one stylesheet
 * from the WAR, so the policy can allow exactly "this origin" and nothing inline: an injected
 * {@code <script>} or {@code style=} attribute never runs, and Trusted Types make the DOM sinks that could
 * smuggle markup ({@code innerHTML} and friends) throw instead. Nobody may frame the console (clickjacking on
 * the Save and Disable buttons), and no page address leaks to other sites.
 */
public final class ConsoleHeaders {

    /** The Content-Security-Policy: everything from this origin only, nothing inline, no framing, no forms posted anywhere. */
    public static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "base-uri 'none'",
            // The console sends its forms with fetch; a form that fell back to a native submit (script failed to
            // load) would put the password into a URL, so native submits are refused.
            "form-action 'none'",
            "frame-ancestors 'none'",
            "require-trusted-types-for 'script'",
            "trusted-types 'none'");

    private static final Map<String, String> HEADERS = headers();

    private ConsoleHeaders() {}

    /** Header name → value, in a stable order. */
    public static Map<String, String> all() {
        return HEADERS;
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        // No build step means no content hashes in file names: revalidate every time (the default servlet
        // answers 304 from its ETag), so a deployed change is never hidden behind a stale module.
        headers.put("Cache-Control", "no-cache");
        return Collections.unmodifiableMap(headers);
    }
}
