package dev.roster.admin.auth.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads and creates the signing key row, each in its own transaction (see {@link SessionSigningKey}). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SessionKeyStore {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    public Optional<String> read() {
        SessionKeyEntity key = em.find(SessionKeyEntity.class, SessionKeyEntity.SIGNING_KEY_ID);
        return key == null ? Optional.empty() : Optional.of(key.secret());
    }

    /** Fails (at commit) when another node inserted its key first. */
    public void insert(String secret, long now) {
        em.persist(new SessionKeyEntity(SessionKeyEntity.SIGNING_KEY_ID, secret, now));
    }
}
