package dev.roster.platform;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An hourly job that deletes old rows, each delete run in bounded batches of their own transactions, so it never
 * holds one long transaction (and its locks) over a large table, and what it deleted stays deleted when it stops.
 * Every node runs it; deleting the same old rows twice is harmless. A subclass is a bean-managed-transaction
 * {@code @Singleton} with the {@code @Schedule} and the delete statements.
 */
public abstract class RetentionJob {

    /** Rows one batch deletes at most: a delete statement bounds its subquery with this. */
    public static final int BATCH = 1000;
    /** One run deletes at most this many batches per statement; the next run goes on. */
    public static final int MAX_BATCHES_PER_RUN = 500;

    private final Logger log;
    private final String name;

    @PersistenceContext(unitName = "roster")
    private EntityManager em;

    @Resource
    private UserTransaction transaction;

    /** @param name what the log calls the job, as in "{name} stopped after 12 rows" */
    protected RetentionJob(Logger log, String name) {
        this.log = log;
        this.name = name;
    }

    /**
     * Runs {@code sql}, a delete of at most {@value #BATCH} rows with {@code cutoff} as {@code ?1}, until a batch
     * deletes fewer rows or {@value #MAX_BATCHES_PER_RUN} batches ran, and returns the rows deleted. A failure
     * rolls back only the open batch and is logged.
     */
    protected int sweep(String sql, long cutoff) {
        int deleted = 0;
        try {
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                transaction.begin();
                int rows = em.createNativeQuery(sql).setParameter(1, cutoff).executeUpdate();
                transaction.commit();
                deleted += rows;
                if (rows < BATCH) {
                    break;
                }
            }
        } catch (Exception e) {
            try {
                transaction.rollback();
            } catch (Exception ignored) {
                // No transaction was active.
            }
            log.log(Level.WARNING, name + " stopped after " + deleted + " rows; the next run goes on", e);
        }
        return deleted;
    }
}
