package dev.roster.integration;

import dev.roster.platform.persistence.SecretDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Generation and hashing of bearer tokens. Tokens carry 256 bits from the platform CSPRNG behind a
 * recognisable prefix, so a leaked one is easy to spot in logs and secret scanners. Because they are
 * high-entropy, a single SHA-256 is the right hash: a slow password hash would add latency to every SCIM
 * request without adding security.
 */
public final class SecretTokens {

    /** Prefix of SCIM bearer tokens. */
    public static final String SCIM_TOKEN_PREFIX = "rsct_";
    /** Prefix of OAuth client secrets. */
    public static final String CLIENT_SECRET_PREFIX = "rscs_";
    /** Prefix of OAuth access tokens issued by the client-credentials endpoint. */
    public static final String ACCESS_TOKEN_PREFIX = "rsat_";

    private static final int TOKEN_BYTES = 32;
    private static final int HINT_LENGTH = 9;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {}

    /** A new token: prefix + 43 characters of unpadded base64url (256 bits). */
    public static String generate(String prefix) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of the token, the only form that is stored. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** What is stored of the token: its hash and hint. */
    public static SecretDigest digest(String token) {
        return new SecretDigest(hash(token), hint(token));
    }

    /** Constant-time comparison of two hex hashes. */
    public static boolean hashesEqual(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** The first characters of a token, safe to show: enough to tell tokens apart, far too few to guess one. */
    public static String hint(String token) {
        return token.length() <= HINT_LENGTH ? "…" : token.substring(0, HINT_LENGTH) + "…";
    }
}
