package dev.roster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.directory.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventRetentionTest {

    private static final long NOW = 1_800_000_000_000L;

    @Test
    void cutoffIsRetentionDaysBeforeNowAndZeroKeepsEverything() {
        assertEquals(NOW - Duration.ofDays(90).toMillis(), EventRetention.cutoff(NOW, 90));
        assertEquals(-1, EventRetention.cutoff(NOW, 0));
        assertEquals(-1, EventRetention.cutoff(NOW, -3));
    }

    /** The batch statement runs as written on the migrated schema and deletes only old rows, at most one batch. */
    @Test
    void aBatchDeletesOnlyOldRowsAndAtMostBatchSize() throws SQLException {
        try (TestDatabase database = TestDatabase.h2();
                Connection connection = database.connect()) {
            int old = EventRetention.BATCH + 5;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO provisioning_event "
                            + "(id, integration_id, occurred_at, operation, outcome, status) VALUES (?, 'x', ?, 'USER_CREATED', 'success', 200)")) {
                for (int i = 0; i < old + 3; i++) {
                    insert.setString(1, "e" + i);
                    insert.setLong(2, i < old ? NOW - 1000 - i : NOW + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            String jdbc = EventRetention.DELETE_BATCH.replace("?1", "?");
            try (PreparedStatement delete = connection.prepareStatement(jdbc)) {
                delete.setLong(1, NOW);
                assertEquals(EventRetention.BATCH, delete.executeUpdate());
                assertEquals(5, delete.executeUpdate());
                assertEquals(0, delete.executeUpdate());
            }
            try (ResultSet left =
                    connection.createStatement().executeQuery("SELECT COUNT(*) FROM provisioning_event")) {
                left.next();
                assertEquals(3, left.getInt(1));
            }
        }
    }
}
