package dev.roster.web.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;

/**
 * The failure counters in {@code admin_login_failure}, shared by every node, in plain JDBC: the same SQL on
 * H2 and PostgreSQL, and a transaction only where the decision needs one.
 *
 * <p>{@link #claim} is the one place an attempt is let through to the password check. It locks both counters
 * of the attempt ({@code SELECT … FOR UPDATE}, address first, so two claims never wait on each other in a
 * circle), decides from what they hold, and, when the attempt may go on, counts it as a failure and as a
 * running check before the password is checked at all. The check's end settles it: {@link #failed} dates the
 * failure, {@link #succeeded} takes it back. So concurrent attempts queue on the row, each sees the ones
 * before it, and no more than the policy allows ever reach the password hash, on any number of nodes. A
 * refused attempt counts nothing: it learned nothing and cost nothing.
 */
final class LoginFailureTable {

    private static final String READ = "SELECT key_hash, failures, checks_running, last_failure_at "
            + "FROM admin_login_failure WHERE key_hash IN (?, ?)";
    private static final String LOCK = "SELECT failures, checks_running, first_failure_at, last_failure_at "
            + "FROM admin_login_failure WHERE key_hash = ? FOR UPDATE";
    private static final String INSERT = "INSERT INTO admin_login_failure "
            + "(key_hash, failures, checks_running, first_failure_at, last_failure_at) VALUES (?, 0, 0, ?, ?)";
    private static final String COUNT = "UPDATE admin_login_failure SET failures = ?, checks_running = ?, "
            + "first_failure_at = ?, last_failure_at = ? WHERE key_hash = ?";
    private static final String CHECK_FAILED = "UPDATE admin_login_failure SET "
            + "checks_running = CASE WHEN checks_running > 0 THEN checks_running - 1 ELSE 0 END, "
            + "last_failure_at = GREATEST(last_failure_at, ?) WHERE key_hash IN (?, ?)";
    private static final String FORGET = "DELETE FROM admin_login_failure WHERE key_hash = ?";
    private static final String TAKE_BACK = "UPDATE admin_login_failure SET "
            + "failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END, "
            + "checks_running = CASE WHEN checks_running > 0 THEN checks_running - 1 ELSE 0 END WHERE key_hash = ?";
    private static final String PURGE = "DELETE FROM admin_login_failure WHERE last_failure_at < ?";

    private record Counter(int failures, int checksRunning, long firstFailureAt, long lastFailureAt) {}

    private final DataSource dataSource;
    private final LoginThrottlePolicy addressPolicy;
    private final LoginThrottlePolicy accountPolicy;

    LoginFailureTable(DataSource dataSource, LoginThrottlePolicy addressPolicy, LoginThrottlePolicy accountPolicy) {
        this.dataSource = dataSource;
        this.addressPolicy = addressPolicy;
        this.accountPolicy = accountPolicy;
    }

    /** Milliseconds the attempt would have to wait, read without locking (for answers that need no check). */
    long waitMillis(ThrottleKeys keys, long now) throws SQLException {
        long wait = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, keys.address());
            read.setString(2, keys.account());
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    LoginThrottlePolicy policy =
                            rows.getString(1).equals(keys.address()) ? addressPolicy : accountPolicy;
                    wait = Math.max(wait, policy.waitMillis(rows.getInt(2), rows.getInt(3), rows.getLong(4), now));
                }
            }
        }
        return wait;
    }

    /**
     * Lets one attempt through, counting it as a failure and a running check on both counters, or refuses it.
     * An attempt let through must be settled with {@link #failed} or {@link #succeeded}.
     *
     * @return 0 when the attempt may check the password, else the milliseconds it must wait (nothing counted)
     */
    long claim(ThrottleKeys keys, long now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Counter address = lock(connection, keys.address(), now);
                Counter account = lock(connection, keys.account(), now);
                long wait = Math.max(waitMillis(addressPolicy, address, now), waitMillis(accountPolicy, account, now));
                if (wait == 0) {
                    count(connection, keys.address(), address, addressPolicy, now);
                    count(connection, keys.account(), account, accountPolicy, now);
                }
                connection.commit();
                return wait;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The attempt's password was wrong: its check has ended, and the next delay counts from now. */
    void failed(ThrottleKeys keys, long now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement failed = connection.prepareStatement(CHECK_FAILED)) {
            failed.setLong(1, now);
            failed.setString(2, keys.address());
            failed.setString(3, keys.account());
            failed.executeUpdate();
        }
    }

    /** The attempt was right: the account's counter starts over, and the address gets its attempt back. */
    void succeeded(ThrottleKeys keys) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement forget = connection.prepareStatement(FORGET)) {
                forget.setString(1, keys.account());
                forget.executeUpdate();
            }
            try (PreparedStatement takeBack = connection.prepareStatement(TAKE_BACK)) {
                takeBack.setString(1, keys.address());
                takeBack.executeUpdate();
            }
        }
    }

    /** Deletes counters whose latest failure is older than {@code before}. */
    int purge(long before) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement purge = connection.prepareStatement(PURGE)) {
            purge.setLong(1, before);
            return purge.executeUpdate();
        }
    }

    /** The counter, locked until the transaction ends; created (empty) when it does not exist yet. */
    private static Counter lock(Connection connection, String key, long now) throws SQLException {
        Counter existing = select(connection, key);
        if (existing != null) {
            return existing;
        }
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, key);
            insert.setLong(2, now);
            insert.setLong(3, now);
            insert.executeUpdate();
            return new Counter(0, 0, now, now);
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
            // A concurrent first attempt inserted it (on PostgreSQL the failed INSERT would otherwise abort the
            // whole transaction); its row is there now, so wait for its lock like any other.
            connection.rollback(beforeInsert);
            Counter inserted = select(connection, key);
            if (inserted == null) {
                throw e;
            }
            return inserted;
        }
    }

    private static Counter select(Connection connection, String key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, key);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? new Counter(row.getInt(1), row.getInt(2), row.getLong(3), row.getLong(4)) : null;
            }
        }
    }

    private static long waitMillis(LoginThrottlePolicy policy, Counter counter, long now) {
        return policy.waitMillis(counter.failures(), counter.checksRunning(), counter.lastFailureAt(), now);
    }

    private static void count(Connection connection, String key, Counter counter, LoginThrottlePolicy policy, long now)
            throws SQLException {
        boolean restart = policy.isStale(counter.lastFailureAt(), now);
        try (PreparedStatement count = connection.prepareStatement(COUNT)) {
            count.setInt(1, policy.failuresAfterOneMore(counter.failures(), counter.lastFailureAt(), now));
            count.setInt(
                    2, LoginThrottlePolicy.runningChecks(counter.checksRunning(), counter.lastFailureAt(), now) + 1);
            count.setLong(3, restart ? now : counter.firstFailureAt());
            // Until the check ends (failed() dates it again), the attempt's start is the latest failure.
            count.setLong(4, now);
            count.setString(5, key);
            count.executeUpdate();
        }
    }
}
