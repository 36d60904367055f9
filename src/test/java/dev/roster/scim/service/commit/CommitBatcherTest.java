package dev.roster.scim.service.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CommitBatcherTest {

    /** Records what the batcher asked of the transaction, and what ran inside one. */
    static final class RecordingTransactions implements CommitBatcher.Transactions {
        final List<String> calls = new ArrayList<>();
        boolean active;
        boolean failCommit;

        @Override
        public void begin() {
            calls.add("begin");
            active = true;
        }

        @Override
        public void commit() {
            calls.add("commit");
            active = false;
            if (failCommit) {
                throw new IllegalStateException("commit failed");
            }
        }

        @Override
        public void rollback() {
            calls.add("rollback");
            active = false;
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final List<String> ran = new ArrayList<>();

    private CompletableFuture<Object> submit(CommitBatcher batcher, String name) {
        return submit(batcher, name, () -> {});
    }

    /** A write that records how it ran, does {@code meanwhile} inside its transaction, and answers its name. */
    private CompletableFuture<Object> submit(CommitBatcher batcher, String name, Runnable meanwhile) {
        return batcher.submit(() -> {
            recordRun(name);
            meanwhile.run();
            return name.toUpperCase();
        });
    }

    private void recordRun(String name) {
        ran.add(name + (transactions.active ? " shared" : " alone"));
    }

    @Test
    void writesThatQueuedTogetherShareOneTransactionAndEachGetsItsOwnResult() throws Exception {
        CommitBatcher batcher = new CommitBatcher(64, transactions);
        CompletableFuture<Object> a = submit(batcher, "a");
        CompletableFuture<Object> b = submit(batcher, "b");
        CompletableFuture<Object> c = submit(batcher, "c");

        batcher.runNext();

        assertEquals(List.of("begin", "commit"), transactions.calls);
        assertEquals(List.of("a shared", "b shared", "c shared"), ran);
        assertEquals("A", CommitBatcher.await(a));
        assertEquals("B", CommitBatcher.await(b));
        assertEquals("C", CommitBatcher.await(c));
    }

    @Test
    void aWriteThatQueuesWhileASharedTransactionRunsJoinsItBeforeTheCommit() throws Exception {
        CommitBatcher batcher = new CommitBatcher(64, transactions);
        List<CompletableFuture<Object>> late = new ArrayList<>();
        // Another request arrives while this transaction runs.
        CompletableFuture<Object> a = submit(batcher, "a", () -> late.add(submit(batcher, "late")));
        CompletableFuture<Object> b = submit(batcher, "b");

        batcher.runNext();

        assertEquals(List.of("a shared", "b shared", "late shared"), ran);
        assertEquals(List.of("begin", "commit"), transactions.calls, "one transaction, one commit for all three");
        assertTrue(late.get(0).isDone());
        assertEquals("A", CommitBatcher.await(a));
        assertEquals("B", CommitBatcher.await(b));
        assertEquals("LATE", CommitBatcher.await(late.get(0)));
    }

    @Test
    void aLoneWriteRunsInItsOwnTransactionNotTheBatchers() throws Exception {
        CommitBatcher batcher = new CommitBatcher(64, transactions);
        CompletableFuture<Object> a = submit(batcher, "a");

        batcher.runNext();

        assertEquals(List.of(), transactions.calls);
        assertEquals(List.of("a alone"), ran);
        assertEquals("A", CommitBatcher.await(a));
    }

    @Test
    void oneFailingWriteRollsTheSharedTransactionBackAndOnlyItsCallerSeesTheError() throws Exception {
        CommitBatcher batcher = new CommitBatcher(64, transactions);
        CompletableFuture<Object> a = submit(batcher, "a");
        IllegalArgumentException conflict = new IllegalArgumentException("userName taken");
        CompletableFuture<Object> failing = batcher.submit(() -> {
            recordRun("x");
            throw conflict;
        });
        CompletableFuture<Object> c = submit(batcher, "c");

        batcher.runNext();

        assertEquals(List.of("begin", "rollback"), transactions.calls);
        assertEquals(List.of("a shared", "x shared", "a alone", "x alone", "c alone"), ran);
        assertEquals("A", CommitBatcher.await(a));
        assertEquals("C", CommitBatcher.await(c));
        assertSame(conflict, assertThrows(IllegalArgumentException.class, () -> CommitBatcher.await(failing)));
    }

    @Test
    void aFailedCommitRunsEveryWriteAgainOnItsOwn() throws Exception {
        transactions.failCommit = true;
        CommitBatcher batcher = new CommitBatcher(64, transactions);
        CompletableFuture<Object> a = submit(batcher, "a");
        CompletableFuture<Object> b = submit(batcher, "b");

        batcher.runNext();

        assertEquals(List.of("begin", "commit", "rollback"), transactions.calls);
        assertEquals(List.of("a shared", "b shared", "a alone", "b alone"), ran);
        assertEquals("A", CommitBatcher.await(a));
        assertEquals("B", CommitBatcher.await(b));
    }

    @Test
    void aSharedTransactionTakesAtMostMaxWritesInTheOrderTheyQueued() throws Exception {
        CommitBatcher batcher = new CommitBatcher(2, transactions);
        List<CompletableFuture<Object>> outcomes = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            outcomes.add(submit(batcher, name));
        }

        batcher.runNext();

        assertEquals(List.of("a shared", "b shared"), ran);
        assertTrue(outcomes.get(1).isDone());
        assertFalse(outcomes.get(2).isDone());
        batcher.runNext();
        assertEquals(List.of("a shared", "b shared", "c alone"), ran);
    }

    @Test
    void writesLeftWhenTheWritersStopFailInsteadOfWaitingForever() {
        CommitBatcher batcher = new CommitBatcher(64, transactions);
        CompletableFuture<Object> a = submit(batcher, "a");

        batcher.abandon(new IllegalStateException("stopping"));

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CommitBatcher.await(a));
        assertEquals("stopping", e.getMessage());
        assertEquals(List.of(), ran);
    }
}
