package dev.roster.scim.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.Keyset;
import dev.roster.scim.spi.ListingKey;
import dev.roster.scim.spi.ResourceType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class CursorCodecTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final CursorCodec.Binding OKTA_USERS = new CursorCodec.Binding("okta", "/Users", "\n");

    private final CursorCodec codec = codecAt(NOW);

    private static CursorCodec codecAt(Instant now) {
        return new CursorCodec(KEY, 600, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void everyWindowComesBackAsItWasIssued() {
        String id = "01a25124-04fe-7a94-9944-dd508f18cd79";
        for (Object sortValue :
                Arrays.asList(null, "jensen", "", "ümlaut \"quoted\" . dots", 42L, -0.5, 1e300, true, false)) {
            for (Keyset keyset : List.of(
                    Keyset.after(new ListingKey(sortValue, 1_800_000_000_123L, id)),
                    Keyset.before(new ListingKey(sortValue, 5, id)))) {
                CursorCodec.Cursor cursor = new CursorCodec.Cursor(ResourceType.GROUP, keyset);
                String text = codec.encode(cursor, OKTA_USERS);
                assertTrue(text.matches("[A-Za-z0-9_.-]+"), "RFC 3986 unreserved characters only: " + text);
                assertEquals(cursor, codec.decode(text, OKTA_USERS));
            }
        }
        CursorCodec.Cursor first = new CursorCodec.Cursor(ResourceType.USER, Keyset.first());
        assertEquals(first, codec.decode(codec.encode(first, OKTA_USERS), OKTA_USERS));
        CursorCodec.Cursor fromTheEnd = new CursorCodec.Cursor(ResourceType.USER, new Keyset(true, null));
        assertEquals(fromTheEnd, codec.decode(codec.encode(fromTheEnd, OKTA_USERS), OKTA_USERS));
    }

    @Test
    void aCursorOfAnotherIntegrationListingOrQueryIsInvalid() {
        String cursor = codec.encode(
                new CursorCodec.Cursor(ResourceType.USER, Keyset.after(new ListingKey(null, 7, "u1"))), OKTA_USERS);
        assertInvalid(() -> codec.decode(cursor, new CursorCodec.Binding("entra", "/Users", "\n")));
        assertInvalid(() -> codec.decode(cursor, new CursorCodec.Binding("okta", "/Groups", "\n")));
        assertInvalid(() -> codec.decode(cursor, new CursorCodec.Binding("okta", "/Users", "userName sw \"a\"\n")));
        assertInvalid(() -> codec.decode(cursor, new CursorCodec.Binding("okta", "/Users", "\nusername")));
        // The binding's parts cannot be shifted into each other.
        assertInvalid(() -> codec.decode(cursor, new CursorCodec.Binding("okta\n6:/Users", "", "\n")));
    }

    @Test
    void aTamperedOrForgedCursorIsInvalid() {
        String cursor = codec.encode(
                new CursorCodec.Cursor(ResourceType.USER, Keyset.after(new ListingKey("a", 7, "u1"))), OKTA_USERS);
        int dot = cursor.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
        String otherPosition = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("\"u1\"", "\"u2\"").getBytes(StandardCharsets.UTF_8));
        assertInvalid(() -> codec.decode(otherPosition + cursor.substring(dot), OKTA_USERS));
        char last = cursor.charAt(cursor.length() - 1);
        assertInvalid(() ->
                codec.decode(cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A'), OKTA_USERS));
        assertInvalid(() -> new CursorCodec(
                        "another key, 32 bytes long......".getBytes(StandardCharsets.US_ASCII),
                        600,
                        Clock.fixed(NOW, ZoneOffset.UTC))
                .decode(cursor, OKTA_USERS));
        for (String garbage : List.of("", ".", "abc", "abc.def", "%%%.***", "a".repeat(CursorCodec.MAX_LENGTH + 1))) {
            assertInvalid(() -> codec.decode(garbage, OKTA_USERS));
        }
    }

    @Test
    void aCursorHasExactlyOneSpelling() {
        // A 32-byte signature leaves 2 unused bits in its last base64 character: a lenient decoder would take
        // up to 4 spellings of one cursor, and a test that flips that character would pass by luck.
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int n = 0; n < 64; n++) {
            String cursor = codec.encode(
                    new CursorCodec.Cursor(ResourceType.USER, Keyset.after(new ListingKey(null, n, "u" + n))),
                    OKTA_USERS);
            String signed = cursor.substring(0, cursor.length() - 1);
            for (char other : alphabet.toCharArray()) {
                if (other != cursor.charAt(cursor.length() - 1)) {
                    assertInvalid(() -> codec.decode(signed + other, OKTA_USERS));
                }
            }
        }
    }

    @Test
    void aCursorOlderThanTheTimeoutHasExpired() {
        String cursor = codec.encode(new CursorCodec.Cursor(ResourceType.USER, Keyset.first()), OKTA_USERS);
        codecAt(NOW.plusSeconds(600)).decode(cursor, OKTA_USERS);
        ScimException expired = assertThrows(
                ScimException.class, () -> codecAt(NOW.plusSeconds(601)).decode(cursor, OKTA_USERS));
        assertEquals(400, expired.status());
        assertEquals(ScimErrorType.EXPIRED_CURSOR, expired.scimType());
        assertEquals("expiredCursor", expired.scimType().wireName());
        assertTrue(expired.detail().contains("600 seconds"), expired.detail());
    }

    private static void assertInvalid(Executable decode) {
        ScimException e = assertThrows(ScimException.class, decode);
        assertEquals(400, e.status());
        assertEquals("invalidCursor", e.scimType().wireName());
        assertEquals(CursorCodec.invalid().detail(), e.detail(), "one answer for every invalid cursor");
    }
}
