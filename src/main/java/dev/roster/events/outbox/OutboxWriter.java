package dev.roster.events.outbox;

import dev.roster.audit.DirectoryChange;
import dev.roster.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes each directory change into the outbox in the transaction of the change (a SIGKILL after the commit loses
 * nothing, a rollback leaves nothing), and once it committed tells this node's delivery to look at once.
 */
@ApplicationScoped
public class OutboxWriter {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Event<OutboxCommitted> committed;

    @Transactional(Transactional.TxType.MANDATORY)
    void onChange(@Observes DirectoryChange change) {
        em.persist(new OutboxEntry(
                change.integrationId(),
                null,
                change.resourceType(),
                change.resourceId(),
                change.operation().name(),
                change.activation() == DirectoryChange.Activation.NONE
                        ? null
                        : change.activation().name(),
                change.version(),
                System.currentTimeMillis(),
                payload(change).toString()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChange change) {
        committed.fire(OutboxCommitted.INSTANCE);
    }

    /**
     * Writes an event for one stream alone (verification, subjects added or removed) in its own transaction. A
     * native insert: persisting an {@link OutboxEntry} makes EclipseLink read the identity back with H2's
     * {@code IDENTITY()}, which H2 2.x no longer has ("Function IDENTITY not found").
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeForStream(String streamId, String resourceType, String operation, JsonObject payload) {
        em.createNativeQuery("INSERT INTO event_outbox (stream_id, resource_type, resource_id, operation, version, "
                        + "occurred_at, payload) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)")
                .setParameter(1, streamId)
                .setParameter(2, resourceType)
                .setParameter(3, streamId)
                .setParameter(4, operation)
                .setParameter(5, System.currentTimeMillis())
                .setParameter(6, payload.toString())
                .executeUpdate();
    }

    /** What a SET needs beyond the row's columns: the document after the change, and what changed. */
    static JsonObject payload(DirectoryChange change) {
        JsonObjectBuilder payload = CachedJson.createObjectBuilder().add("document", change.document());
        JsonArrayBuilder attributes = CachedJson.createArrayBuilder();
        change.attributes().forEach(attributes::add);
        payload.add("attributes", attributes);
        DirectoryChange.MemberChanges members = change.members();
        if (!members.isEmpty()) {
            JsonArrayBuilder added = CachedJson.createArrayBuilder();
            members.added().forEach(added::add);
            JsonArrayBuilder removed = CachedJson.createArrayBuilder();
            members.removed().forEach(removed::add);
            payload.add(
                    "members",
                    CachedJson.createObjectBuilder()
                            .add("added", added)
                            .add("removed", removed)
                            .add("removedAll", members.removedAll()));
        }
        return payload.build();
    }
}
