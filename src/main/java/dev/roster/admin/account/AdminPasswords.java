package dev.roster.admin.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashing and verification of admin passwords with the platform's {@link Pbkdf2PasswordHash}
 * (Jakarta Security), at an iteration count that makes offline guessing expensive.
 */
@ApplicationScoped
public class AdminPasswords {

    private static final int GENERATED_PASSWORD_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return passwordHash.verify(password.toCharArray(), storedHash);
    }

    /** A random password for the first start: 144 bits, URL-safe so it copies cleanly from a log. */
    public static String generate() {
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
