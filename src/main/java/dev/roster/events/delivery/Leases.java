package dev.roster.events.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Cluster-wide leases in {@code event_lease}: a node holds one while it keeps renewing it, and another takes it over
 * once it lapses (a node killed mid-delivery). One conditional UPDATE claims or renews, so two nodes never both win.
 */
@ApplicationScoped
public class Leases {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /** Claims or renews {@code name} for {@code owner} until {@code now + ttlMillis}; whether it holds it now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hold(String name, String owner, long now, long ttlMillis) {
        return em.createNativeQuery("UPDATE event_lease SET owner = ?1, lease_until = ?2"
                                + " WHERE name = ?3 AND (owner = ?1 OR lease_until < ?4)")
                        .setParameter(1, owner)
                        .setParameter(2, now + ttlMillis)
                        .setParameter(3, name)
                        .setParameter(4, now)
                        .executeUpdate()
                == 1;
    }

    /** Gives the lease up at once (an orderly shutdown), so another node need not wait for it to lapse. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String name, String owner) {
        em.createNativeQuery("UPDATE event_lease SET lease_until = 0 WHERE name = ?1 AND owner = ?2")
                .setParameter(1, name)
                .setParameter(2, owner)
                .executeUpdate();
    }
}
