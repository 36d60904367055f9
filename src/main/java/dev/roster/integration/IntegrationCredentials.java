package dev.roster.integration;

import dev.roster.platform.TimeOrderedIds;
import dev.roster.platform.persistence.IssuedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * The credentials of an integration, by kind. Issuing stores only the hash and hint; deleting by kind is
 * how tokens are revoked (the bearer authenticator reads the table on every request, so a deleted row
 * stops working on every node at once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntegrationCredentials {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    public IssuedSecret<CredentialEntity> issue(
            String integrationId, CredentialKind kind, String prefix, long now, Long expiresAt) {
        String value = SecretTokens.generate(prefix);
        CredentialEntity credential = new CredentialEntity(
                TimeOrderedIds.next(), integrationId, kind, SecretTokens.digest(value), now, expiresAt);
        em.persist(credential);
        return new IssuedSecret<>(value, credential);
    }

    /** Credentials of one kind, newest first. */
    public List<CredentialEntity> ofKind(String integrationId, CredentialKind kind) {
        return ofKinds(integrationId, List.of(kind));
    }

    /** Credentials of any of these kinds, newest first. */
    public List<CredentialEntity> ofKinds(String integrationId, Collection<CredentialKind> kinds) {
        return em.createQuery(
                        "SELECT c FROM CredentialEntity c WHERE c.integrationId = :integration "
                                + "AND c.kind IN :kinds ORDER BY c.createdAt DESC, c.id",
                        CredentialEntity.class)
                .setParameter("integration", integrationId)
                .setParameter("kinds", kinds)
                .getResultList();
    }

    public int deleteOfKinds(String integrationId, Collection<CredentialKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return em.createQuery(
                        "DELETE FROM CredentialEntity c WHERE c.integrationId = :integration AND c.kind IN :kinds")
                .setParameter("integration", integrationId)
                .setParameter("kinds", kinds)
                .executeUpdate();
    }

    public int deleteAll(String integrationId) {
        return em.createQuery("DELETE FROM CredentialEntity c WHERE c.integrationId = :integration")
                .setParameter("integration", integrationId)
                .executeUpdate();
    }

    /** The latest use of any bearer credential of the integration: when its IdP last reached SCIM. */
    public Long lastBearerUse(String integrationId) {
        return em.createQuery(
                        "SELECT MAX(c.lastUsedAt) FROM CredentialEntity c WHERE c.integrationId = :integration "
                                + "AND c.kind IN :kinds",
                        Long.class)
                .setParameter("integration", integrationId)
                .setParameter("kinds", CredentialKind.BEARER)
                .getSingleResult();
    }
}
