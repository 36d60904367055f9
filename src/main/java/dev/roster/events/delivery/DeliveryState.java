package dev.roster.events.delivery;

import dev.roster.events.set.RemovedSubjects;
import dev.roster.events.set.StreamTarget;
import dev.roster.platform.SecretBox;
import dev.roster.platform.SharedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The delivery columns of {@code event_stream}: where each stream stands, its failures and its status. Each update
 * of a position names the position it read ({@code delivered_seq = ?}), so a node that lost its lease without
 * knowing cannot move a stream back.
 */
@ApplicationScoped
public class DeliveryState {

    public static final String PUSH = "urn:ietf:rfc:8935";
    public static final String POLL = "urn:ietf:rfc:8936";
    /** The key that encrypts stream authorization headers, shared by all nodes. */
    public static final String SECRET_KEY_ID = "event-stream-secrets";

    private static final String DUE_PUSH =
            "s.status = 'enabled' AND s.delivery_method = ?1 AND s.next_attempt_at <= ?2";

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    SharedKeys keys;

    /** Whether any push stream is enabled: without one, a commit has no POST to hurry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean anyEnabledPushStream() {
        return !em.createNativeQuery(
                        "SELECT s.id FROM event_stream s WHERE s.status = 'enabled' AND s.delivery_method = ?1")
                .setParameter(1, PUSH)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Enabled push streams whose next attempt is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> duePushStreams(long now) {
        return em.createNativeQuery("SELECT s.id FROM event_stream s WHERE " + DUE_PUSH)
                .setParameter(1, PUSH)
                .setParameter(2, now)
                .getResultList();
    }

    /**
     * The push stream as it is now, if it is still enabled and due: read by the run that claimed it, since a run
     * that ended after the list of due streams was read may have moved its position or put its next attempt off.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public PushStream duePushStream(String streamId, long now) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.audience, s.endpoint_url, s.authorization_header,"
                        + " s.events_requested, s.delivered_seq, s.attempts, s.failing_since,"
                        + " (SELECT COUNT(*) FROM event_stream_integration i WHERE i.stream_id = s.id)"
                        + " FROM event_stream s WHERE " + DUE_PUSH + " AND s.id = ?3")
                .setParameter(1, PUSH)
                .setParameter(2, now)
                .setParameter(3, streamId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        String sealed = (String) r[3];
        return new PushStream(
                new StreamTarget(streamId, (String) r[1], eventTypes((String) r[4]), removedSubjects(streamId)),
                (String) r[2],
                sealed == null || sealed.isEmpty() ? null : box().open(sealed, streamId),
                ((Number) r[8]).longValue() == 0,
                ((Number) r[5]).longValue(),
                ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).longValue());
    }

    /** A stream by id, whatever its method, or null when there is none. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public PollStream pollStream(String streamId) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.audience, s.events_requested, s.delivered_seq,"
                        + " s.status, s.delivery_method,"
                        + " (SELECT COUNT(*) FROM event_stream_integration i WHERE i.stream_id = s.id)"
                        + " FROM event_stream s WHERE s.id = ?1")
                .setParameter(1, streamId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new PollStream(
                new StreamTarget(streamId, (String) r[1], eventTypes((String) r[2]), removedSubjects(streamId)),
                ((Number) r[6]).longValue() == 0,
                ((Number) r[3]).longValue(),
                (String) r[4],
                (String) r[5]);
    }

    /** The subjects removed from the stream, read once for a whole run rather than for each event. */
    @SuppressWarnings("unchecked")
    private RemovedSubjects removedSubjects(String streamId) {
        return RemovedSubjects.of(
                em.createNativeQuery("SELECT subject FROM event_stream_subject WHERE stream_id = ?1 AND included = ?2")
                        .setParameter(1, streamId)
                        .setParameter(2, false)
                        .getResultList());
    }

    /** Records acknowledged SETs of a poll stream (a repeat is ignored). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void acknowledge(String streamId, Map<String, Long> outboxIdByJti) {
        for (Map.Entry<String, Long> ack : outboxIdByJti.entrySet()) {
            boolean known = ((Number) em.createNativeQuery(
                                            "SELECT COUNT(*) FROM event_poll_ack WHERE stream_id = ?1 AND jti = ?2")
                                    .setParameter(1, streamId)
                                    .setParameter(2, ack.getKey())
                                    .getSingleResult())
                            .longValue()
                    > 0;
            if (!known) {
                em.createNativeQuery("INSERT INTO event_poll_ack (stream_id, jti, outbox_id) VALUES (?1, ?2, ?3)")
                        .setParameter(1, streamId)
                        .setParameter(2, ack.getKey())
                        .setParameter(3, ack.getValue())
                        .executeUpdate();
            }
        }
    }

    /** The SETs of a poll stream acknowledged above its position. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public Set<String> acknowledged(String streamId) {
        return new HashSet<>(em.createNativeQuery("SELECT jti FROM event_poll_ack WHERE stream_id = ?1")
                .setParameter(1, streamId)
                .getResultList());
    }

    /** Moves a poll stream past fully acknowledged rows and forgets their acknowledgements. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void acknowledgedUpTo(String streamId, long fromSeq, long toSeq, long now) {
        int moved = em.createNativeQuery("UPDATE event_stream SET delivered_seq = ?1, last_delivered_at = ?2"
                        + " WHERE id = ?3 AND delivered_seq = ?4")
                .setParameter(1, toSeq)
                .setParameter(2, now)
                .setParameter(3, streamId)
                .setParameter(4, fromSeq)
                .executeUpdate();
        if (moved == 1) {
            em.createNativeQuery("DELETE FROM event_poll_ack WHERE stream_id = ?1 AND outbox_id IN"
                            + " (SELECT o.id FROM event_outbox o WHERE o.seq <= ?2)")
                    .setParameter(1, streamId)
                    .setParameter(2, toSeq)
                    .executeUpdate();
        }
    }

    /** The stream took everything up to {@code toSeq}; false when another node moved it meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean advance(String streamId, long fromSeq, long toSeq, long now) {
        return em.createNativeQuery("UPDATE event_stream SET delivered_seq = ?1, last_delivered_at = ?2, attempts = 0,"
                                + " failing_since = NULL, next_attempt_at = 0 WHERE id = ?3 AND delivered_seq = ?4")
                        .setParameter(1, toSeq)
                        .setParameter(2, now)
                        .setParameter(3, streamId)
                        .setParameter(4, fromSeq)
                        .executeUpdate()
                == 1;
    }

    /** A delivery failed and is retried at {@code retryAt}, or the stream is paused when {@code pauseReason} is set. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String streamId, String error, long now, long retryAt, String pauseReason) {
        String pause = pauseReason == null ? "" : ", status = 'paused', status_reason = ?5";
        var update = em.createNativeQuery("UPDATE event_stream SET last_error = ?1, last_error_at = ?2,"
                        + " attempts = attempts + 1, failing_since = COALESCE(failing_since, ?2), next_attempt_at = ?3"
                        + pause + " WHERE id = ?4")
                .setParameter(1, truncate(error, 2000))
                .setParameter(2, now)
                .setParameter(3, retryAt)
                .setParameter(4, streamId);
        if (pauseReason != null) {
            update.setParameter(5, truncate(pauseReason, 1000));
        }
        update.executeUpdate();
    }

    /** The receiver refused a SET as invalid (RFC 8935 400): recorded, and not sent again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void rejected(String streamId, String error, long now) {
        em.createNativeQuery("UPDATE event_stream SET last_error = ?1, last_error_at = ?2 WHERE id = ?3")
                .setParameter(1, truncate(error, 2000))
                .setParameter(2, now)
                .setParameter(3, streamId)
                .executeUpdate();
    }

    /** {@code events_requested} as stored: a JSON array or URIs separated by spaces or commas. */
    static Set<String> eventTypes(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        String list = stored.strip();
        if (list.startsWith("[")) {
            list = list.substring(1, list.length() - 1).replace("\"", " ");
        }
        Set<String> types = new LinkedHashSet<>(Arrays.asList(list.split("[\\s,]+")));
        types.remove("");
        return types;
    }

    private SecretBox box() {
        return new SecretBox(keys.key(SECRET_KEY_ID, "encrypts stream authorization headers"));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
