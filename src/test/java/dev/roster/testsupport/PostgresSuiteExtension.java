package dev.roster.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the Arquillian integration suite against PostgreSQL: Failsafe's {@code postgresql} execution sets
 * {@code roster.it.postgres=true} and enables JUnit's extension auto-detection, which registers this
 * extension for every test class (META-INF/services). It is inert everywhere else.
 *
 * <p>Once per run it creates a fresh database {@code roster_it_<time>_<random>} and points the
 * {@code roster.it.db.*} system properties at it before Arquillian reads {@code arquillian.xml}; the database
 * is dropped when the run ends. Every test class gets an empty schema, as it gets a new in-memory H2 on the
 * default run: before each class boots its server, whatever an earlier class left is dropped (the server
 * migrates the schema again at start).
 *
 * <p>Where PostgreSQL does not answer, every class is skipped with a message saying so, unless
 * {@code ROSTER_REQUIRE_POSTGRES=true} (CI), where every class fails.
 */
public class PostgresSuiteExtension implements ExecutionCondition, BeforeAllCallback {

    public static final String ENABLED_PROPERTY = "roster.it.postgres";

    private static final Logger LOG = Logger.getLogger(PostgresSuiteExtension.class.getName());
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresSuiteExtension.class);

    private static boolean active() {
        return Boolean.getBoolean(ENABLED_PROPERTY);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!active()) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        String reason = Postgres.unreachableReason();
        if (reason == null || Postgres.required()) {
            return ConditionEvaluationResult.enabled("PostgreSQL run");
        }
        return ConditionEvaluationResult.disabled("Skipping the PostgreSQL run of the integration suite: " + reason
                + ". Start PostgreSQL 15+ on 127.0.0.1:5432 (user postgres, trust auth) to run it; CI sets "
                + Postgres.REQUIRE_ENV + "=true to require it.");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (!active()) {
            return;
        }
        Postgres.assumeAvailable();
        SuiteDatabase database = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(SuiteDatabase.class, type -> new SuiteDatabase(), SuiteDatabase.class);
        database.resetSchema();
    }

    /** The run's database; JUnit closes it (drops it) when the whole run ends. */
    static final class SuiteDatabase implements ExtensionContext.Store.CloseableResource {

        private final Postgres.FreshDatabase database;
        private boolean used;

        SuiteDatabase() {
            database = Postgres.createDatabase("it");
            System.setProperty("roster.it.db.url", database.url());
            System.setProperty("roster.it.db.driver", "org.postgresql.Driver");
            System.setProperty("roster.it.db.user", Postgres.user());
            System.setProperty("roster.it.db.password", Postgres.password());
            LOG.info("Integration suite on PostgreSQL database " + database.name());
        }

        /** Drops what the previous class's server left; the server that boots next migrates afresh. */
        void resetSchema() throws SQLException {
            if (!used) {
                used = true;
                return;
            }
            try (Connection connection = database.connect()) {
                try (PreparedStatement others = connection.prepareStatement("SELECT pg_terminate_backend(pid) "
                        + "FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                    others.setString(1, database.name());
                    others.execute();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP SCHEMA public CASCADE");
                    statement.execute("CREATE SCHEMA public");
                }
            }
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
