package dev.roster.integration;

import dev.roster.platform.TimeOrderedIds;
import dev.roster.config.RosterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import dev.roster.platform.StartupTransactions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * When {@code roster.scim.token} is set, makes sure an integration named {@code default} exists, has SCIM
 * enabled, and accepts exactly that token (its hash replaces any previously configured one). This is the
 * zero-click path: one environment variable and an IdP can provision. Nodes starting together may race
 * to create the integration; the loser runs the step again and finds it ({@link StartupTransactions}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ConfiguredTokenBootstrap {

    public static final String DEFAULT_INTEGRATION_ID = "default";

    private static final Logger LOG = Logger.getLogger(ConfiguredTokenBootstrap.class.getName());

    @Inject
    RosterConfig config;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @PostConstruct
    void apply() {
        config.scimToken().ifPresent(token ->
                StartupTransactions.run(tx, "Installing the configured SCIM token", () -> install(token)));
    }

    private void install(String token) {
        long now = System.currentTimeMillis();
        IntegrationEntity integration = em.find(IntegrationEntity.class, DEFAULT_INTEGRATION_ID);
        if (integration == null) {
            integration = new IntegrationEntity(DEFAULT_INTEGRATION_ID, "default", IdpType.GENERIC, now);
            em.persist(integration);
        }
        if (!integration.scimEnabled()) {
            integration.setScimEnabled(true, now);
        }
        String hash = SecretTokens.hash(token);
        boolean alreadyInstalled = false;
        for (CredentialEntity existing : em.createNamedQuery(CredentialEntity.BY_INTEGRATION_AND_KIND, CredentialEntity.class)
                .setParameter("integrationId", DEFAULT_INTEGRATION_ID)
                .setParameter("kind", CredentialKind.CONFIGURED_TOKEN)
                .getResultList()) {
            if (SecretTokens.hashesEqual(existing.secretHash(), hash)) {
                alreadyInstalled = true;
            } else {
                em.remove(existing);
            }
        }
        if (!alreadyInstalled) {
            em.flush();
            em.persist(new CredentialEntity(TimeOrderedIds.next(), DEFAULT_INTEGRATION_ID,
                    CredentialKind.CONFIGURED_TOKEN, hash, SecretTokens.hint(token), now, null));
        }
        LOG.info("Integration 'default' accepts the bearer token from " + RosterConfig.SCIM_TOKEN);
    }
}
