package dev.roster.changes;

import dev.roster.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a stream's sequenced rows in delivery order: its own, and the changes of the integrations it covers. */
@ApplicationScoped
public class OutboxReader {

    private static final String COLUMNS = "SELECT o.id, o.seq, o.integration_id, o.stream_id, o.resource_type,"
            + " o.resource_id, o.operation, o.activation, o.version, o.occurred_at, o.payload FROM event_outbox o";

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Sequencer sequencer;

    /** Streams read the same rows one after the other: each payload is parsed once. */
    private final RecentRows<JsonObject> payloads = new RecentRows<>(4096);

    /**
     * Up to {@code limit} rows after {@code afterSeq} for the stream, in seq order, skipping directory changes the
     * filter rules out.
     *
     * @param allIntegrations whether the stream covers every integration (it names none)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public OutboxPage after(String streamId, boolean allIntegrations, RowFilter filter, long afterSeq, int limit) {
        // Read before the rows: a seq handed out later is above it, so the page covers everything up to it.
        long highest = sequencer.highestSeq();
        String scope = allIntegrations
                ? "(o.stream_id = ?2 OR (o.stream_id IS NULL"
                : "(o.stream_id = ?2 OR (o.stream_id IS NULL AND o.integration_id IN"
                        + " (SELECT i.integration_id FROM event_stream_integration i WHERE i.stream_id = ?2)";
        Query query = em.createNativeQuery(COLUMNS + " WHERE o.seq > ?1 AND o.seq <= ?3 AND " + scope + wanted(filter)
                        + ")) ORDER BY o.seq")
                .setParameter(1, afterSeq)
                .setParameter(2, streamId)
                .setParameter(3, highest)
                .setMaxResults(limit);
        List<Object[]> rows = query.getResultList();
        List<OutboxRow> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            result.add(new OutboxRow(
                    id,
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    ((Number) r[8]).longValue(),
                    ((Number) r[9]).longValue(),
                    payloads.get(
                            id,
                            () -> CachedJson.createReader(new StringReader((String) r[10]))
                                    .readObject())));
        }
        long coveredTo = result.size() == limit ? result.get(limit - 1).seq() : Math.max(highest, afterSeq);
        return new OutboxPage(result, coveredTo);
    }

    /**
     * The filter as SQL. Its values are our own operation and activation names, never the receiver's text, so
     * they are written into the statement as literals.
     */
    private static String wanted(RowFilter filter) {
        if (filter.everything()) {
            return "";
        }
        List<String> any = new ArrayList<>();
        if (!filter.operations().isEmpty()) {
            any.add("o.operation IN (" + literals(filter.operations()) + ")");
        }
        if (!filter.activations().isEmpty()) {
            any.add("o.activation IN (" + literals(filter.activations()) + ")");
        }
        return any.isEmpty() ? " AND 1 = 0" : " AND (" + String.join(" OR ", any) + ")";
    }

    private static String literals(Set<String> names) {
        return names.stream()
                .sorted()
                .peek(OutboxReader::requireName)
                .map(name -> "'" + name + "'")
                .collect(Collectors.joining(", "));
    }

    private static void requireName(String name) {
        if (!name.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("Not an outbox operation or activation: " + name);
        }
    }
}
