package dev.roster.admin.auth;

import dev.roster.admin.account.AdminAccountEntity;
import dev.roster.admin.account.AdminAccounts;
import dev.roster.admin.account.AdminPasswords;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks an admin's username and password against {@code admin_account} (PBKDF2), with successful checks
 * remembered for {@value #CACHE_SECONDS} seconds. An unknown username costs the same PBKDF2 work as a wrong
 * password, so response times do not tell which usernames exist.
 */
@ApplicationScoped
public class AdminCredentialVerifier {

    static final int CACHE_SECONDS = 60;
    private static final int CACHE_ENTRIES = 1024;

    @Inject
    AdminAccounts accounts;

    @Inject
    AdminPasswords passwords;

    private final VerifiedCredentialCache cache = new VerifiedCredentialCache(CACHE_SECONDS * 1000L, CACHE_ENTRIES);
    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        decoyHash = passwords.hash(AdminPasswords.generate());
    }

    public Optional<AdminAccountEntity> verify(String username, String password) {
        Optional<AdminAccountEntity> account = accounts.find(username);
        if (account.isEmpty()) {
            passwords.verify(password, decoyHash);
            return Optional.empty();
        }
        String storedHash = account.get().passwordHash();
        long now = System.currentTimeMillis();
        String key = cache.keyOf(username, password);
        if (cache.isVerified(key, username, storedHash, now)) {
            return account;
        }
        if (!passwords.verify(password, storedHash)) {
            return Optional.empty();
        }
        cache.remember(key, username, storedHash, now);
        return account;
    }

    /** Call after changing a password on this node; other nodes notice the changed hash by themselves. */
    public void forget(String username) {
        cache.forget(username);
    }
}
