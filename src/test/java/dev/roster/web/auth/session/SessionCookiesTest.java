package dev.roster.web.auth.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookiesTest {

    @Test
    void overHttpsTheCookieIsSecureWithTheHostPrefix() {
        SessionCookies cookies = new SessionCookies(true);
        assertEquals("__Host-roster-session=v1.x.y; Path=/; HttpOnly; SameSite=Strict; Secure", cookies.set("v1.x.y"));
    }

    @Test
    void overPlainHttpTheCookieCannotBeSecureAndDropsThePrefix() {
        SessionCookies cookies = new SessionCookies(false);
        assertEquals("roster-session", cookies.name());
        assertFalse(cookies.set("v").contains("Secure"));
        assertTrue(cookies.set("v").contains("HttpOnly; SameSite=Strict"));
    }

    @Test
    void clearingExpiresTheSameCookie() {
        String clear = new SessionCookies(true).clear();
        assertTrue(clear.startsWith("__Host-roster-session=;"));
        assertTrue(clear.contains("Max-Age=0") && clear.contains("Path=/") && clear.contains("Secure"));
    }
}
