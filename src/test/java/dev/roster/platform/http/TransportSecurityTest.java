package dev.roster.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    private static final String KEY = "roster.public-url";

    @Test
    void httpsGetsStrictTransportSecurityForAYearWithoutSubdomains() {
        assertEquals(
                Optional.of("max-age=31536000"),
                TransportSecurity.strictTransportSecurity("https://roster.example.com"));
        assertEquals(
                Optional.of("max-age=31536000"),
                TransportSecurity.strictTransportSecurity("HTTPS://roster.example.com:8443/"));
        assertEquals(Optional.empty(), TransportSecurity.strictTransportSecurity("http://roster.example.com"));
    }

    @Test
    void plainHttpOnAnotherHostIsWarnedAbout() {
        for (String url : new String[] {
            "http://roster.example.com",
            "http://10.0.0.7:8080",
            "http://[2001:db8::7]:8080/",
            "http://roster.internal:8080",
            "http://localhost.example.com"
        }) {
            Optional<String> warning = TransportSecurity.insecureCookieWarning(url, KEY);
            assertTrue(warning.isPresent(), url);
            assertTrue(warning.get().contains(KEY) && warning.get().contains("not Secure"), warning.get());
        }
    }

    @Test
    void httpsOrThisMachineIsFine() {
        for (String url : new String[] {
            "https://roster.example.com",
            "http://localhost:8080",
            "http://LOCALHOST",
            "http://roster.localhost:8080",
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://[::1]:8080"
        }) {
            assertEquals(Optional.empty(), TransportSecurity.insecureCookieWarning(url, KEY), url);
        }
    }
}
