package dev.roster.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Gives committed outbox rows their delivery order. Ids come from the insert, but a transaction that took id 7 may
 * commit after the one that took id 8: a reader that had passed 8 would never see 7. Only the node holding the
 * delivery lease sequences, and only rows it can see (committed ones), each pass giving them seqs above every seq
 * handed out before, in id order; a row that commits late gets a seq in a later pass, after the ones already seen.
 * One UPDATE per pass: {@code seq = id + offset}, with the offset that puts the pass's lowest id above the highest
 * seq so far.
 */
@ApplicationScoped
public class Sequencer {

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    /** Sequences what is committed and unsequenced; returns how many rows it sequenced. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sequence() {
        Object[] pending =
                (Object[]) em.createNativeQuery("SELECT MIN(id), MAX(id), COUNT(*) FROM event_outbox WHERE seq IS NULL")
                        .getSingleResult();
        long count = ((Number) pending[2]).longValue();
        if (count == 0) {
            return 0;
        }
        long minId = ((Number) pending[0]).longValue();
        long maxId = ((Number) pending[1]).longValue();
        long maxSeq = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM event_outbox")
                        .getSingleResult())
                .longValue();
        long offset = Math.max(0, maxSeq - minId + 1);
        return em.createNativeQuery("UPDATE event_outbox SET seq = id + ?1 WHERE seq IS NULL AND id <= ?2")
                .setParameter(1, offset)
                .setParameter(2, maxId)
                .executeUpdate();
    }

    /** The highest seq handed out so far: a new stream starts after it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long highestSeq() {
        return ((Number) em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM event_outbox")
                        .getSingleResult())
                .longValue();
    }
}
