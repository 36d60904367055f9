package dev.roster.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Records when a credential was last used, in a short transaction of its own. */
@ApplicationScoped
public class CredentialUsage {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /** Never moves the time backwards, so two nodes recording at once leave the later time. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markUsed(String credentialId, long now) {
        em.createQuery("UPDATE CredentialEntity c SET c.lastUsedAt = :now "
                        + "WHERE c.id = :id AND (c.lastUsedAt IS NULL OR c.lastUsedAt < :now)")
                .setParameter("now", now)
                .setParameter("id", credentialId)
                .executeUpdate();
    }
}
