package dev.roster.changes;

import dev.roster.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reads a stream's sequenced rows in delivery order: its own, and the changes of the integrations it covers. */
@ApplicationScoped
public class OutboxReader {

    private static final String COLUMNS = "SELECT o.id, o.seq, o.integration_id, o.stream_id, o.resource_type,"
            + " o.resource_id, o.operation, o.activation, o.version, o.occurred_at, o.payload FROM event_outbox o";

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /**
     * Up to {@code limit} rows after {@code afterSeq} for the stream, in seq order.
     *
     * @param allIntegrations whether the stream covers every integration (it names none)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<OutboxRow> after(String streamId, boolean allIntegrations, long afterSeq, int limit) {
        String scope = allIntegrations
                ? "(o.stream_id IS NULL OR o.stream_id = ?2)"
                : "(o.stream_id = ?2 OR (o.stream_id IS NULL AND o.integration_id IN"
                        + " (SELECT i.integration_id FROM event_stream_integration i WHERE i.stream_id = ?2)))";
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE o.seq > ?1 AND " + scope + " ORDER BY o.seq")
                .setParameter(1, afterSeq)
                .setParameter(2, streamId)
                .setMaxResults(limit)
                .getResultList();
        List<OutboxRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            result.add(new OutboxRow(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    ((Number) r[8]).longValue(),
                    ((Number) r[9]).longValue(),
                    CachedJson.createReader(new StringReader((String) r[10])).readObject()));
        }
        return result;
    }
}
