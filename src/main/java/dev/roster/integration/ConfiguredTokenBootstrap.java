package dev.roster.integration;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.audit.RequestOrigin;
import dev.roster.audit.RequestOrigins;
import dev.roster.config.RosterConfig;
import dev.roster.json.CachedJson;
import dev.roster.platform.AppliedSettingEntity;
import dev.roster.platform.StartupTransactions;
import dev.roster.platform.TimeOrderedIds;
import dev.roster.platform.persistence.SecretDigest;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applies {@code roster.scim.token} to the integration named {@code default}: the zero-click path, one
 * environment variable and an IdP can provision. Applying makes the value an ordinary SCIM token of that
 * integration (creating the integration, or enabling its provisioning again, when needed) and records the
 * value's hash in {@code applied_setting}. From then on the token is the admins' to end: Save, rotate and
 * disable end it like any other token, and a start with the same value changes nothing, so neither the token
 * nor a disabled or deleted integration comes back. Only a changed value is applied again: changing it is the
 * operator's explicit act.
 * <p>
 * Nodes starting together are kept apart by the integration's row lock (the same lock Save, rotate and disable
 * take) and by the keys of the rows they would insert; a node that loses such a race runs the step again and
 * finds the value applied ({@link StartupTransactions}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ConfiguredTokenBootstrap {

    public static final String DEFAULT_INTEGRATION_ID = "default";

    /** The actor the provisioning log names for what applying the setting did. */
    static final RequestOrigin CONFIGURATION = new RequestOrigin(null, null, RosterConfig.SCIM_TOKEN);

    private static final Logger LOG = Logger.getLogger(ConfiguredTokenBootstrap.class.getName());

    @Inject
    RosterConfig config;

    @Inject
    RequestOrigins origins;

    @Inject
    Event<ProvisioningEvent> events;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @PostConstruct
    void apply() {
        config.scimToken()
                .ifPresent(token ->
                        StartupTransactions.run(tx, "Applying the configured SCIM token", () -> applyOnce(token)));
    }

    private void applyOnce(String token) {
        String hash = SecretTokens.hash(token);
        long now = System.currentTimeMillis();
        IntegrationEntity integration =
                em.find(IntegrationEntity.class, DEFAULT_INTEGRATION_ID, LockModeType.PESSIMISTIC_WRITE);
        AppliedSettingEntity applied =
                em.find(AppliedSettingEntity.class, RosterConfig.SCIM_TOKEN, LockModeType.PESSIMISTIC_WRITE);
        if (applied != null && SecretTokens.hashesEqual(applied.valueHash(), hash)) {
            LOG.info(unchanged(integration, hash, applied));
            return;
        }
        boolean created = integration == null;
        if (created) {
            integration = new IntegrationEntity(DEFAULT_INTEGRATION_ID, DEFAULT_INTEGRATION_ID, IdpType.GENERIC, now);
            em.persist(integration);
        }
        boolean enabled = !integration.scimEnabled();
        if (enabled) {
            integration.setScimEnabled(true, now);
        }
        int replaced = replaceConfiguredTokens(hash, now);
        if (applied == null) {
            em.persist(new AppliedSettingEntity(RosterConfig.SCIM_TOKEN, hash, now));
        } else {
            applied.applied(hash, now);
        }
        IntegrationEntity logged = integration;
        asConfiguration(() -> events.fire(IntegrationEvents.success(
                logged,
                EventOperation.CONFIGURED_TOKEN_APPLIED,
                CachedJson.createObjectBuilder()
                        .add("integrationCreated", created)
                        .add("provisioningEnabled", enabled)
                        .add("replacedConfiguredTokens", replaced)
                        .build())));
        if (enabled && !created) {
            LOG.warning("A new value of " + RosterConfig.SCIM_TOKEN + " was applied: integration 'default' accepts it, "
                    + "and its provisioning, which was disabled, is enabled again");
        } else {
            LOG.info("A new value of " + RosterConfig.SCIM_TOKEN + " was applied: integration 'default' accepts it");
        }
    }

    /** Ends the tokens of earlier configured values; returns how many. Keeps one of this value if there is one. */
    private int replaceConfiguredTokens(String hash, long now) {
        int replaced = 0;
        boolean present = false;
        for (CredentialEntity existing : configuredTokens()) {
            if (!present && existing.expiresAt() == null && SecretTokens.hashesEqual(existing.secretHash(), hash)) {
                present = true;
            } else {
                em.remove(existing);
                replaced++;
            }
        }
        if (!present) {
            em.flush();
            em.persist(new CredentialEntity(
                    TimeOrderedIds.next(),
                    DEFAULT_INTEGRATION_ID,
                    CredentialKind.CONFIGURED_TOKEN,
                    new SecretDigest(hash, RosterConfig.SCIM_TOKEN),
                    now,
                    null));
        }
        return replaced;
    }

    private List<CredentialEntity> configuredTokens() {
        return em.createNamedQuery(CredentialEntity.BY_INTEGRATION_AND_KIND, CredentialEntity.class)
                .setParameter("integrationId", DEFAULT_INTEGRATION_ID)
                .setParameter("kind", CredentialKind.CONFIGURED_TOKEN)
                .getResultList();
    }

    /** One line saying why a start with the same value changed nothing, and what the token's state is. */
    private String unchanged(IntegrationEntity integration, String hash, AppliedSettingEntity applied) {
        String prefix = RosterConfig.SCIM_TOKEN + " has the value applied at "
                + Instant.ofEpochMilli(applied.appliedAt()) + ", so this start changes nothing: ";
        if (integration == null) {
            return prefix + "integration 'default' was deleted since and stays deleted (a new value creates it again)";
        }
        boolean live = configuredTokens().stream()
                .anyMatch(c -> c.expiresAt() == null && SecretTokens.hashesEqual(c.secretHash(), hash));
        if (!integration.scimEnabled()) {
            return prefix + "provisioning of integration 'default' stays disabled and the configured token stays ended "
                    + "(Save enables it with a new token; a new value applies again)";
        }
        return prefix
                + (live
                        ? "integration 'default' accepts the configured token"
                        : "the configured token was ended by Save or rotate and stays ended (a new value applies again)");
    }

    /** Runs {@code work} so that the provisioning log names the setting as the actor. */
    private void asConfiguration(Runnable work) {
        try {
            origins.callAs(CONFIGURATION, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
