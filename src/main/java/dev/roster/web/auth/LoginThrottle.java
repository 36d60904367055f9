package dev.roster.web.auth;

import dev.roster.platform.RosterDatabase;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Failed-sign-in counting in the database ({@link LoginFailureTable}), so every node throttles the same
 * client alike. Never inside the request's transaction (there is none, and a rollback must not take a count
 * back). When the counters cannot be read or written, sign-in is refused for a second rather than let
 * through uncounted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final long UNAVAILABLE_WAIT_MILLIS = 1000;

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    private LoginFailureTable table;

    @PostConstruct
    void init() {
        table = new LoginFailureTable(
                dataSource, LoginThrottlePolicy.PER_ADDRESS, LoginThrottlePolicy.PER_ACCOUNT_AND_ADDRESS);
    }

    /** Milliseconds the attempt must wait before it may even be checked; 0 when it may. Counts nothing. */
    public long waitMillis(ThrottleKeys keys) {
        try {
            return table.waitMillis(keys, System.currentTimeMillis());
        } catch (SQLException e) {
            return unavailable(e);
        }
    }

    /**
     * 0 when the attempt may check the password (counted as failed, and as running until {@link #failed} or
     * {@link #succeeded} settles it), else the wait.
     */
    public long claim(ThrottleKeys keys) {
        try {
            return table.claim(keys, System.currentTimeMillis());
        } catch (SQLException e) {
            return unavailable(e);
        }
    }

    /** The claimed attempt's password was wrong. */
    public void failed(ThrottleKeys keys) {
        try {
            table.failed(keys, System.currentTimeMillis());
        } catch (SQLException e) {
            // The check stays "running" until it times out: later attempts wait a little longer, never less.
            LOG.log(Level.FINE, "Failed check not recorded", e);
        }
    }

    /** The claimed attempt's password was right. */
    public void succeeded(ThrottleKeys keys) {
        try {
            table.succeeded(keys);
        } catch (SQLException e) {
            // The count stays one too high until it goes stale: a brake slightly early, never late.
            LOG.log(Level.FINE, "Failure count not taken back", e);
        }
    }

    /** Forgets counters too old to matter to any decision. */
    public int purgeStale(long now) {
        long forgetAfter = Math.max(
                LoginThrottlePolicy.PER_ADDRESS.forgottenAfterMillis(),
                LoginThrottlePolicy.PER_ACCOUNT_AND_ADDRESS.forgottenAfterMillis());
        try {
            return table.purge(now - forgetAfter);
        } catch (SQLException e) {
            LOG.warning("Old sign-in failure counts not purged: SQLState " + e.getSQLState());
            return 0;
        }
    }

    private static long unavailable(SQLException e) {
        LOG.warning("Admin sign-in refused: the failure counters are not available (SQLState " + e.getSQLState() + ": "
                + e.getMessage() + ")");
        return UNAVAILABLE_WAIT_MILLIS;
    }
}
