package dev.roster.web.auth.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The sign-out list, in the database so a sign-out on one node is seen by all at their next request (one
 * primary-key read per session request). Rows go once the session could not be valid anyway.
 */
@ApplicationScoped
public class SessionRevocations {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isRevoked(String sessionId) {
        return em.find(SessionRevocationEntity.class, sessionId) != null;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void revoke(String sessionId, long now, long expiresAt) {
        if (em.find(SessionRevocationEntity.class, sessionId) == null) {
            em.persist(new SessionRevocationEntity(sessionId, now, expiresAt));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeExpired(long now) {
        return em.createQuery("DELETE FROM SessionRevocationEntity r WHERE r.expiresAt < :now")
                .setParameter("now", now)
                .executeUpdate();
    }
}
