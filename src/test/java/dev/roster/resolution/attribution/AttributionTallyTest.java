package dev.roster.resolution.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** In-memory tallies: counts drain exactly once, failed flushes are restored, events stay bounded per kind. */
class AttributionTallyTest {

    private static AttributionEvent event(long at, boolean attributed, String outcome) {
        return new AttributionEvent(null, "a1", at, attributed, outcome, null, null, null, null, null);
    }

    @Test
    void countsDrainOnceAndRestoreAfterAFailedFlush() {
        AttributionTally tally = new AttributionTally("a1", "i1", "w/a", true, 3);
        IntStream.range(0, 5).forEach(i -> tally.record(event(100 + i, true, "attributed")));
        tally.record(event(200, false, "no-carrier"));
        assertEquals(Map.of("attributed", 5L, "no-carrier", 1L), tally.pending());
        List<AttributionTally.Drained> drained = tally.drainCounts();
        Map<String, Long> counts = drained.stream()
                .collect(Collectors.toMap(AttributionTally.Drained::outcome, AttributionTally.Drained::count));
        assertEquals(Map.of("attributed", 5L, "no-carrier", 1L), counts);
        AttributionTally.Drained attributed = drained.stream()
                .filter(d -> d.outcome().equals("attributed"))
                .findFirst()
                .orElseThrow();
        assertEquals(100, attributed.firstSeen());
        assertEquals(104, attributed.lastSeen());
        assertTrue(tally.drainCounts().isEmpty());
        tally.restore(drained);
        assertEquals(Map.of("attributed", 5L, "no-carrier", 1L), tally.pending());
    }

    @Test
    void eventsAreBoundedPerKind() {
        AttributionTally tally = new AttributionTally("a1", "i1", "w/a", false, 3);
        IntStream.range(0, 100).forEach(i -> tally.record(event(i, true, "attributed")));
        tally.record(event(1000, false, "unknown-user"));
        List<AttributionEvent> events = tally.drainEvents();
        assertEquals(4, events.size());
        assertEquals(
                List.of(97L, 98L, 99L, 1000L),
                events.stream().map(AttributionEvent::occurredAt).toList());
        assertTrue(tally.drainEvents().isEmpty());
    }
}
