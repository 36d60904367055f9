package dev.roster.admin.account;

import dev.roster.config.RosterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Makes sure the admin account exists. A configured {@code roster.admin.password} always wins (its hash
 * replaces the stored one). Without one, the first start generates a password and prints it once; later
 * starts print nothing, since only the hash was kept.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class AdminAccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());

    @Inject
    RosterConfig config;

    @Inject
    AdminPasswords passwords;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @PostConstruct
    void ensureAdmin() {
        String username = config.adminUsername();
        long now = System.currentTimeMillis();
        AdminAccountEntity account = em.find(AdminAccountEntity.class, username);
        var configured = config.adminPassword();
        if (configured.isPresent()) {
            String hash = passwords.hash(configured.get());
            if (account == null) {
                em.persist(new AdminAccountEntity(username, hash, now));
            } else if (!passwords.verify(configured.get(), account.passwordHash())) {
                account.changePasswordHash(hash, now);
            }
            return;
        }
        if (account == null) {
            String generated = AdminPasswords.generate();
            em.persist(new AdminAccountEntity(username, passwords.hash(generated), now));
            // Printed exactly once, at the start that created the account; only the hash is stored.
            LOG.warning("Generated admin password for '" + username + "': " + generated
                    + "  (shown once; set " + RosterConfig.ADMIN_PASSWORD + " to choose your own)");
        }
    }
}
