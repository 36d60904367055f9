package dev.roster.changes;

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
        insert(
                change.integrationId(),
                null,
                change.resourceType(),
                change.resourceId(),
                change.operation().name(),
                change.activation() == DirectoryChange.Activation.NONE
                        ? null
                        : change.activation().name(),
                change.version(),
                payload(change));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChange change) {
        committed.fire(OutboxCommitted.INSTANCE);
    }

    /** Writes an event for one stream alone (verification, subjects added or removed) in its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeForStream(String streamId, String resourceType, String operation, JsonObject payload) {
        insert(null, streamId, resourceType, streamId, operation, null, 0, payload);
    }

    /**
     * A native insert: persisting an entity with a database-generated id makes EclipseLink read it back with H2's
     * {@code IDENTITY()}, which H2 2.x no longer has; and nobody needs the id back.
     */
    private void insert(
            String integrationId,
            String streamId,
            String resourceType,
            String resourceId,
            String operation,
            String activation,
            long version,
            JsonObject payload) {
        em.createNativeQuery("INSERT INTO event_outbox (integration_id, stream_id, resource_type, resource_id,"
                        + " operation, activation, version, occurred_at, payload)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, integrationId)
                .setParameter(2, streamId)
                .setParameter(3, resourceType)
                .setParameter(4, resourceId)
                .setParameter(5, operation)
                .setParameter(6, activation)
                .setParameter(7, version)
                .setParameter(8, System.currentTimeMillis())
                .setParameter(9, payload.toString())
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
