package dev.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures the conflict retry runs a transaction again for. */
class TransientConflictsTest {

    @Test
    void deadlocksSerializationFailuresAndLockTimeoutsAreTransient() {
        assertEquals("40P01", TransientConflicts.sqlState(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertEquals("40001", TransientConflicts.sqlState(wrapped(new SQLException("could not serialize", "40001"))));
        assertEquals(
                "HYT00",
                TransientConflicts.sqlState(wrapped(new SQLException("Timeout trying to lock table", "HYT00"))));
    }

    @Test
    void aConflictBehindAnotherSqlExceptionIsFound() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "40P01");
        SQLException outer = new SQLException("batch failed", "HY000");
        outer.setNextException(batch);
        assertTrue(TransientConflicts.isTransient(wrapped(outer)));
    }

    @Test
    void constraintViolationsAndOtherFailuresAreNot() {
        assertFalse(TransientConflicts.isTransient(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(TransientConflicts.isTransient(new IllegalStateException("no cause")));
        assertFalse(TransientConflicts.isTransient(wrapped(new SQLException("no state"))));
    }

    /** The way it arrives: the persistence provider's exception inside the transaction manager's. */
    private static RuntimeException wrapped(SQLException sql) {
        return new RuntimeException("Transaction rolled back", new IllegalStateException("flush failed", sql));
    }
}
