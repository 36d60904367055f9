package dev.roster.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.directory.TestDatabase;
import dev.roster.testsupport.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The failure counters' SQL on a migrated H2 and, where one answers, a migrated PostgreSQL: with the shipped
 * policies, what one address and one username from it may try, including many attempts at the same instant.
 */
class LoginFailureTableTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final String HERE = "203.0.113.9";
    private static final String ELSEWHERE = "198.51.100.4";

    @Test
    void onH2() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(db.url());
            dataSource.setUser("sa");
            exercise(dataSource, db::connect);
        }
    }

    @Test
    void onPostgreSql() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase db = Postgres.createDatabase("it_login_failure")) {
            Flyway.configure()
                    .dataSource(db.url(), Postgres.user(), Postgres.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(db.url());
            dataSource.setUser(Postgres.user());
            dataSource.setPassword(Postgres.password());
            exercise(dataSource, db::connect);
        }
    }

    interface Connector {
        Connection connect() throws SQLException;
    }

    private static void exercise(DataSource dataSource, Connector connector) throws Exception {
        LoginFailureTable table = new LoginFailureTable(
                dataSource, LoginThrottlePolicy.PER_ADDRESS, LoginThrottlePolicy.PER_ACCOUNT_AND_ADDRESS);
        concurrentGuessesForOneUsernameGetFiveChecksAtMost(table);
        aUsernameLockedOutFromOneAddressIsOpenFromAnother(table);
        rotatingUsernamesFromOneAddressIsThrottled(table);
        refusedAttemptsCountNothingAndTheWaitDoubles(table);
        aSuccessResetsTheUsernameAndGivesTheAddressItsAttemptBack(table);
        aCheckThatNeverEndedStopsCountingAfterAMinute(table);
        oldCountersArePurged(table, connector);
    }

    /**
     * The race of issue 12: the throttle was read before any failure was written, so 16 guesses sent at once
     * all reached the password check. Counted at the claim, at most 5 do, and no 6th starts while they run.
     */
    private static void concurrentGuessesForOneUsernameGetFiveChecksAtMost(LoginFailureTable table) throws Exception {
        ThrottleKeys keys = ThrottleKeys.of("admin", "192.0.2.16");
        List<Long> waits = concurrently(16, () -> table.claim(keys, NOW));
        assertEquals(5, waits.stream().filter(w -> w == 0).count(), waits.toString());
        assertEquals(11, waits.stream().filter(w -> w == 1000).count(), waits.toString());
        assertEquals(1000, table.claim(keys, NOW + 5000), "a straggler waits while the 5 checks still run");
        for (int i = 0; i < 5; i++) {
            table.failed(keys, NOW + 6000);
        }
        assertEquals(500, table.claim(keys, NOW + 6500), "once they failed, 1 s after the latest failure");
        assertEquals(0, table.claim(keys, NOW + 7000));
    }

    private static void aUsernameLockedOutFromOneAddressIsOpenFromAnother(LoginFailureTable table) throws SQLException {
        ThrottleKeys here = ThrottleKeys.of("root", HERE);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, attempt(table, here, NOW));
        }
        assertEquals(1000, table.claim(here, NOW));
        assertEquals(1000, table.waitMillis(here, NOW));
        ThrottleKeys elsewhere = ThrottleKeys.of("root", ELSEWHERE);
        assertEquals(0, table.waitMillis(elsewhere, NOW));
        assertEquals(0, attempt(table, elsewhere, NOW), "the admin elsewhere is not locked out");
    }

    private static void rotatingUsernamesFromOneAddressIsThrottled(LoginFailureTable table) throws SQLException {
        // HERE has 5 failures (root) already: 5 more usernames, one try each, fill its 10.
        for (int i = 0; i < 5; i++) {
            assertEquals(0, attempt(table, ThrottleKeys.of("user" + i, HERE), NOW), "user" + i);
        }
        assertEquals(1000, table.claim(ThrottleKeys.of("user-next", HERE), NOW), "the 11th username from one address");
        assertEquals(1000, table.waitMillis(ThrottleKeys.of("anyone", HERE), NOW));
        assertEquals(0, attempt(table, ThrottleKeys.of("user-next", ELSEWHERE), NOW));
    }

    private static void refusedAttemptsCountNothingAndTheWaitDoubles(LoginFailureTable table) throws SQLException {
        ThrottleKeys keys = ThrottleKeys.of("carol", "192.0.2.30");
        for (int i = 0; i < 5; i++) {
            assertEquals(0, attempt(table, keys, NOW));
        }
        assertEquals(1000, table.claim(keys, NOW));
        assertEquals(400, table.claim(keys, NOW + 600), "refusals did not push the wait out");
        assertEquals(0, attempt(table, keys, NOW + 1000), "the 6th attempt, after its second");
        assertEquals(2000, table.claim(keys, NOW + 1000));
        long later = NOW + LoginThrottlePolicy.PER_ACCOUNT_AND_ADDRESS.window().toMillis() + 1001;
        assertEquals(0, attempt(table, keys, later), "stale failures are forgotten");
        assertEquals(0, table.waitMillis(keys, later));
    }

    private static void aSuccessResetsTheUsernameAndGivesTheAddressItsAttemptBack(LoginFailureTable table)
            throws SQLException {
        String address = "192.0.2.40";
        for (int i = 0; i < 4; i++) {
            assertEquals(0, attempt(table, ThrottleKeys.of("dave", address), NOW));
        }
        // The 5th attempt is right: taken back, so dave has 5 fresh tries and the address 10 - 4.
        assertEquals(0, table.claim(ThrottleKeys.of("dave", address), NOW));
        table.succeeded(ThrottleKeys.of("dave", address));
        for (int i = 0; i < 5; i++) {
            assertEquals(0, attempt(table, ThrottleKeys.of("dave", address), NOW), "dave #" + i);
        }
        assertEquals(0, attempt(table, ThrottleKeys.of("erin", address), NOW));
        assertEquals(1000, table.claim(ThrottleKeys.of("frank", address), NOW), "4 + 5 + 1 = 10 for the address");
    }

    /** A check whose node died never ends: after a minute it no longer holds the counter back. */
    private static void aCheckThatNeverEndedStopsCountingAfterAMinute(LoginFailureTable table) throws SQLException {
        ThrottleKeys keys = ThrottleKeys.of("grace", "192.0.2.60");
        for (int i = 0; i < 4; i++) {
            assertEquals(0, attempt(table, keys, NOW));
        }
        assertEquals(0, table.claim(keys, NOW), "the 5th, whose node dies");
        assertEquals(1000, table.claim(keys, NOW + 30_000));
        assertEquals(0, table.claim(keys, NOW + 61_000));
    }

    /** One attempt whose password turns out wrong: claimed and, if let through, failed. */
    private static long attempt(LoginFailureTable table, ThrottleKeys keys, long now) throws SQLException {
        long wait = table.claim(keys, now);
        if (wait == 0) {
            table.failed(keys, now);
        }
        return wait;
    }

    private static void oldCountersArePurged(LoginFailureTable table, Connector connector) throws SQLException {
        long before = rows(connector);
        long forgetAfter = LoginThrottlePolicy.PER_ADDRESS.forgottenAfterMillis();
        assertEquals(0, table.purge(NOW - forgetAfter));
        attempt(table, ThrottleKeys.of("old", "192.0.2.50"), NOW - forgetAfter - 1);
        assertEquals(2, table.purge(NOW - forgetAfter), "both counters of the old attempt");
        assertEquals(before, rows(connector));
    }

    private static long rows(Connector connector) throws SQLException {
        try (Connection connection = connector.connect();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM admin_login_failure")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Runs the task on n threads released at once; its results in no particular order. */
    private static <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
