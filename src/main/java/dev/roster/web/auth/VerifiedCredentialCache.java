package dev.roster.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a short while which username/password pairs verified, so a script making many Basic-auth
 * calls pays the deliberately slow PBKDF2 once a minute instead of on every call.
 *
 * <p>Keys are HMAC-SHA256 of the pair under a random per-process key (rather than a bare SHA-256), so even a
 * heap dump does not give an offline guesser a fast hash to attack. Each entry remembers the stored password
 * hash it was verified against: a hit counts only while the account still has that hash, so a password
 * changed on any node invalidates every node's entries with no messaging.
 */
final class VerifiedCredentialCache {

    private record Entry(String username, String passwordHash, long expiresAt) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec processKey;
    private final long ttlMillis;
    private final int maxEntries;

    VerifiedCredentialCache(long ttlMillis, int maxEntries) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.processKey = new SecretKeySpec(key, "HmacSHA256");
        this.ttlMillis = ttlMillis;
        this.maxEntries = maxEntries;
    }

    String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(processKey);
            // Length-prefixed, so ("ab", "c") and ("a", "bc") never share a key.
            mac.update((username.length() + ":" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Whether this pair verified within the TTL against the hash the account still has. */
    boolean isVerified(String key, String username, String currentPasswordHash, long now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        if (entry.expiresAt() <= now) {
            entries.remove(key, entry);
            return false;
        }
        return entry.username().equals(username) && entry.passwordHash().equals(currentPasswordHash);
    }

    void remember(String key, String username, String passwordHash, long now) {
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> e.expiresAt() <= now);
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(username, passwordHash, now + ttlMillis));
    }

    /** Drops every entry of the user (the local half of a password change; the hash check is the other). */
    void forget(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    int size() {
        return entries.size();
    }
}
