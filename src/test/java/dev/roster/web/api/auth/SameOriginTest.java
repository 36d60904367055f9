package dev.roster.web.api.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestOriginsTest {

    private static final String PUBLIC_URL = "https://roster.example.com";

    @Test
    void scriptsWithoutOriginPass() {
        assertTrue(SameOrigin.isSameOrigin(null, PUBLIC_URL, "roster.example.com"));
    }

    @Test
    void theConfiguredPublicOriginPassesWithOrWithoutDefaultPort() {
        assertTrue(SameOrigin.isSameOrigin("https://roster.example.com", PUBLIC_URL, "internal:8080"));
        assertTrue(SameOrigin.isSameOrigin("https://ROSTER.example.com:443", PUBLIC_URL, null));
    }

    @Test
    void theHostTheRequestWasSentToPasses() {
        assertTrue(SameOrigin.isSameOrigin("http://localhost:8080", PUBLIC_URL, "localhost:8080"));
    }

    @Test
    void otherOriginsAreRefused() {
        assertFalse(SameOrigin.isSameOrigin("https://evil.example", PUBLIC_URL, "roster.example.com"));
        assertFalse(SameOrigin.isSameOrigin("http://roster.example.com", PUBLIC_URL, "roster.example.com:443"));
        assertFalse(SameOrigin.isSameOrigin("null", PUBLIC_URL, "roster.example.com"));
        assertFalse(SameOrigin.isSameOrigin("not a url", PUBLIC_URL, "roster.example.com"));
    }
}
