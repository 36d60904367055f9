package dev.roster.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes committed writes durable before they are acknowledged, for all waiting requests at once (group commit).
 * <p>
 * Embedded H2 runs with its write delay: a commit stays in memory until H2's background writer or a
 * {@code CHECKPOINT} stores it, and storing serialises every changed B-tree page. With {@code WRITE_DELAY=0}
 * each commit stored its own pages, which was half the CPU of a SCIM create. Here a request that wrote waits
 * until a {@code CHECKPOINT} that started after its commit has finished; one checkpoint serves every request
 * waiting at that moment, so under load a batch of commits shares one store. A lone request pays what a
 * {@code WRITE_DELAY=0} commit paid. Like {@code WRITE_DELAY=0}, this survives the death of the process, not a
 * power loss (no fsync; see {@code server-config/durability.md}).
 * <p>
 * Other databases (PostgreSQL) make a commit durable before it returns, and a URL that keeps
 * {@code WRITE_DELAY=0} stores on every commit, so for them this does nothing.
 */
@ApplicationScoped
public class DurableWrites {

    private static final Logger LOG = Logger.getLogger(DurableWrites.class.getName());

    @Resource(lookup = RosterDatabase.JNDI_NAME)
    DataSource dataSource;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    private long started;
    private long completed;
    private boolean flushing;
    private volatile Boolean checkpointNeeded;

    /** Returns once everything this thread committed before the call is in the database file. */
    public void awaitDurable() {
        if (!checkpointNeeded()) {
            return;
        }
        lock.lock();
        try {
            // A checkpoint already running may have started before our commit: only the next one counts.
            long target = flushing ? started + 1 : completed + 1;
            while (completed < target) {
                if (flushing) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                flushing = true;
                long epoch = ++started;
                boolean stored = false;
                lock.unlock();
                try {
                    checkpoint();
                    stored = true;
                } finally {
                    lock.lock();
                    flushing = false;
                    if (stored) {
                        completed = epoch;
                    } else {
                        started = completed;
                    }
                    finished.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store committed writes (H2 CHECKPOINT; the database user "
                    + "must have admin rights, as the default sa has)", e);
        }
    }

    private boolean checkpointNeeded() {
        Boolean needed = checkpointNeeded;
        if (needed == null) {
            needed = needsCheckpoint(databaseUrl());
            checkpointNeeded = needed;
            LOG.info(needed ? "Writes are acknowledged after an H2 checkpoint shared by concurrent requests"
                    : "Writes are acknowledged when their commit returns");
        }
        return needed;
    }

    /** An H2 file database with a write delay; in-memory H2 has nothing to store. */
    static boolean needsCheckpoint(String url) {
        String lower = url.toLowerCase(Locale.ROOT).replace(" ", "");
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
            return false;
        }
        return !lower.contains(";write_delay=0;") && !lower.endsWith(";write_delay=0");
    }

    private String databaseUrl() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database URL", e);
        }
    }
}
