package dev.roster.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testsupport.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that the earlier start-up code kept re-installing the configured token into (V6, on H2
 * and, where one answers, PostgreSQL): the value in use counts as applied, and the configured tokens that a
 * disable, Save or rotate was meant to end are gone; its hint no longer shows the value's beginning.
 */
class ConfiguredTokenMigrationTest {

    private static final String HASH = SecretTokens.hash("operator-chosen-value");

    @Test
    void upgradeOnH2() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        try (Connection keepAlive = dataSource.getConnection()) {
            upgrade(Flyway.configure().dataSource(dataSource), dataSource::getConnection);
            try (Statement statement = keepAlive.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    @Test
    void upgradeOnPostgreSql() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase db = Postgres.createDatabase("it_v6")) {
            upgrade(Flyway.configure().dataSource(db.url(), Postgres.user(), Postgres.password()), db::connect);
        }
    }

    interface Connector {
        Connection connect() throws SQLException;
    }

    private static void upgrade(FluentConfiguration flyway, Connector connector) throws SQLException {
        flyway.locations("classpath:db/migration").target("4").load().migrate();
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement()) {
            // `default` with its configured token (installed at 1000) and nothing newer: it stays.
            integration(statement, "default", true);
            credential(statement, "c-default", "default", "CONFIGURED_TOKEN", HASH, "operator-…", 1000);
            // A Save or rotate issued a newer token after the configured one was installed: it ends.
            integration(statement, "saved", true);
            credential(statement, "c-saved", "saved", "CONFIGURED_TOKEN", SecretTokens.hash("b"), "b", 1000);
            credential(statement, "s-saved", "saved", "SCIM_TOKEN", SecretTokens.hash("rsct_b"), "rsct_b…", 2000);
            // Provisioning disabled: it ends.
            integration(statement, "disabled", false);
            credential(statement, "c-disabled", "disabled", "CONFIGURED_TOKEN", SecretTokens.hash("c"), "c", 1000);
            // A generated token older than the configured one changes nothing.
            integration(statement, "older", true);
            credential(statement, "s-older", "older", "SCIM_TOKEN", SecretTokens.hash("rsct_d"), "rsct_d…", 500);
            credential(statement, "c-older", "older", "CONFIGURED_TOKEN", SecretTokens.hash("d"), "d", 1000);
        }
        flyway.target("latest").load().migrate();
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement()) {
            assertEquals(
                    List.of(
                            "c-default roster.scim.token",
                            "c-older roster.scim.token",
                            "s-older rsct_d…",
                            "s-saved rsct_b…"),
                    rows(statement, "SELECT id, hint FROM credential ORDER BY id"));
            assertEquals(
                    List.of("roster.scim.token " + HASH + " 1000"),
                    rows(statement, "SELECT setting_key, value_hash, applied_at FROM applied_setting"));
        }
    }

    private static void integration(Statement statement, String id, boolean enabled) throws SQLException {
        statement.executeUpdate("INSERT INTO integration (id, name, idp, scim_enabled, created_at, modified_at) "
                + "VALUES ('" + id + "', '" + id + "', 'GENERIC', " + enabled + ", 0, 0)");
    }

    private static void credential(
            Statement statement, String id, String integration, String kind, String hash, String hint, long createdAt)
            throws SQLException {
        statement.executeUpdate("INSERT INTO credential (id, integration_id, kind, secret_hash, hint, created_at) "
                + "VALUES ('" + id + "', '" + integration + "', '" + kind + "', '" + hash + "', '" + hint + "', "
                + createdAt + ")");
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
