package dev.roster.resolution.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.platform.SecretBox;
import dev.roster.resolution.core.Application;
import dev.roster.resolution.core.IdentityKey;
import org.junit.jupiter.api.Test;

/** Secret sealing, Looker URL rules and account marker validation. */
class RegistryPiecesTest {

    @Test
    void sealedSecretsOpenOnlyWithTheSameKeyAndRow() {
        SecretBox box = SecretBox.fromPassphrase("configured key");
        String sealed = box.seal("looker-secret", "repo-1");
        assertTrue(sealed.startsWith("v1:"));
        assertTrue(!sealed.contains("looker-secret"));
        assertNotEquals(sealed, box.seal("looker-secret", "repo-1"), "a fresh nonce every time");
        assertEquals("looker-secret", box.open(sealed, "repo-1"));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, "repo-2"), "bound to its row");
        assertThrows(
                IllegalStateException.class,
                () -> SecretBox.fromPassphrase("other").open(sealed, "repo-1"));
        // Change one character in the middle of the sealed text (every bit there counts; the last characters
        // of base64 may be padding bits that decode to the same bytes).
        int middle = sealed.length() / 2;
        String tampered =
                sealed.substring(0, middle) + (sealed.charAt(middle) == 'A' ? 'B' : 'A') + sealed.substring(middle + 1);
        assertThrows(IllegalStateException.class, () -> box.open(tampered, "repo-1"));
    }

    @Test
    void lookerUrlsAreHttpsOrLoopback() {
        assertEquals(
                "https://acme.cloud.looker.com", LookerApiUrls.normalize(" https://acme.cloud.looker.com/api/4.0/ "));
        assertEquals("https://looker.acme.com:19999", LookerApiUrls.normalize("https://looker.acme.com:19999"));
        assertEquals("http://127.0.0.1:8123", LookerApiUrls.normalize("http://127.0.0.1:8123/"));
        assertEquals("http://[::1]:8123", LookerApiUrls.normalize("http://[::1]:8123"));
        for (String bad : new String[] {
            "http://looker.acme.com",
            "ftp://x",
            "https://user:pw@looker.acme.com",
            "https://looker.acme.com?x=1",
            "not a url",
            "",
            "http://10.0.0.1"
        }) {
            assertThrows(RegistryException.class, () -> LookerApiUrls.normalize(bad), bad);
        }
    }

    @Test
    void accountMarkersMustBeUsable() {
        AccountSettings defaults = new AccountSettings(
                "svc", Application.TABLEAU, "i1", true, IdentityKey.USER_NAME, false, null, null, null, null);
        assertEquals("roster.enduser", defaults.markers().endUser());
        assertEquals(
                "acme.user",
                new AccountSettings(
                                "svc",
                                Application.TABLEAU,
                                "i1",
                                true,
                                IdentityKey.USER_NAME,
                                false,
                                null,
                                null,
                                "acme.user",
                                null)
                        .markers()
                        .endUser());
        assertThrows(
                IllegalArgumentException.class,
                () -> new AccountSettings(
                        "svc",
                        Application.CUSTOM,
                        "i1",
                        true,
                        IdentityKey.USER_NAME,
                        false,
                        null,
                        "RosterContext",
                        null,
                        null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AccountSettings(
                        "svc",
                        Application.CUSTOM,
                        "i1",
                        true,
                        IdentityKey.USER_NAME,
                        false,
                        "has -- dashes",
                        null,
                        null,
                        null));
    }

    @Test
    void namesAndTypes() {
        assertEquals("snowflake", RegistryService.type(" Snowflake "));
        assertThrows(RegistryException.class, () -> RegistryService.type("My SQL!"));
        assertThrows(RegistryException.class, () -> RegistryService.name(" ", "name"));
        assertThrows(RegistryException.class, () -> RegistryService.name("a\nb", "name"));
        assertEquals(Application.LOOKER, Application.fromWire("Looker").orElseThrow());
        assertEquals(IdentityKey.EMAIL, IdentityKey.fromWire("EMAIL").orElseThrow());
        assertEquals(IdentityKey.USER_NAME, IdentityKey.fromWire("username").orElseThrow());
    }
}
