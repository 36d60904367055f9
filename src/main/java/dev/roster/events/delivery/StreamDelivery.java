package dev.roster.events.delivery;

import dev.roster.changes.OutboxReader;
import dev.roster.changes.OutboxRow;
import dev.roster.config.RosterConfig;
import dev.roster.events.set.SecurityEvent;
import dev.roster.events.set.SetFactory;
import dev.roster.events.set.SetSigner;
import dev.roster.events.stream.ReceiverUrls;
import dev.roster.events.stream.StreamException;
import dev.roster.platform.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Pushes one stream's events in order, at least once: a batch of rows, each SET posted in turn, the stream's
 * position moved past the batch once the receiver took all of it. A failure stops the stream where it is, to be
 * retried with exponential backoff (1 s doubling to 5 min); a receiver failing longer than
 * {@code roster.events.pause-after-minutes} pauses its stream with the reason, and its backlog waits for it.
 */
@ApplicationScoped
public class StreamDelivery {

    static final int BATCH = 200;
    /** Batches one run sends before it lets other streams' work go first. */
    static final int BATCHES_PER_RUN = 10;

    static final long MAX_BACKOFF_MILLIS = 300_000;

    @Inject
    RosterConfig config;

    @Inject
    OutboxReader outbox;

    @Inject
    DeliveryState state;

    @Inject
    SetSigner signer;

    private final Lazy<SetFactory> factory = new Lazy<>(() -> new SetFactory(config.publicUrl()));
    private final Lazy<PushClient> client =
            new Lazy<>(() -> new PushClient(Duration.ofMillis(config.eventsPushTimeoutMillis())));

    /** Delivers what is due; true when there may be more right away. */
    public boolean deliver(PushStream stream) {
        try {
            // Again at each run, not only when the stream was made: the name may point elsewhere by now.
            ReceiverUrls.withDns(config.eventsAllowPrivateReceivers()).check(stream.endpoint());
        } catch (StreamException refused) {
            failed(stream, "Receiver URL refused: " + refused.getMessage(), System.currentTimeMillis());
            return false;
        }
        // The position as it is now, not as the tick read it: a run that ended after that read moved it on, and
        // starting from the old one would send its last batch again.
        PollStream current = state.pollStream(stream.id());
        if (current == null || !"enabled".equals(current.status())) {
            return false;
        }
        long from = current.deliveredSeq();
        for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
            List<OutboxRow> rows = outbox.after(stream.id(), stream.allIntegrations(), from, BATCH);
            if (rows.isEmpty()) {
                return false;
            }
            long to = from;
            for (OutboxRow row : rows) {
                long now = System.currentTimeMillis();
                for (SecurityEvent event : factory.get().events(row, stream.target(), now)) {
                    PushClient.Outcome outcome =
                            client.get().push(stream.endpoint(), stream.authorization(), signer.sign(event));
                    if (outcome instanceof PushClient.Rejected rejected) {
                        state.rejected(stream.id(), "Receiver refused " + event.jti() + ": " + rejected.detail(), now);
                    } else if (outcome instanceof PushClient.Failed failed) {
                        if (to > from) {
                            state.advance(stream.id(), from, to, now);
                        }
                        failed(stream, failed.detail(), now);
                        return false;
                    }
                }
                to = row.seq();
            }
            if (!state.advance(stream.id(), from, to, System.currentTimeMillis())) {
                return false;
            }
            from = to;
        }
        return true;
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
