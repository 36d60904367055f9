package dev.roster.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the tests may use: 127.0.0.1:5432, user {@code postgres} (trust auth), unless
 * {@code roster.it.pg.url}/{@code roster.it.pg.user}/{@code roster.it.pg.password} say otherwise.
 *
 * <p>The rule for every PostgreSQL test: where no server answers, the test is skipped with a message saying
 * so; where {@code ROSTER_REQUIRE_POSTGRES=true} (CI, set by {@code .ci/run}) it fails instead. Every test run
 * gets databases of its own ({@code roster_it_<time>_<random>}), dropped afterwards.
 */
public final class Postgres {

    public static final String REQUIRE_ENV = "ROSTER_REQUIRE_POSTGRES";

    private static final String ADMIN_URL =
            System.getProperty("roster.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getProperty("roster.it.pg.user", "postgres");
    private static final String PASSWORD = System.getProperty("roster.it.pg.password", "");

    private static volatile String unreachable;
    private static volatile boolean probed;

    private Postgres() {}

    /** Whether CI (or the developer) demands the PostgreSQL tests run. */
    public static boolean required() {
        String value = System.getenv(REQUIRE_ENV);
        if (value == null) {
            value = System.getProperty("roster.require-postgres");
        }
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    /** Null when a server answered, else why not (probed once per JVM). */
    public static synchronized String unreachableReason() {
        if (!probed) {
            probed = true;
            try (Connection connection = connect(ADMIN_URL)) {
                connection.isValid(3);
            } catch (SQLException | RuntimeException e) {
                unreachable = "PostgreSQL is not reachable at " + ADMIN_URL + " as " + USER + ": " + e.getMessage();
                System.err.println("[roster tests] " + unreachable
                        + (required()
                                ? " -- the PostgreSQL tests FAIL (" + REQUIRE_ENV + "=true)"
                                : " -- the PostgreSQL tests are SKIPPED (set " + REQUIRE_ENV
                                        + "=true to require them)"));
            }
        }
        return unreachable;
    }

    public static boolean available() {
        return unreachableReason() == null;
    }

    /**
     * Skips the calling test (or fails it, when PostgreSQL is required) unless a server answers. Use in
     * {@code @BeforeAll} or at the start of a test.
     */
    public static void assumeAvailable() {
        String reason = unreachableReason();
        if (reason == null) {
            return;
        }
        if (required()) {
            Assertions.fail(reason + " (" + REQUIRE_ENV + "=true makes the PostgreSQL tests mandatory)");
        }
        Assumptions.abort("Skipping a PostgreSQL test: " + reason + ". Start PostgreSQL 15+ on 127.0.0.1:5432 "
                + "(user postgres, trust auth) to run it; CI sets " + REQUIRE_ENV + "=true to require it.");
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static final java.util.regex.Pattern TEST_DATABASE =
            java.util.regex.Pattern.compile("roster_[a-z0-9_]+_(\\d{14})_[a-z0-9]+");
    private static volatile boolean swept;

    /**
     * Drops test databases that a killed test run left behind: names of this class's pattern whose time is more
     * than 12 hours old and that nobody is connected to. Once per JVM.
     */
    static synchronized void sweepStale() {
        if (swept) {
            return;
        }
        swept = true;
        String cutoff = LocalDateTime.now().minusHours(12).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        List<String> stale = new java.util.ArrayList<>();
        try (Connection connection = connect(ADMIN_URL);
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows =
                        statement.executeQuery("SELECT datname FROM pg_database d WHERE datname LIKE 'roster%' "
                                + "AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
            while (rows.next()) {
                java.util.regex.Matcher name = TEST_DATABASE.matcher(rows.getString(1));
                if (name.matches() && name.group(1).compareTo(cutoff) < 0) {
                    stale.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            return;
        }
        for (String name : stale) {
            try {
                execute("DROP DATABASE IF EXISTS " + name);
            } catch (RuntimeException e) {
                // someone connected meanwhile: leave it
            }
        }
    }

    /** A new, empty database; closing it drops it (ending any connection still open). */
    public static FreshDatabase createDatabase(String purpose) {
        sweepStale();
        String name = "roster_" + purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20, 1 << 24), 36);
        execute("CREATE DATABASE " + name);
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
        return new FreshDatabase(name, url);
    }

    static void execute(String sql) {
        try (Connection connection = connect(ADMIN_URL);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "60");
        return DriverManager.getConnection(url, properties);
    }

    /** A database of this test run. */
    public record FreshDatabase(String name, String url) implements AutoCloseable {

        public Connection connect() throws SQLException {
            return Postgres.connect(url);
        }

        @Override
        public void close() {
            // FORCE (PostgreSQL 13+) ends connections a killed server left behind.
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
