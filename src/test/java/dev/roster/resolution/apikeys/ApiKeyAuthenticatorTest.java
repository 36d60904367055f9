package dev.roster.resolution.apikeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.directory.TestDatabase;
import dev.roster.integration.SecretTokens;
import dev.roster.testsupport.Postgres;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The API-key lookup on a migrated H2 and, where one answers, PostgreSQL: the key's integrations come with it, and
 * what another node does to the key (revoking it, deleting one of its integrations) counts on the very next
 * request, since nothing is remembered between requests.
 */
class ApiKeyAuthenticatorTest {

    private static final String SCOPED = "rsrk_scoped-" + "a".repeat(40);
    private static final String UNSCOPED = "rsrk_unscoped-" + "b".repeat(38);
    private static final String ORPHANED = "rsrk_orphaned-" + "c".repeat(38);

    @Test
    void onH2() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            exercise(db::connect);
        }
    }

    @Test
    void onPostgreSql() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase db = Postgres.createDatabase("it_api_keys")) {
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
        execute(
                connector,
                "INSERT INTO integration (id, name, idp, scim_enabled, created_at, modified_at) VALUES "
                        + "('okta-a', 'A', 'OKTA', TRUE, 0, 0), ('entra-b', 'B', 'ENTRA', TRUE, 0, 0), ('okta-c', 'C', 'OKTA', TRUE, 0, 0)",
                key("k-scoped", SCOPED, false),
                key("k-unscoped", UNSCOPED, true),
                key("k-orphaned", ORPHANED, false),
                "INSERT INTO resolution_api_key_scope (key_id, integration_id) VALUES "
                        + "('k-scoped', 'okta-a'), ('k-scoped', 'okta-c'), ('k-orphaned', 'entra-b')");
        List<String> marked = new ArrayList<>();
        ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator();
        authenticator.dataSource = dataSource(connector);
        authenticator.usage = new ApiKeyAuthenticator.Usage() {
            @Override
            public void markUsed(String keyId, long now) {
                marked.add(keyId);
            }
        };

        ApiKeyAuthenticator.Caller scoped = authenticator.authenticate(SCOPED).orElseThrow();
        assertEquals("k-scoped", scoped.keyId());
        assertEquals(Set.of("okta-a", "okta-c"), scoped.scope().integrationIds());
        assertTrue(authenticator.authenticate(UNSCOPED).orElseThrow().scope().all());
        assertEquals(
                Set.of("entra-b"),
                authenticator.authenticate(ORPHANED).orElseThrow().scope().integrationIds());
        assertEquals(List.of("k-scoped", "k-unscoped", "k-orphaned"), marked, "never used: each use is recorded");
        assertEquals(Optional.empty(), authenticator.authenticate("rsrk_unknown-" + "d".repeat(39)));
        assertEquals(Optional.empty(), authenticator.authenticate("rsct_not-an-api-key"));

        // Another node revokes a key and deletes an integration: the next request sees both.
        execute(
                connector,
                "UPDATE resolution_api_key SET revoked_at = 5 WHERE id = 'k-unscoped'",
                "DELETE FROM integration WHERE id IN ('okta-c', 'entra-b')");
        assertEquals(
                Optional.empty(), authenticator.authenticate(UNSCOPED), "revoked on another node: refused at once");
        assertEquals(
                Set.of("okta-a"),
                authenticator.authenticate(SCOPED).orElseThrow().scope().integrationIds());
        IntegrationScope nothing =
                authenticator.authenticate(ORPHANED).orElseThrow().scope();
        assertTrue(
                !nothing.all() && nothing.integrationIds().isEmpty(),
                "its only integration was deleted: reads nothing");
    }

    private static String key(String id, String key, boolean allIntegrations) {
        return "INSERT INTO resolution_api_key (id, name, secret_hash, hint, created_at, all_integrations) VALUES ('"
                + id + "', '" + id + "', '" + SecretTokens.hash(key) + "', '" + SecretTokens.hint(key) + "', 0, "
                + allIntegrations + ")";
    }

    private static void execute(Connector connector, String... sql) throws SQLException {
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        }
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
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
