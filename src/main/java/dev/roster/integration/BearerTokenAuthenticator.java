package dev.roster.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a bearer token into the integration it belongs to. Only the token's hash is looked up; the
 * credential must be a bearer kind, unexpired, and its integration must have SCIM provisioning enabled.
 * Nothing is cached, so a regenerated, rotated-out or disabled token stops working at once on every node.
 * The lookup runs without a transaction of its own (it only reads); the occasional last-used update gets one.
 */
@ApplicationScoped
public class BearerTokenAuthenticator {

    /** Last-used times are kept to the minute: a write on every request would halve throughput. */
    static final long LAST_USED_RESOLUTION_MILLIS = 60_000;

    private static final Set<CredentialKind> BEARER_KINDS =
            EnumSet.of(CredentialKind.SCIM_TOKEN, CredentialKind.CONFIGURED_TOKEN, CredentialKind.OAUTH_ACCESS_TOKEN);

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    CredentialUsage usage;

    public Optional<AuthenticatedIntegration> authenticate(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        List<Object[]> rows = em.createQuery(
                        "SELECT c, i FROM CredentialEntity c, IntegrationEntity i "
                                + "WHERE c.secretHash = :hash AND i.id = c.integrationId", Object[].class)
                .setParameter("hash", hash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CredentialEntity credential = (CredentialEntity) rows.get(0)[0];
        IntegrationEntity integration = (IntegrationEntity) rows.get(0)[1];
        long now = System.currentTimeMillis();
        if (!SecretTokens.hashesEqual(credential.secretHash(), hash)
                || !BEARER_KINDS.contains(credential.kind())
                || credential.isExpiredAt(now)
                || !integration.scimEnabled()) {
            return Optional.empty();
        }
        Long lastUsed = credential.lastUsedAt();
        if (lastUsed == null || now - lastUsed >= LAST_USED_RESOLUTION_MILLIS) {
            usage.markUsed(credential.id(), now);
        }
        return Optional.of(new AuthenticatedIntegration(integration.id(), integration.name(), integration.idp()));
    }
}
