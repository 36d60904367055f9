package dev.roster.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parseSplitsAtTheFirstColonSoPasswordsMayContainColons() {
        assertEquals(
                Optional.of(new BasicCredentials("admin", "pa:ss:wörd")),
                BasicCredentials.parse(basic("admin:pa:ss:wörd")));
        assertEquals("", BasicCredentials.parse(basic("admin:")).orElseThrow().password());
    }

    @Test
    void parseIsCaseInsensitiveAboutTheScheme() {
        assertTrue(BasicCredentials.parse(
                        "basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)))
                .isPresent());
    }

    @Test
    void parseRefusesWhatIsNotBasicCredentials() {
        assertFalse(BasicCredentials.parse(null).isPresent());
        assertFalse(BasicCredentials.parse("Bearer abc").isPresent());
        assertFalse(BasicCredentials.parse("Basic ").isPresent());
        assertFalse(BasicCredentials.parse("Basic %%%").isPresent());
        assertFalse(BasicCredentials.parse(basic("no-colon")).isPresent());
        assertFalse(BasicCredentials.parse(basic(":password-only")).isPresent());
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertFalse(new BasicCredentials("admin", "hunter2").toString().contains("hunter2"));
    }
}
