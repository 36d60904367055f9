package dev.roster.resolution.attribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads attribution records for the admin API: the shared counters plus this node's tallies not yet flushed (so
 * the node that served the traffic shows it at once; other nodes' appear within a flush interval), the newest
 * events and the alerts.
 */
@ApplicationScoped
public class AttributionQueries {

    /** Counts per outcome and when the account was last used. */
    public record Summary(
            long attributed, Map<String, Long> unattributed, long total, Long lastSeenAt, Long lastAttributedAt) {}

    /** An alert: unattributed use of an account that requires attribution, per reason and hour. */
    public record Alert(
            String accountId, String reason, long windowStart, long firstSeenAt, long lastSeenAt, long occurrences) {}

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    AttributionRecorder recorder;

    public Summary summary(String accountId) {
        Map<String, Long> counts = new TreeMap<>();
        long lastSeen = 0;
        long lastAttributed = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT outcome, total, last_seen_at FROM attribution_counter " + "WHERE account_id = ?1")
                .setParameter(1, accountId)
                .getResultList();
        for (Object[] row : rows) {
            String outcome = (String) row[0];
            long seen = ((Number) row[2]).longValue();
            counts.merge(outcome, ((Number) row[1]).longValue(), Long::sum);
            lastSeen = Math.max(lastSeen, seen);
            if (AttributionStore.ATTRIBUTED.equals(outcome)) {
                lastAttributed = Math.max(lastAttributed, seen);
            }
        }
        recorder.pending(accountId).forEach((outcome, n) -> counts.merge(outcome, n, Long::sum));
        long pendingSeen = recorder.pendingLastSeen(accountId);
        lastSeen = Math.max(lastSeen, pendingSeen);
        if (recorder.pending(accountId).containsKey(AttributionStore.ATTRIBUTED)) {
            lastAttributed = Math.max(lastAttributed, pendingSeen);
        }
        long attributed = counts.getOrDefault(AttributionStore.ATTRIBUTED, 0L);
        Map<String, Long> unattributed = new TreeMap<>(counts);
        unattributed.remove(AttributionStore.ATTRIBUTED);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(
                attributed,
                unattributed,
                total,
                lastSeen == 0 ? null : lastSeen,
                lastAttributed == 0 ? null : lastAttributed);
    }

    /** The newest events first, at most {@code limit}. */
    public List<AttributionEvent> recentEvents(String accountId, int limit) {
        List<AttributionEvent> events = new ArrayList<>(recorder.pendingEvents(accountId));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, account_id, occurred_at, attributed, outcome, carrier, "
                        + "claim_value, user_id, user_name, session_id FROM attribution_event WHERE account_id = ?1 "
                        + "ORDER BY occurred_at DESC FETCH FIRST " + limit + " ROWS ONLY")
                .setParameter(1, accountId)
                .getResultList();
        for (Object[] r : rows) {
            events.add(new AttributionEvent(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    Boolean.TRUE.equals(r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9]));
        }
        events.sort(Comparator.comparingLong(AttributionEvent::occurredAt).reversed());
        return events.size() > limit ? events.subList(0, limit) : events;
    }

    /** Alerts of one account (or all accounts when null), newest first. */
    public List<Alert> alerts(String accountId, int limit) {
        String where = accountId == null ? "" : " WHERE account_id = ?1";
        var query = em.createNativeQuery("SELECT account_id, reason, window_start, first_seen_at, last_seen_at, "
                + "occurrences FROM attribution_alert" + where + " ORDER BY last_seen_at DESC FETCH FIRST " + limit
                + " ROWS ONLY");
        if (accountId != null) {
            query.setParameter(1, accountId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Alert> alerts = new ArrayList<>();
        for (Object[] r : rows) {
            alerts.add(new Alert(
                    (String) r[0],
                    (String) r[1],
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()));
        }
        return alerts;
    }
}
