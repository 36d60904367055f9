package dev.roster.platform;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;

/**
 * Retention sweeps: a delete run in bounded batches, each in a transaction of its own, so a sweep never holds
 * one long transaction (and its locks) over a large table, and what it deleted stays deleted when it stops.
 */
public final class BatchedDelete {

    /** Rows deleted, and why the sweep stopped early (null when it ran to the end). */
    public record Result(int deleted, Exception failure) {}

    private BatchedDelete() {}

    /**
     * Runs {@code sql}, a delete of at most {@code batchSize} rows with {@code cutoff} as {@code ?1}, until a batch
     * deletes fewer than {@code batchSize} rows or {@code maxBatches} batches ran. A failure rolls back only the
     * open batch.
     */
    public static Result run(
            EntityManager em, UserTransaction transaction, String sql, long cutoff, int batchSize, int maxBatches) {
        int deleted = 0;
        try {
            for (int batch = 0; batch < maxBatches; batch++) {
                transaction.begin();
                int rows = em.createNativeQuery(sql).setParameter(1, cutoff).executeUpdate();
                transaction.commit();
                deleted += rows;
                if (rows < batchSize) {
                    break;
                }
            }
            return new Result(deleted, null);
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // No transaction was active.
            }
            return new Result(deleted, e);
        }
    }
}
