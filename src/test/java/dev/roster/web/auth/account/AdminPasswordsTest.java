package dev.roster.web.auth.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which stored hashes are replaced at the next successful sign-in (the format Jakarta Security's PBKDF2 writes). */
class AdminPasswordsTest {

    private static final String SALT = "c2FsdHNhbHRzYWx0c2FsdA==";
    private static final String KEY = "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=";

    @Test
    void hashesBelowTodaysIterationCountAreReplaced() {
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:120000:" + SALT + ":" + KEY));
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:599999:" + SALT + ":" + KEY));
        assertFalse(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:600000:" + SALT + ":" + KEY));
        assertFalse(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:1000000:" + SALT + ":" + KEY));
    }

    @Test
    void otherAlgorithmsShortSaltsOrKeysAndGarbageAreReplaced() {
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA1:600000:" + SALT + ":" + KEY));
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:600000:c2FsdA==:" + KEY));
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:600000:" + SALT + ":a2V5"));
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:lots:" + SALT + ":" + KEY));
        assertTrue(AdminPasswords.needsRehash("PBKDF2WithHmacSHA256:600000:" + SALT));
        assertTrue(AdminPasswords.needsRehash(null));
    }
}
