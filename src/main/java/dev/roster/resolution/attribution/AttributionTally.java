package dev.roster.resolution.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * One database account's resolutions on this node since the last flush: a counter and first/last time per
 * outcome, and the latest few events (attributed and unattributed kept apart, so a flood of one kind does not
 * hide the other). Recording is a few non-blocking operations plus a short lock on the event ring.
 */
final class AttributionTally {

    /** Outcome counts drained by one flush. */
    record Drained(String outcome, long count, long firstSeen, long lastSeen) {}

    static final class Outcome {
        final LongAdder count = new LongAdder();
        final AtomicLong firstSeen = new AtomicLong();
        volatile long lastSeen;
    }

    final String accountId;
    final String integrationId;
    final String label;
    final boolean requireAttribution;
    private final int eventsPerKind;
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final ArrayDeque<AttributionEvent> attributedEvents = new ArrayDeque<>();
    private final ArrayDeque<AttributionEvent> unattributedEvents = new ArrayDeque<>();

    AttributionTally(
            String accountId, String integrationId, String label, boolean requireAttribution, int eventsPerKind) {
        this.accountId = accountId;
        this.integrationId = integrationId;
        this.label = label;
        this.requireAttribution = requireAttribution;
        this.eventsPerKind = eventsPerKind;
    }

    void record(AttributionEvent event) {
        Outcome outcome = outcomes.computeIfAbsent(event.outcome(), k -> new Outcome());
        outcome.count.increment();
        outcome.firstSeen.compareAndSet(0, event.occurredAt());
        outcome.lastSeen = event.occurredAt();
        ArrayDeque<AttributionEvent> ring = event.attributed() ? attributedEvents : unattributedEvents;
        synchronized (ring) {
            if (ring.size() == eventsPerKind) {
                ring.pollFirst();
            }
            ring.addLast(event);
        }
    }

    /** Takes the counts and events gathered so far (later recordings go to the next flush). */
    List<Drained> drainCounts() {
        List<Drained> drained = new ArrayList<>();
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            long count = o.count.sumThenReset();
            if (count > 0) {
                long first = o.firstSeen.getAndSet(0);
                long last = o.lastSeen;
                drained.add(new Drained(e.getKey(), count, first == 0 ? last : first, last));
            }
        }
        return drained;
    }

    List<AttributionEvent> drainEvents() {
        return events(true);
    }

    /** Puts counts back after a failed flush, so the next one writes them. */
    void restore(List<Drained> drained) {
        for (Drained d : drained) {
            Outcome o = outcomes.computeIfAbsent(d.outcome(), k -> new Outcome());
            o.count.add(d.count());
            o.firstSeen.compareAndSet(0, d.firstSeen());
            if (o.lastSeen < d.lastSeen()) {
                o.lastSeen = d.lastSeen();
            }
        }
    }

    /** Counts not yet flushed, per outcome (for reads on this node). */
    Map<String, Long> pending() {
        Map<String, Long> pending = new java.util.HashMap<>();
        outcomes.forEach((k, o) -> {
            long n = o.count.sum();
            if (n > 0) {
                pending.put(k, n);
            }
        });
        return pending;
    }

    long pendingLastSeen() {
        long last = 0;
        for (Outcome o : outcomes.values()) {
            if (o.count.sum() > 0) {
                last = Math.max(last, o.lastSeen);
            }
        }
        return last;
    }

    List<AttributionEvent> pendingEvents() {
        return events(false);
    }

    /** The events of both rings, taken out of them when {@code drain}. */
    private List<AttributionEvent> events(boolean drain) {
        List<AttributionEvent> events = new ArrayList<>();
        for (ArrayDeque<AttributionEvent> ring : List.of(attributedEvents, unattributedEvents)) {
            synchronized (ring) {
                events.addAll(ring);
                if (drain) {
                    ring.clear();
                }
            }
        }
        return events;
    }
}
