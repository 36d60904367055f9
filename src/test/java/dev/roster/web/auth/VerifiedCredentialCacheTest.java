package dev.roster.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerifiedCredentialCacheTest {

    private static final long NOW = 1_000_000L;
    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(60_000, 3);

    @Test
    void aRememberedPairVerifiesUntilItsTtlEnds() {
        String key = cache.keyOf("admin", "secret");
        cache.remember(key, "admin", "hash-1", NOW);
        assertTrue(cache.isVerified(key, "admin", "hash-1", NOW + 59_999));
        assertFalse(cache.isVerified(key, "admin", "hash-1", NOW + 60_000));
    }

    @Test
    void aChangedPasswordHashInvalidatesTheEntryOnEveryNode() {
        String key = cache.keyOf("admin", "secret");
        cache.remember(key, "admin", "hash-1", NOW);
        assertFalse(cache.isVerified(key, "admin", "hash-2", NOW + 1));
    }

    @Test
    void keysDependOnUsernameAndPasswordAndAreNotThePassword() {
        String key = cache.keyOf("admin", "secret");
        assertEquals(key, cache.keyOf("admin", "secret"));
        assertNotEquals(key, cache.keyOf("admin", "Secret"));
        assertNotEquals(cache.keyOf("ab", "c"), cache.keyOf("a", "bc"), "length-prefixed");
        assertFalse(key.contains("secret"));
        assertNotEquals(key, new VerifiedCredentialCache(60_000, 3).keyOf("admin", "secret"), "per-process key");
    }

    @Test
    void forgetDropsEveryEntryOfTheUser() {
        String key = cache.keyOf("admin", "secret");
        cache.remember(key, "admin", "hash-1", NOW);
        cache.forget("admin");
        assertFalse(cache.isVerified(key, "admin", "hash-1", NOW));
    }

    @Test
    void theCacheStaysBounded() {
        for (int i = 0; i < 10; i++) {
            cache.remember(cache.keyOf("user" + i, "pw"), "user" + i, "hash", NOW);
        }
        assertTrue(cache.size() <= 3, "size " + cache.size());
    }
}
