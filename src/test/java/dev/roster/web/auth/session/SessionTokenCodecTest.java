package dev.roster.web.auth.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTokenCodecTest {

    private static final byte[] KEY = key(1);
    private static final SessionToken TOKEN = new SessionToken(
            "c2Vzc2lvbi1pZC0xMjM0NQ", "admin", 1_700_000_000_000L, 1_700_000_060_000L, "0123456789abcdef");

    private final SessionTokenCodec codec = new SessionTokenCodec(KEY);

    @Test
    void decodeReturnsWhatWasEncoded() {
        String encoded = codec.encode(TOKEN);
        assertTrue(encoded.startsWith("v1."), encoded);
        assertEquals(Optional.of(TOKEN), codec.decode(encoded));
    }

    @Test
    void decodeKeepsUsernamesWithDotsAndNonAscii() {
        SessionToken token = new SessionToken("sid", "jürgen.o'neil|x", 1, 2, "stamp");
        assertEquals(Optional.of(token), codec.decode(codec.encode(token)));
    }

    @Test
    void decodeRefusesATokenSignedWithAnotherKey() {
        String foreign = new SessionTokenCodec(key(2)).encode(TOKEN);
        assertEquals(Optional.empty(), codec.decode(foreign));
    }

    @Test
    void decodeRefusesAChangedPayloadEvenWithAValidLookingSignature() {
        String encoded = codec.encode(TOKEN);
        String[] parts = encoded.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String extended = payload.replace(".1700000060000.", ".9999999999999.");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(extended.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertEquals(Optional.empty(), codec.decode(tampered));
    }

    @Test
    void decodeRefusesATruncatedSignature() {
        String encoded = codec.encode(TOKEN);
        assertEquals(Optional.empty(), codec.decode(encoded.substring(0, encoded.length() - 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "v1", "v1.", "v1..", "v2.AAAA.BBBB", "v1.AAAA.BBBB", "v1.!!!.###", "garbage"})
    void decodeAnswersEmptyForMalformedValues(String value) {
        assertEquals(Optional.empty(), codec.decode(value));
    }

    @Test
    void decodeAnswersEmptyForNullAndHugeValues() {
        assertEquals(Optional.empty(), codec.decode(null));
        char[] huge = new char[5000];
        Arrays.fill(huge, 'a');
        assertEquals(Optional.empty(), codec.decode("v1." + new String(huge)));
    }

    @Test
    void csrfTokenIsPerSessionAndChecksInConstantTimeShape() {
        String csrf = codec.csrfToken(TOKEN.sessionId());
        assertEquals(csrf, codec.csrfToken(TOKEN.sessionId()), "derived, so every node computes the same");
        assertNotEquals(csrf, codec.csrfToken("another-session"));
        assertNotEquals(csrf, new SessionTokenCodec(key(2)).csrfToken(TOKEN.sessionId()));
        assertTrue(codec.csrfMatches(TOKEN.sessionId(), csrf));
        assertFalse(codec.csrfMatches(TOKEN.sessionId(), csrf + "x"));
        assertFalse(codec.csrfMatches(TOKEN.sessionId(), null));
        assertFalse(codec.csrfMatches(TOKEN.sessionId(), ""));
        assertFalse(codec.encode(TOKEN).contains(csrf), "the cookie does not carry the CSRF token");
    }

    @Test
    void keysShorterThan256BitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SessionTokenCodec(new byte[16]));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return key;
    }
}
