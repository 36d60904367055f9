package dev.roster.events.delivery;

import dev.roster.changes.OutboxCommitted;
import dev.roster.changes.OutboxPage;
import dev.roster.changes.OutboxRow;
import dev.roster.config.RosterConfig;
import dev.roster.events.set.SecurityEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 8936 poll delivery from the same outbox as push: acknowledgements first, then the oldest SETs not yet
 * acknowledged. A SET stays available until acknowledged (an error report counts as one); the stream's position
 * moves past a row once all of its SETs are acknowledged. Without {@code returnImmediately} the request waits up to
 * {@link #LONG_POLL_MILLIS} for an event.
 */
@ApplicationScoped
public class PollDelivery {

    /** How long a long poll waits for an event before it answers with none. */
    public static final long LONG_POLL_MILLIS = 20_000;
    /** The most SETs one answer carries, whatever {@code maxEvents} asked. */
    public static final int MAX_EVENTS = 1000;

    static final int ROWS_PER_LOOK = 1000;

    @Inject
    RosterConfig config;

    @Inject
    DeliveryState state;

    @Inject
    StreamSets sets;

    private final Object arrivals = new Object();

    /** A poll request (RFC 8936 2.2). {@code maxEvents} null means as many as there are (up to the cap). */
    public record Request(Integer maxEvents, boolean returnImmediately, List<String> ack, Map<String, String> errors) {}

    /** A poll answer (RFC 8936 2.3): jti to compact SET, in order. */
    public record Answer(Map<String, String> sets, boolean moreAvailable) {}

    void onCommit(@Observes OutboxCommitted committed) {
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    /** @param stream a poll stream the caller may read */
    public Answer poll(PollStream stream, Request request) {
        long now = System.currentTimeMillis();
        Map<String, Long> acks = new LinkedHashMap<>();
        request.ack().forEach(jti -> addAck(acks, jti));
        request.errors().keySet().forEach(jti -> addAck(acks, jti));
        if (!acks.isEmpty()) {
            state.acknowledge(stream.id(), acks);
        }
        if (!request.errors().isEmpty()) {
            Map.Entry<String, String> first =
                    request.errors().entrySet().iterator().next();
            state.rejected(stream.id(), "Receiver reported for " + first.getKey() + ": " + first.getValue(), now);
        }
        int max = request.maxEvents() == null ? MAX_EVENTS : Math.min(Math.max(request.maxEvents(), 0), MAX_EVENTS);
        long deadline = now + LONG_POLL_MILLIS;
        while (true) {
            Answer answer = look(stream, max);
            boolean wait = answer.sets().isEmpty() && !request.returnImmediately();
            long left = deadline - System.currentTimeMillis();
            if (!wait || left <= 0 || !"enabled".equals(stream.status())) {
                return answer;
            }
            awaitArrival(Math.min(left, config.eventsPollIntervalMillis()));
        }
    }

    private Answer look(PollStream stream, int max) {
        Set<String> acknowledged = state.acknowledged(stream.id());
        // Read again at each look: a long poll outlasts changes of position and of removed subjects.
        PollStream current = state.pollStream(stream.id());
        long position = current.deliveredSeq();
        OutboxPage page = sets.rows(current.target(), current.allIntegrations(), position, ROWS_PER_LOOK);
        List<OutboxRow> rows = page.rows();
        long now = System.currentTimeMillis();
        long fullyAcknowledged = position;
        boolean prefix = true;
        Map<String, String> signed = new LinkedHashMap<>();
        boolean more = false;
        for (OutboxRow row : rows) {
            List<SecurityEvent> events = sets.events(row, current.target(), now);
            boolean allAcknowledged = true;
            for (SecurityEvent event : events) {
                if (acknowledged.contains(event.jti())) {
                    continue;
                }
                allAcknowledged = false;
                if (signed.size() < max) {
                    signed.put(event.jti(), sets.sign(event));
                } else {
                    more = true;
                }
            }
            if (prefix && allAcknowledged) {
                fullyAcknowledged = row.seq();
            } else {
                prefix = false;
            }
            if (more) {
                break;
            }
        }
        if (prefix) {
            // Every row read is acknowledged: the rows between that the stream gets nothing from are passed too.
            fullyAcknowledged = Math.max(fullyAcknowledged, page.coveredTo());
        }
        if (fullyAcknowledged > position) {
            state.acknowledgedUpTo(stream.id(), position, fullyAcknowledged, now);
        }
        return new Answer(signed, more || (rows.size() == ROWS_PER_LOOK && signed.size() >= max));
    }

    private void awaitArrival(long millis) {
        synchronized (arrivals) {
            try {
                arrivals.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void addAck(Map<String, Long> acks, String jti) {
        long outboxId = SecurityEvent.outboxIdOf(jti);
        if (outboxId > 0) {
            acks.put(jti, outboxId);
        }
    }
}
