package dev.roster.scim.service.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The group commit itself, free of the container: writes queue up while a writer thread is busy, and the
 * writer runs everything that queued meanwhile in one transaction. If any write of a shared transaction fails,
 * or its commit does, the transaction rolls back and each write runs again on its own, so one request's
 * error (a 409, a 412, a lost lock) is never another request's. Writes run in the order they queued.
 */
final class CommitBatcher {

    private static final Logger LOG = Logger.getLogger(CommitBatcher.class.getName());

    /** Begins, commits and rolls back the writer thread's transaction. */
    interface Transactions {
        void begin() throws Exception;

        void commit() throws Exception;

        void rollback() throws Exception;
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final int maxWrites;
    private final Transactions transactions;

    CommitBatcher(int maxWrites, Transactions transactions) {
        this.maxWrites = Math.max(1, maxWrites);
        this.transactions = transactions;
    }

    /** Queues a write; its outcome arrives once the transaction it ran in has committed or failed. */
    CompletableFuture<Object> submit(Callable<Object> write) {
        Pending pending = new Pending(write);
        queue.add(pending);
        return pending.outcome;
    }

    /** Waits for the outcome of a submitted write and returns it as the write itself would have. */
    static Object await(CompletableFuture<Object> outcome) throws Exception {
        try {
            return outcome.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Waits for at least one write, then runs it with whatever else queued, and with what queues while those
     * run, up to {@code maxWrites}: the commit is most of a write's cost, so every write that can still join
     * one saves one.
     */
    void runNext() throws InterruptedException {
        List<Pending> writes = new ArrayList<>();
        writes.add(queue.take());
        queue.drainTo(writes, maxWrites - 1);
        if (writes.size() == 1 && queue.isEmpty()) {
            runAlone(writes.get(0));
        } else {
            runTogether(writes);
        }
    }

    /** Fails every write still queued: nothing will run them. */
    void abandon(Exception reason) {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.outcome.completeExceptionally(reason));
    }

    private void runTogether(List<Pending> writes) {
        List<Object> results = new ArrayList<>(writes.size());
        try {
            transactions.begin();
            while (results.size() < writes.size()) {
                results.add(writes.get(results.size()).work.call());
                if (results.size() == writes.size()) {
                    queue.drainTo(writes, maxWrites - writes.size());
                }
            }
            transactions.commit();
        } catch (Throwable e) {
            rollbackQuietly();
            LOG.log(Level.FINE, "A shared commit of {0} writes failed ({1}); running each on its own", new Object[] {
                writes.size(), e.getClass().getSimpleName()
            });
            writes.forEach(CommitBatcher::runAlone);
            return;
        }
        for (int i = 0; i < writes.size(); i++) {
            writes.get(i).outcome.complete(results.get(i));
        }
    }

    private static void runAlone(Pending write) {
        try {
            write.outcome.complete(write.work.call());
        } catch (Throwable e) {
            write.outcome.completeExceptionally(e);
        }
    }

    private void rollbackQuietly() {
        try {
            transactions.rollback();
        } catch (Exception e) {
            // Already rolled back by the failed commit, or never begun.
        }
    }

    private record Pending(Callable<Object> work, CompletableFuture<Object> outcome) {
        Pending(Callable<Object> work) {
            this(work, new CompletableFuture<>());
        }
    }
}
