package dev.roster.resolution.attribution;

import dev.roster.audit.EventOperation;
import dev.roster.audit.ProvisioningEvent;
import dev.roster.json.CachedJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writes one account's flushed tallies in one short transaction: counters and alerts as portable upserts
 * (update, else insert; a concurrent insert by another node fails the transaction, and the retry updates),
 * events as plain inserts. A new alert (its first occurrence in its hour) is also a provisioning-log entry.
 */
@ApplicationScoped
public class AttributionStore {

    /** Alerts of one account and reason are grouped by this window. */
    public static final long ALERT_WINDOW_MILLIS = 3_600_000L;

    static final String ATTRIBUTED = "attributed";

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    Event<ProvisioningEvent> events;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AttributionTally tally, List<AttributionTally.Drained> counts, List<AttributionEvent> recent) {
        for (AttributionTally.Drained d : counts) {
            int updated = em.createNativeQuery("UPDATE attribution_counter SET total = total + ?1, "
                            + "last_seen_at = GREATEST(last_seen_at, ?2) WHERE account_id = ?3 AND outcome = ?4")
                    .setParameter(1, d.count())
                    .setParameter(2, d.lastSeen())
                    .setParameter(3, tally.accountId)
                    .setParameter(4, d.outcome())
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("INSERT INTO attribution_counter (account_id, outcome, total, last_seen_at) "
                                + "VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, tally.accountId)
                        .setParameter(2, d.outcome())
                        .setParameter(3, d.count())
                        .setParameter(4, d.lastSeen())
                        .executeUpdate();
            }
            if (tally.requireAttribution && !ATTRIBUTED.equals(d.outcome())) {
                alert(tally, d);
            }
        }
        for (AttributionEvent e : recent) {
            em.createNativeQuery("INSERT INTO attribution_event (id, account_id, occurred_at, attributed, outcome, "
                            + "carrier, claim_value, user_id, user_name, session_id) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                    .setParameter(1, e.id())
                    .setParameter(2, e.accountId())
                    .setParameter(3, e.occurredAt())
                    .setParameter(4, e.attributed())
                    .setParameter(5, e.outcome())
                    .setParameter(6, e.carrier())
                    .setParameter(7, cap(e.claimValue(), 320))
                    .setParameter(8, e.userId())
                    .setParameter(9, cap(e.userName(), 512))
                    .setParameter(10, cap(e.sessionId(), 200))
                    .executeUpdate();
        }
    }

    private void alert(AttributionTally tally, AttributionTally.Drained d) {
        long window = d.lastSeen() - Math.floorMod(d.lastSeen(), ALERT_WINDOW_MILLIS);
        int updated = em.createNativeQuery("UPDATE attribution_alert SET occurrences = occurrences + ?1, "
                        + "last_seen_at = GREATEST(last_seen_at, ?2) WHERE account_id = ?3 AND reason = ?4 "
                        + "AND window_start = ?5")
                .setParameter(1, d.count())
                .setParameter(2, d.lastSeen())
                .setParameter(3, tally.accountId)
                .setParameter(4, d.outcome())
                .setParameter(5, window)
                .executeUpdate();
        if (updated > 0) {
            return;
        }
        em.createNativeQuery("INSERT INTO attribution_alert (account_id, reason, window_start, first_seen_at, "
                        + "last_seen_at, occurrences) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, tally.accountId)
                .setParameter(2, d.outcome())
                .setParameter(3, window)
                .setParameter(4, Math.max(window, d.firstSeen()))
                .setParameter(5, d.lastSeen())
                .setParameter(6, d.count())
                .executeUpdate();
        events.fire(new ProvisioningEvent(
                tally.integrationId,
                EventOperation.ATTRIBUTION_ALERT,
                200,
                "DatabaseAccount",
                tally.accountId,
                tally.label,
                CachedJson.createObjectBuilder()
                        .add("reason", d.outcome())
                        .add("occurrences", d.count())
                        .build(),
                "Unattributed use of " + tally.label + ", which requires attribution: " + d.outcome()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean accountExists(String accountId) {
        return !em.createNativeQuery("SELECT 1 FROM db_account WHERE id = ?1")
                .setParameter(1, accountId)
                .getResultList()
                .isEmpty();
    }

    private static String cap(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
