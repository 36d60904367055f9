package dev.roster.events.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.changes.OutboxPage;
import dev.roster.changes.OutboxRow;
import dev.roster.config.RosterConfig;
import dev.roster.events.set.EventTypes;
import dev.roster.events.set.SecurityEvent;
import dev.roster.events.set.StreamTarget;
import dev.roster.scim.resources.SecurityEventUris;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A receiver that answers 503 for an hour, on a clock the test moves: the stream backs off (never more than 5
 * minutes between attempts), is not paused before {@code roster.events.pause-after-minutes}, its backlog is kept,
 * and once the receiver is back it gets every event, in order. A run also stops once its node's lease may have
 * lapsed.
 */
class ReceiverOutageTest {

    private static final String STREAM = "s-1";
    private static final long START = Instant.parse("2026-12-01T09:00:00Z").toEpochMilli();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final JsonObject PAYLOAD = Json.createObjectBuilder()
            .add("document", Json.createObjectBuilder().add("userName", "ada").add("active", false))
            .add("attributes", Json.createArrayBuilder().add("active"))
            .build();

    private final TestClock clock = new TestClock(START);
    private final ExecutorService signers = Executors.newFixedThreadPool(2);
    private final Outbox outbox = new Outbox();
    private final Receiver receiver = new Receiver();
    private final Stream stream = new Stream();
    private final StreamDelivery delivery = new StreamDelivery();
    private final DeliveryLease lease = new DeliveryLease();
    private int pauseAfterMinutes = 1440;

    ReceiverOutageTest() {
        RosterConfig config = new RosterConfig() {
            @Override
            public String publicUrl() {
                return "https://roster.example.test";
            }

            @Override
            public int eventsPauseAfterMinutes() {
                return pauseAfterMinutes;
            }

            @Override
            public int eventsStreamRetentionDays() {
                return 7;
            }

            @Override
            public boolean eventsAllowPrivateReceivers() {
                return true;
            }
        };
        delivery.config = config;
        delivery.clock = clock;
        delivery.state = stream;
        delivery.client = receiver;
        delivery.sets = outbox;
        delivery.lease = lease;
        outbox.config = config;
        delivery.executor = (ManagedExecutorService) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        signers.execute((Runnable) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void stopSigners() {
        signers.shutdownNow();
    }

    @Test
    void aReceiverDownForAnHourGetsEverythingAfterInOrder() {
        receiver.downUntil = START + HOUR;
        List<Long> attempts = runUntil(START + HOUR + Duration.ofMinutes(10).toMillis(), START + HOUR);

        for (int i = 1; i < attempts.size(); i++) {
            long gap = attempts.get(i) - attempts.get(i - 1);
            assertTrue(
                    gap <= StreamDelivery.MAX_BACKOFF_MILLIS + 1000,
                    "attempts " + Duration.ofMillis(gap) + " apart, more than the 5-minute cap");
        }
        assertTrue(attempts.size() > 15, "the stream kept trying through the hour: " + attempts.size());
        assertEquals("enabled", stream.status, "paused after an hour although pause-after-minutes is a day");
        assertEquals(outbox.expectedJtis(), receiver.received, "every event, in seq order, once");
        assertEquals(outbox.highestSeq(), stream.deliveredSeq);
        assertNull(stream.failingSince, "the stream counts as healthy again");
    }

    @Test
    void aStreamIsPausedOnlyOncePauseAfterMinutesHavePassedAndLosesNothing() {
        pauseAfterMinutes = 45;
        receiver.downUntil = START + HOUR;
        runUntil(START + HOUR, START + HOUR);

        assertEquals("paused", stream.status);
        assertTrue(
                stream.pausedAt - stream.failingSince >= Duration.ofMinutes(45).toMillis(),
                "paused after " + Duration.ofMillis(stream.pausedAt - stream.failingSince));
        assertTrue(stream.pausedAt - stream.failingSince
                < Duration.ofMinutes(45).toMillis() + StreamDelivery.MAX_BACKOFF_MILLIS + 1000);
        assertTrue(receiver.received.isEmpty());

        stream.status = "enabled"; // the admin resumes it once the receiver is back
        runUntil(START + HOUR + Duration.ofMinutes(5).toMillis(), START + HOUR);

        assertEquals(outbox.expectedJtis(), receiver.received, "the backlog waited for the receiver");
    }

    @Test
    void aRunStopsBeforeItsNodesLeaseMayHaveLapsedAndTheNextHolderGoesOnFromThere() {
        for (int i = 0; i < 30; i++) {
            outbox.write(clock.millis());
        }
        lease.renewed(START, Dispatcher.LEASE_MILLIS); // and then the database went out of reach
        receiver.millisPerPost = 1000;

        assertFalse(delivery.deliver(STREAM));
        int sent = receiver.received.size();
        assertEquals(
                Dispatcher.LEASE_MILLIS - DeliveryLease.MARGIN_MILLIS,
                clock.millis() - START,
                "the last POST began before the lease could lapse, and none after");
        assertEquals(8, sent);
        assertEquals(outbox.expectedJtis().subList(0, sent), receiver.received);
        assertTrue(stream.deliveredSeq > 0, "what the receiver took stays taken");
        assertFalse(delivery.deliver(STREAM));
        assertEquals(sent, receiver.received.size(), "no renewal, no POST");

        receiver.millisPerPost = 0;
        lease.renewed(clock.millis(), Dispatcher.LEASE_MILLIS); // this node, or another, holds it again
        while (delivery.deliver(STREAM)) {
            // more right away
        }
        assertEquals(
                outbox.expectedJtis(),
                new ArrayList<>(new LinkedHashSet<>(receiver.received)),
                "everything in order; at most the row cut short is sent again");
        assertEquals(outbox.highestSeq(), stream.deliveredSeq);
    }

    /**
     * Moves the clock a second at a time, writing a change every 10 s until {@code writesUntil}, and runs delivery
     * whenever the stream is due, as the dispatcher does; the times of the attempts.
     */
    private List<Long> runUntil(long end, long writesUntil) {
        List<Long> attempts = new ArrayList<>();
        while (clock.millis() < end) {
            long now = clock.millis();
            if (now < writesUntil && (now - START) % 10_000 == 0) {
                outbox.write(now);
            }
            lease.renewed(now, Dispatcher.LEASE_MILLIS); // the dispatcher's ticks keep the lease
            int before = receiver.posts;
            while (delivery.deliver(STREAM)) {
                // more right away
            }
            if (receiver.posts > before) {
                attempts.add(now);
            }
            clock.advance(1000);
        }
        return attempts;
    }

    /** The stream's row of event_stream. */
    private final class Stream extends DeliveryState {
        long deliveredSeq;
        int attempts;
        Long failingSince;
        long nextAttemptAt;
        long pausedAt;
        String status = "enabled";
        final StreamTarget target = new StreamTarget(
                STREAM,
                "https://receiver.example.test",
                Set.of(SecurityEventUris.PATCH_FULL, SecurityEventUris.DEACTIVATE, EventTypes.SESSION_REVOKED));

        @Override
        public PushStream duePushStream(String streamId, long now) {
            if (!"enabled".equals(status) || nextAttemptAt > now) {
                return null;
            }
            return new PushStream(target, "https://127.0.0.1/events", null, true, deliveredSeq, attempts, failingSince);
        }

        @Override
        public boolean advance(String streamId, long fromSeq, long toSeq, long now) {
            if (deliveredSeq != fromSeq) {
                return false;
            }
            assertTrue(toSeq >= fromSeq, "the position went back");
            deliveredSeq = toSeq;
            attempts = 0;
            failingSince = null;
            nextAttemptAt = 0;
            return true;
        }

        @Override
        public void failed(String streamId, String error, long now, long retryAt, String pauseReason) {
            attempts++;
            failingSince = failingSince == null ? now : failingSince;
            nextAttemptAt = retryAt;
            if (pauseReason != null) {
                status = "paused";
                pausedAt = now;
            }
        }

        @Override
        public void rejected(String streamId, String error, long now) {
            throw new AssertionError("nothing is refused here: " + error);
        }
    }

    /** The outbox, pruned as OutboxPruning prunes it: rows older than the retention go, delivered or not. */
    private final class Outbox extends StreamSets {
        private final List<OutboxRow> rows = new ArrayList<>();

        void write(long now) {
            long id = rows.size() + 1;
            boolean deactivation = id % 3 == 0;
            rows.add(new OutboxRow(
                    id,
                    id * 2,
                    "int-1",
                    null,
                    "User",
                    "u-" + id,
                    "PATCH",
                    deactivation ? "DEACTIVATED" : null,
                    1,
                    now,
                    PAYLOAD));
        }

        long highestSeq() {
            return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).seq();
        }

        @Override
        public OutboxPage rows(StreamTarget stream, boolean allIntegrations, long afterSeq, int limit) {
            long cutoff = OutboxPruning.expiredBefore(clock.millis(), config.eventsStreamRetentionDays());
            rows.removeIf(row -> row.occurredAt() < cutoff);
            List<OutboxRow> page = rows.stream()
                    .filter(row -> row.seq() > afterSeq)
                    .limit(limit)
                    .toList();
            long coveredTo = page.size() == limit ? page.get(limit - 1).seq() : Math.max(highestSeq(), afterSeq);
            return new OutboxPage(page, coveredTo);
        }

        @Override
        public String sign(SecurityEvent event) {
            return event.jti();
        }

        /** Every SET of every row written, in seq order. */
        List<String> expectedJtis() {
            List<String> jtis = new ArrayList<>();
            StreamTarget target = stream.target;
            for (OutboxRow row : rows) {
                events(row, target, 0).forEach(event -> jtis.add(event.jti()));
            }
            assertFalse(jtis.isEmpty());
            return jtis;
        }
    }

    /** A receiver that answers 503 until {@code downUntil}, then takes everything. */
    private final class Receiver extends PushClient {
        long downUntil;
        long millisPerPost;
        int posts;
        final List<String> received = new ArrayList<>();

        @Override
        public Outcome push(String endpoint, String authorization, String set) {
            posts++;
            clock.advance(millisPerPost);
            if (clock.millis() < downUntil) {
                return new Failed("HTTP 503");
            }
            received.add(set);
            return new Accepted();
        }
    }

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private long millis;

        TestClock(long millis) {
            this.millis = millis;
        }

        void advance(long by) {
            millis += by;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
