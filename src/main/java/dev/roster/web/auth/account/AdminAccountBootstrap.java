package dev.roster.web.auth.account;

import dev.roster.config.RosterConfig;
import dev.roster.platform.StartupTransactions;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.logging.Logger;

/**
 * Makes sure the admin account exists. A configured {@code roster.admin.password} always wins (its hash
 * replaces the stored one, as does a hash of it at today's parameters when the stored one is older). Without one, the first start generates a password and prints it once; later
 * starts print nothing, since only the hash was kept. Nodes starting together may race to create the
 * account; the loser runs the step again and finds it ({@link StartupTransactions}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminAccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminAccountBootstrap.class.getName());

    @Inject
    RosterConfig config;

    @Inject
    AdminPasswords passwords;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @PostConstruct
    void ensureAdmin() {
        String[] generated = new String[1];
        StartupTransactions.run(tx, "Creating the admin account", () -> generated[0] = ensureAdminOnce());
        if (generated[0] != null) {
            // Printed exactly once, after the commit that stored it (a node that lost the race prints nothing).
            LOG.warning("Generated admin password for '" + config.adminUsername() + "': " + generated[0]
                    + "  (shown once; set " + RosterConfig.ADMIN_PASSWORD + " to choose your own)");
        }
    }

    /** Returns the generated password when this attempt created the account with one. */
    private String ensureAdminOnce() {
        String username = config.adminUsername();
        long now = System.currentTimeMillis();
        AdminAccountEntity account = em.find(AdminAccountEntity.class, username);
        var configured = config.adminPassword();
        if (configured.isPresent()) {
            if (account == null) {
                em.persist(new AdminAccountEntity(username, passwords.hash(configured.get()), now));
            } else if (!passwords.verify(configured.get(), account.passwordHash())
                    || AdminPasswords.needsRehash(account.passwordHash())) {
                // A new password, or the same one under a hash of older parameters (as a sign-in would replace it).
                account.changePasswordHash(passwords.hash(configured.get()), now);
            }
            return null;
        }
        if (account == null) {
            String generated = AdminPasswords.generate();
            em.persist(new AdminAccountEntity(username, passwords.hash(generated), now));
            return generated;
        }
        return null;
    }
}
