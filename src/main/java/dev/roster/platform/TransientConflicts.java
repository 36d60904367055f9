package dev.roster.platform;

import java.sql.SQLException;
import java.util.Set;

/** Recognises a transaction the database aborted because of another one, in whatever wrapping it arrives. */
public final class TransientConflicts {

    /**
     * 40001 serialization failure (PostgreSQL; H2's deadlock), 40P01 deadlock detected (PostgreSQL), HYT00 lock
     * timeout (H2).
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "HYT00");

    private TransientConflicts() {}

    public static boolean isTransient(Throwable failure) {
        return sqlState(failure) != null;
    }

    /** The SQLState of the conflict in the cause chain, or null when there is none. */
    static String sqlState(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && STATES.contains(next.getSQLState())) {
                        return next.getSQLState();
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
