package dev.roster.scim.service.commit;

import dev.roster.audit.RequestOrigin;
import dev.roster.audit.RequestOrigins;
import dev.roster.config.RosterConfig;
import dev.roster.scim.spi.StorageProfile;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The writer threads of the shared commits ({@link CommitBatcher}) and their container wiring: a managed
 * thread factory, so the writers run with the application's context, and the JTA user transaction. The
 * writers start with the first write. On embedded H2 one writer: H2 stores every commit in the committing
 * thread, so one writer makes the largest shared commits and measured fastest (two writers: a third fewer
 * creates/s). A database server works on several transactions at once while each waits for the network
 * and the disk, so there the default is {@value #SERVER_WRITERS} writers.
 */
@ApplicationScoped
public class CommitQueue {

    private static final Logger LOG = Logger.getLogger(CommitQueue.class.getName());

    static final int SERVER_WRITERS = 4;

    @Inject
    RosterConfig config;

    @Inject
    RequestOrigins origins;

    @Resource
    ManagedThreadFactory threadFactory;

    @Resource
    UserTransaction transaction;

    @Inject
    StorageProfile storage;

    private final List<Thread> writers = new ArrayList<>();
    private volatile CommitBatcher batcher;
    private volatile boolean stopped;

    boolean enabled() {
        return config.sharedCommitMaxWrites() > 1;
    }

    /** Runs the write in a shared transaction on a writer thread and returns, or throws, what it did. */
    Object write(Callable<Object> write) throws Exception {
        RequestOrigin origin = origins.current();
        CommitBatcher running = started();
        var outcome = running.submit(() -> origins.callAs(origin, write));
        if (stopped) {
            running.abandon(new IllegalStateException("Roster is stopping; the write was not run"));
        }
        return CommitBatcher.await(outcome);
    }

    private CommitBatcher started() {
        CommitBatcher running = batcher;
        if (running != null) {
            return running;
        }
        synchronized (writers) {
            if (stopped) {
                throw new IllegalStateException("Roster is stopping; the write was not run");
            }
            if (batcher == null) {
                CommitBatcher created =
                        new CommitBatcher(config.sharedCommitMaxWrites(), new JtaTransactions(transaction));
                for (int i = 0, n = writers(); i < n; i++) {
                    Thread writer = threadFactory.newThread(() -> drain(created));
                    writer.setName("roster-shared-commit-" + i);
                    writers.add(writer);
                    writer.start();
                }
                batcher = created;
            }
            return batcher;
        }
    }

    private int writers() {
        if (config.sharedCommitWriters() > 0) {
            return config.sharedCommitWriters();
        }
        return storage.embedded() ? 1 : SERVER_WRITERS;
    }

    private void drain(CommitBatcher from) {
        try {
            while (!stopped) {
                from.runNext();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "A shared-commit writer stopped", e);
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        synchronized (writers) {
            stopped = true;
            writers.forEach(Thread::interrupt);
            writers.clear();
            if (batcher != null) {
                batcher.abandon(new IllegalStateException("Roster is stopping; the write was not run"));
            }
        }
    }

    private record JtaTransactions(UserTransaction transaction) implements CommitBatcher.Transactions {
        @Override
        public void begin() throws Exception {
            transaction.begin();
        }

        @Override
        public void commit() throws Exception {
            transaction.commit();
        }

        @Override
        public void rollback() throws Exception {
            transaction.rollback();
        }
    }
}
