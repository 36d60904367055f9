package dev.roster.directory.store;

import dev.roster.scim.error.ScimException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.function.Function;

/** What the user and group stores do alike with their rows. */
final class Rows {

    /** Ids are UUIDs; anything longer cannot exist and is not worth a query. */
    private static final int MAX_ID_LENGTH = 36;

    private Rows() {}

    /**
     * The row with this id if it belongs to the integration: another directory's ids do not exist here.
     * With {@code lock}, the row stays locked until the transaction ends, so writers of one resource take turns.
     */
    static <T> Optional<T> find(
            EntityManager em,
            Class<T> type,
            String id,
            boolean lock,
            String integrationId,
            Function<T, String> integrationOf) {
        if (id == null || id.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        T entity = lock ? em.find(type, id, LockModeType.PESSIMISTIC_WRITE) : em.find(type, id);
        return entity != null && integrationOf.apply(entity).equals(integrationId)
                ? Optional.of(entity)
                : Optional.empty();
    }

    /**
     * Writes pending changes; a unique index that refuses them is a 409 {@code uniqueness}. The index decides,
     * not a query before the write: one statement fewer, and right when two nodes write the same name at once.
     */
    static void flushOrConflict(EntityManager em, String conflictDetail) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e)) {
                throw ScimException.uniqueness(conflictDetail);
            }
            throw e;
        }
    }
}
