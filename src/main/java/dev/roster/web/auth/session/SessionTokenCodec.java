package dev.roster.web.auth.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Session cookies as {@code v1.<payload>.<signature>}: the payload is base64url text
 * {@code sessionId.username(b64).issuedAt.lastSeenAt.accountStamp}; the signature is HMAC-SHA256 over
 * {@code v1.<payload>} with the shared server key. Decoding checks the signature (in constant time) before
 * reading anything, and answers empty for anything malformed, so callers have one failure to handle.
 */
public final class SessionTokenCodec {

    static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public SessionTokenCodec(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("The session key must have at least 256 bits");
        }
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String encode(SessionToken token) {
        String payload =
                token.sessionId() + "." + B64.encodeToString(token.username().getBytes(StandardCharsets.UTF_8)) + "."
                        + token.issuedAt() + "." + token.lastSeenAt() + "." + token.accountStamp();
        String signed = VERSION + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return signed + "." + B64.encodeToString(mac(signed));
    }

    public Optional<SessionToken> decode(String value) {
        if (value == null || value.length() > 1024) {
            return Optional.empty();
        }
        int lastDot = value.lastIndexOf('.');
        if (lastDot < 0 || !value.startsWith(VERSION + ".")) {
            return Optional.empty();
        }
        String signed = value.substring(0, lastDot);
        try {
            byte[] presented = B64_DECODER.decode(value.substring(lastDot + 1));
            if (!MessageDigest.isEqual(presented, mac(signed))) {
                return Optional.empty();
            }
            String payload =
                    new String(B64_DECODER.decode(signed.substring(VERSION.length() + 1)), StandardCharsets.UTF_8);
            String[] fields = payload.split("\\.", -1);
            if (fields.length != 5 || fields[0].isEmpty() || fields[4].isEmpty()) {
                return Optional.empty();
            }
            String username = new String(B64_DECODER.decode(fields[1]), StandardCharsets.UTF_8);
            return Optional.of(new SessionToken(
                    fields[0], username, Long.parseLong(fields[2]), Long.parseLong(fields[3]), fields[4]));
        } catch (IllegalArgumentException e) {
            // Bad base64 or a non-number: a forged or damaged cookie, same as a bad signature.
            return Optional.empty();
        }
    }

    /**
     * The session's CSRF token: derived, not stored, so any node can check it. Knowing it does not help to
     * forge a cookie (a different HMAC input), and a cross-site page cannot read it.
     */
    public String csrfToken(String sessionId) {
        return B64.encodeToString(mac("csrf." + sessionId));
    }

    public boolean csrfMatches(String sessionId, String presented) {
        return presented != null
                && MessageDigest.isEqual(
                        csrfToken(sessionId).getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
