package dev.roster.scim.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.directory.TestDatabase;
import dev.roster.testsupport.Postgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The shared bucket's SQL on a migrated H2 and, where one answers, a migrated PostgreSQL. */
class JdbcBucketStoreTest {

    @Test
    void bucketArithmeticOnH2() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            exercise(db::connect);
        }
    }

    @Test
    void bucketArithmeticOnPostgreSql() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase db = Postgres.createDatabase("it_bucket")) {
            Flyway.configure()
                    .dataSource(db.url(), Postgres.user(), Postgres.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            exercise(db::connect);
        }
    }

    interface Connector {
        Connection connect() throws SQLException;
    }

    private static void exercise(Connector connector) throws SQLException {
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO integration (id, name, idp, scim_enabled, created_at, modified_at) "
                    + "VALUES ('okta-a', 'okta a', 'OKTA', TRUE, 0, 0)");
        }
        RateLimitPolicy policy = RateLimitPolicy.of(10, 20);
        JdbcBucketStore store = new JdbcBucketStore(dataSource(connector));
        assertEquals(17, store.consume("okta-a", 3, 1_000, policy), 1e-9, "a new row starts full");
        assertEquals(7, store.consume("okta-a", 10, 1_000, policy), 1e-9);
        assertEquals(8, store.consume("okta-a", 1, 1_200, policy), 1e-9, "200 ms refilled 2 tokens");
        assertEquals(-12, store.consume("okta-a", 20, 1_200, policy), 1e-9, "over-admission becomes a debt");
        assertEquals(-12, store.consume("okta-a", 0, 900, policy), 1e-9, "a lagging clock refills nothing");
        assertEquals(20, store.consume("okta-a", 0, 60_000, policy), 1e-9, "never above the burst");
        // A deleted integration takes its row along.
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM integration WHERE id = 'okta-a'");
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM scim_rate_limit")) {
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
        assertEquals(19, store.consume("okta-a", 1, 61_000, policy), 1e-9, "no row, no failure");
    }

    private static DataSource dataSource(Connector connector) {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return connector.connect();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return connector.connect();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {}

            @Override
            public void setLoginTimeout(int seconds) {}

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
