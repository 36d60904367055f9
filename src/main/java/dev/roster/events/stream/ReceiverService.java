package dev.roster.events.stream;

import dev.roster.integration.SecretTokens;
import dev.roster.platform.DisplayNames;
import dev.roster.platform.TimeOrderedIds;
import dev.roster.platform.persistence.IssuedSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Issues and deletes receivers. A receiver's token is {@value #PREFIX} + 256 bits from the platform CSPRNG, shown
 * once in the answer that issues it; only its SHA-256 is stored, like every other secret a client presents
 * ({@link SecretTokens}). Deleting a receiver ends its access at once on every node (the authenticator reads the
 * database on every request) and deletes its streams with it (the schema cascades).
 */
@ApplicationScoped
@Transactional
public class ReceiverService {

    public static final String PREFIX = "rssf_";

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /** @throws StreamException 400 when the name is not a {@link DisplayNames display name} */
    public IssuedSecret<ReceiverEntity> issue(String name) {
        String stripped = DisplayNames.require(name, "name", StreamException::badRequest);
        String token = SecretTokens.generate(PREFIX);
        ReceiverEntity receiver = new ReceiverEntity(
                TimeOrderedIds.next(), stripped, SecretTokens.digest(token), System.currentTimeMillis());
        em.persist(receiver);
        return new IssuedSecret<>(token, receiver);
    }

    public List<ReceiverEntity> list() {
        return em.createQuery("SELECT r FROM ReceiverEntity r ORDER BY r.createdAt, r.id", ReceiverEntity.class)
                .getResultList();
    }

    /** Deletes the receiver and, by the schema's cascade, its streams; false when there is no such receiver. */
    public boolean delete(String id) {
        if (id == null || id.length() > 36) {
            return false;
        }
        return em.createQuery("DELETE FROM ReceiverEntity r WHERE r.id = :id")
                        .setParameter("id", id)
                        .executeUpdate()
                > 0;
    }
}
