package dev.roster.web.auth.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashing and verification of admin passwords with the platform's {@link Pbkdf2PasswordHash}
 * (Jakarta Security), at an iteration count that makes offline guessing expensive. A stored hash carries its
 * own parameters ({@code algorithm:iterations:salt:hash}), so hashes made with older parameters keep
 * verifying, and {@link #needsRehash} tells which ones to replace once the password is at hand.
 */
@ApplicationScoped
public class AdminPasswords {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256; 120,000 before. */
    static final int ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final int GENERATED_PASSWORD_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
    }

    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return passwordHash.verify(password.toCharArray(), storedHash);
    }

    /**
     * Whether a stored hash was made with weaker parameters than today's (another algorithm, fewer
     * iterations, a shorter salt or key), so it should be replaced after the next successful check.
     */
    public static boolean needsRehash(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS
                    || Base64.getDecoder().decode(parts[2]).length < SALT_BYTES
                    || Base64.getDecoder().decode(parts[3]).length < KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** A random password for the first start: 144 bits, URL-safe so it copies cleanly from a log. */
    public static String generate() {
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
