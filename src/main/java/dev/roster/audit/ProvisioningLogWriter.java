package dev.roster.audit;

import dev.roster.platform.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Persists provisioning events in the transaction of the code that fired them, so the log never claims a
 * write that rolled back and never misses one that committed. Rejected requests are logged by
 * {@link #recordRejected} in a transaction of their own, because the request's own one rolled back.
 */
@ApplicationScoped
public class ProvisioningLogWriter {

    /** Change sets above this size are cut: the log explains, it does not replicate the directory. */
    private static final int MAX_CHANGES_CHARS = 100_000;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    RequestOrigins origins;

    @Transactional(Transactional.TxType.MANDATORY)
    void onEvent(@Observes ProvisioningEvent event) {
        persist(event);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRejected(ProvisioningEvent event) {
        persist(event);
    }

    /** Records an event that has no transaction of its own to join (sign-in and sign-out change no data). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(ProvisioningEvent event) {
        persist(event);
    }

    /**
     * Writes the aggregated entry {@code id} standing for {@code occurrences} requests from {@code origin}.
     *
     * @throws RuntimeException when the entry exists already (another node wrote it first: add to it instead)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAggregated(
            String id, ProvisioningEvent event, RequestOrigin origin, long occurredAt, int occurrences) {
        em.persist(new ProvisioningEventEntity(id, event, occurredAt, changes(event.changes()), origin, occurrences));
        em.flush();
    }

    /** Adds {@code occurrences} to the aggregated entry {@code id}; false when there is no such entry yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean addOccurrences(String id, int occurrences) {
        return em.createNativeQuery("UPDATE provisioning_event SET occurrences = occurrences + ?1 WHERE id = ?2")
                        .setParameter(1, occurrences)
                        .setParameter(2, id)
                        .executeUpdate()
                > 0;
    }

    private void persist(ProvisioningEvent event) {
        em.persist(new ProvisioningEventEntity(
                TimeOrderedIds.next(), event, System.currentTimeMillis(), changes(event.changes()), origins.current()));
    }

    private static String changes(JsonObject changes) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        String text = changes.toString();
        return text.length() <= MAX_CHANGES_CHARS ? text : text.substring(0, MAX_CHANGES_CHARS);
    }
}
