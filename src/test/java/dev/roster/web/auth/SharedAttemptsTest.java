package dev.roster.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedAttemptsTest {

    private final SharedAttempts<String> attempts = new SharedAttempts<>();

    @Test
    void identicalAttemptsDuringACheckShareItsOutcome() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger checks = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = threads.submit(() -> attempts.run("k", () -> {
                checks.incrementAndGet();
                checking.countDown();
                await(release);
                return "outcome";
            }));
            checking.await(10, TimeUnit.SECONDS);
            List<Future<String>> joined = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                joined.add(threads.submit(() -> attempts.run("k", () -> {
                    checks.incrementAndGet();
                    return "a second check";
                })));
            }
            awaitJoined(7);
            release.countDown();
            assertEquals("outcome", first.get(10, TimeUnit.SECONDS));
            for (Future<String> other : joined) {
                assertEquals("outcome", other.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, checks.get());
            assertEquals(0, attempts.running(), "nothing kept once answered");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void differentKeysAndLaterAttemptsRunTheirOwnCheck() {
        assertEquals("a", attempts.run("k1", () -> "a"));
        assertEquals("b", attempts.run("k2", () -> "b"));
        assertEquals("c", attempts.run("k1", () -> "c"), "a finished check is not reused");
    }

    @Test
    void aFailedCheckFailsItsCallerAndIsForgotten() {
        assertThrows(
                IllegalStateException.class,
                () -> attempts.run("k", () -> {
                    throw new IllegalStateException("database down");
                }));
        assertEquals(0, attempts.running());
        assertEquals("ok", attempts.run("k", () -> "ok"));
    }

    /** The joiners block inside run(); there is no event to wait for, so poll the thread states, bounded. */
    private static void awaitJoined(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long waiting = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().getState() == Thread.State.WAITING
                            || e.getKey().getState() == Thread.State.TIMED_WAITING)
                    .filter(e -> java.util.Arrays.stream(e.getValue())
                            .anyMatch(f -> f.getMethodName().equals("join")
                                    && f.getClassName().equals(SharedAttempts.class.getName())))
                    .count();
            if (waiting >= expected) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError(expected + " joiners never waited");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
