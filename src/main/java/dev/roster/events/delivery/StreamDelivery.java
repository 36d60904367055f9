package dev.roster.events.delivery;

import dev.roster.changes.OutboxPage;
import dev.roster.changes.OutboxRow;
import dev.roster.config.RosterConfig;
import dev.roster.events.set.SecurityEvent;
import dev.roster.events.stream.ReceiverUrls;
import dev.roster.events.stream.StreamException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes one stream's events in order, at least once: a batch of rows, their SETs signed a few ahead in parallel and
 * posted one after the other, the stream's position moved past the batch once the receiver took all of it. A
 * failure stops the stream where it is, to be retried with exponential backoff (1 s doubling to 5 min); a receiver
 * failing longer than {@code roster.events.pause-after-minutes} pauses its stream with the reason, and its backlog
 * waits for it. A run stops, where the receiver took everything so far, once this node's delivery lease may have
 * lapsed ({@link DeliveryLease}): the node that takes the lease over goes on from there.
 */
@ApplicationScoped
public class StreamDelivery {

    static final int BATCH = 200;
    /** Batches one run sends before it lets other streams' work go first. */
    static final int BATCHES_PER_RUN = 10;

    static final long MAX_BACKOFF_MILLIS = 300_000;
    /** Chunks of signatures under way ahead of the POST: one per core keeps them busy without hoarding threads. */
    static final int CHUNKS_AHEAD = Runtime.getRuntime().availableProcessors();
    /** SETs one signing task signs: a few milliseconds of work, worth a task. */
    static final int SETS_PER_CHUNK = 8;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RosterConfig config;

    @Inject
    Clock clock;

    @Inject
    DeliveryState state;

    @Inject
    StreamSets sets;

    @Inject
    PushClient client;

    @Inject
    DeliveryLease lease;

    /** Delivers what is due to the stream; true when there may be more right away. */
    public boolean deliver(String streamId) {
        PushStream stream = state.duePushStream(streamId, clock.millis());
        if (stream == null) {
            return false;
        }
        try {
            // Again at each run, not only when the stream was made: the name may point elsewhere by now.
            ReceiverUrls.withDns(config.eventsAllowPrivateReceivers()).check(stream.endpoint());
        } catch (StreamException refused) {
            failed(stream, "Receiver URL refused: " + refused.getMessage(), clock.millis());
            return false;
        }
        long from = stream.deliveredSeq();
        for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
            if (!lease.allows(clock.millis())) {
                return false;
            }
            OutboxPage page = sets.rows(stream.target(), stream.allIntegrations(), from, BATCH);
            if (page.coveredTo() <= from) {
                return false;
            }
            Long to = post(stream, page.rows(), from);
            if (to == null) {
                return false;
            }
            // Past the rows the query skipped as well (the page covers them).
            long past = Math.max(to, page.coveredTo());
            if (!state.advance(stream.id(), from, past, clock.millis())) {
                return false;
            }
            if (page.rows().size() < BATCH) {
                return false;
            }
            from = past;
        }
        return true;
    }

    /**
     * Posts the rows' SETs in order; the seq of the last row the receiver took all of, or null when it failed (the
     * position then moved past the rows it did take).
     */
    private Long post(PushStream stream, List<OutboxRow> rows, long from) {
        long now = clock.millis();
        List<List<SecurityEvent>> byRow = new ArrayList<>(rows.size());
        List<SecurityEvent> all = new ArrayList<>();
        for (OutboxRow row : rows) {
            List<SecurityEvent> events = sets.events(row, stream.target(), now);
            byRow.add(events);
            all.addAll(events);
        }
        long to = from;
        try (SignedAhead<SecurityEvent> signed =
                new SignedAhead<>(all, sets::sign, executor, CHUNKS_AHEAD, SETS_PER_CHUNK)) {
            for (int i = 0; i < rows.size(); i++) {
                for (SecurityEvent event : byRow.get(i)) {
                    if (!lease.allows(clock.millis())) {
                        // The rest is the next lease holder's.
                        keepTaken(stream, from, to, clock.millis());
                        return null;
                    }
                    PushClient.Outcome outcome = client.push(stream.endpoint(), stream.authorization(), signed.next());
                    long at = clock.millis();
                    if (outcome instanceof PushClient.Rejected rejected) {
                        state.rejected(stream.id(), "Receiver refused " + event.jti() + ": " + rejected.detail(), at);
                    } else if (outcome instanceof PushClient.Failed failed) {
                        keepTaken(stream, from, to, at);
                        failed(stream, failed.detail(), at);
                        return null;
                    }
                }
                to = rows.get(i).seq();
            }
        }
        return to;
    }

    /** A run that stops mid-batch moves the position past the rows the receiver took all of. */
    private void keepTaken(PushStream stream, long from, long to, long now) {
        if (to > from) {
            state.advance(stream.id(), from, to, now);
        }
    }

    private void failed(PushStream stream, String detail, long now) {
        long since = stream.failingSince() == null ? now : stream.failingSince();
        long retryAt = now + backoffMillis(stream.attempts() + 1);
        String pause = now - since
                        >= Duration.ofMinutes(config.eventsPauseAfterMinutes()).toMillis()
                ? "The receiver has failed since " + Instant.ofEpochMilli(since) + "; last: " + detail
                : null;
        state.failed(stream.id(), detail, now, retryAt, pause);
    }

    /** 1 s, 2 s, 4 s … up to 5 minutes. */
    static long backoffMillis(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        return Math.min(1000L << doublings, MAX_BACKOFF_MILLIS);
    }
}
