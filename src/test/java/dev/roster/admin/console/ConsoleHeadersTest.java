package dev.roster.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleHeadersTest {

    private static List<String> directives() {
        return Arrays.stream(ConsoleHeaders.CONTENT_SECURITY_POLICY.split(";"))
                .map(String::trim)
                .toList();
    }

    @Test
    void scriptsAndStylesComeFromTheWarOnlyAndNeverInline() {
        assertTrue(directives().contains("script-src 'self'"));
        assertTrue(directives().contains("style-src 'self'"));
        assertTrue(directives().contains("default-src 'none'"));
        assertFalse(ConsoleHeaders.CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
        assertFalse(ConsoleHeaders.CONTENT_SECURITY_POLICY.contains("unsafe-eval"));
        assertFalse(ConsoleHeaders.CONTENT_SECURITY_POLICY.contains("http"), "no third-party origins (no CDN)");
    }

    @Test
    void theConsoleCannotBeFramedNorLeakItsAddress() {
        Map<String, String> headers = ConsoleHeaders.all();
        assertTrue(directives().contains("frame-ancestors 'none'"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("no-referrer", headers.get("Referrer-Policy"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    }

    @Test
    void nativeFormSubmitsAreRefusedSoAPasswordNeverLandsInAUrl() {
        assertTrue(directives().contains("form-action 'none'"));
    }

    @Test
    void domSinksThatParseMarkupAreLockedByTrustedTypes() {
        assertTrue(directives().contains("require-trusted-types-for 'script'"));
    }
}
