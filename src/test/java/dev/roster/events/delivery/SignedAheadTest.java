package dev.roster.events.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SignedAheadTest {

    private static final List<Integer> EVENTS = IntStream.range(0, 500).boxed().toList();

    @Test
    void signaturesMadeInParallelComeBackInTheirOrder() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (SignedAhead<Integer> signed = new SignedAhead<>(EVENTS, n -> "set-" + n, pool, 4, 3)) {
            List<String> posted = new ArrayList<>();
            for (int i = 0; i < EVENTS.size(); i++) {
                posted.add(signed.next());
            }
            assertEquals(EVENTS.stream().map(n -> "set-" + n).toList(), posted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExecutorThatNeverRunsTheTasksDoesNotStallDelivery() {
        List<Runnable> neverRun = new ArrayList<>();
        try (SignedAhead<Integer> signed = new SignedAhead<>(EVENTS, n -> "set-" + n, neverRun::add, 2, 8)) {
            for (int i = 0; i < 20; i++) {
                assertEquals("set-" + i, signed.next());
            }
        }
        assertTrue(neverRun.size() <= 6, "only a few chunks are started ahead: " + neverRun.size());
    }
}
