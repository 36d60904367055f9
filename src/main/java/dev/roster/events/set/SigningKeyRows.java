package dev.roster.events.set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The {@code event_signing_key} table, each access in a transaction of its own (a key outlives any request). */
@ApplicationScoped
public class SigningKeyRows {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /** The newest stored private JWK, or null when there is none yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String newest() {
        List<?> rows = em.createNativeQuery("SELECT jwk FROM event_signing_key ORDER BY created_at DESC, kid")
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Every stored private JWK. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> all() {
        return em.createNativeQuery("SELECT jwk FROM event_signing_key ORDER BY created_at, kid")
                .getResultList();
    }

    /** Stores a newly generated private JWK. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(String kid, String jwk) {
        em.createNativeQuery("INSERT INTO event_signing_key (kid, jwk, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, kid)
                .setParameter(2, jwk)
                .setParameter(3, System.currentTimeMillis())
                .executeUpdate();
    }
}
