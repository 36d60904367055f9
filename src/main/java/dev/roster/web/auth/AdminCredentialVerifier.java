package dev.roster.web.auth;

import dev.roster.web.auth.account.AdminAccountEntity;
import dev.roster.web.auth.account.AdminAccounts;
import dev.roster.web.auth.account.AdminPasswords;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks an admin's username and password against {@code admin_account} (PBKDF2), with successful checks
 * remembered for {@value #CACHE_SECONDS} seconds. An unknown username costs the same PBKDF2 work as a wrong
 * password, so response times do not tell which usernames exist. A stored hash made with older parameters is
 * replaced by one with today's after its password checked out (the only moment the password is at hand).
 */
@ApplicationScoped
public class AdminCredentialVerifier {

    static final int CACHE_SECONDS = 60;
    private static final int CACHE_ENTRIES = 1024;
    private static final Logger LOG = Logger.getLogger(AdminCredentialVerifier.class.getName());

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

    /** The account, when this exact pair checked out within the cache time against its current hash; no hashing. */
    public Optional<AdminAccountEntity> remembered(String username, String password) {
        return accounts.find(username)
                .filter(account -> cache.isVerified(
                        cache.keyOf(username, password), username, account.passwordHash(), System.currentTimeMillis()));
    }

    /** The full check: one PBKDF2 (against a decoy for unknown usernames), then the upgrade of an old hash. */
    public Optional<AdminAccountEntity> verify(String username, String password) {
        Optional<AdminAccountEntity> account = accounts.find(username);
        if (account.isEmpty()) {
            passwords.verify(password, decoyHash);
            return Optional.empty();
        }
        if (!passwords.verify(password, account.get().passwordHash())) {
            return Optional.empty();
        }
        AdminAccountEntity current = AdminPasswords.needsRehash(account.get().passwordHash())
                ? upgrade(account.get(), password)
                : account.get();
        cache.remember(cache.keyOf(username, password), username, current.passwordHash(), System.currentTimeMillis());
        return Optional.of(current);
    }

    /**
     * A key that names this username and password without holding either (an HMAC under a per-process key),
     * for telling identical attempts apart.
     */
    public String fingerprint(String username, String password) {
        return cache.keyOf(username, password);
    }

    /** Call after changing a password on this node; other nodes notice the changed hash by themselves. */
    public void forget(String username) {
        cache.forget(username);
    }

    /**
     * The account with its hash replaced by one at today's parameters. The new hash also changes the account's
     * session stamp, so the account's other console sessions end, once. Failing that, the old hash stays and
     * the next sign-in tries again.
     */
    private AdminAccountEntity upgrade(AdminAccountEntity account, String password) {
        try {
            AdminAccountEntity upgraded = accounts.upgradePasswordHash(
                            account.username(), account.passwordHash(), passwords.hash(password))
                    .orElse(account);
            LOG.info("Password hash of admin '" + account.username() + "' upgraded to today's PBKDF2 parameters");
            return upgraded;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Password hash of admin '" + account.username() + "' not upgraded", e);
            return account;
        }
    }
}
