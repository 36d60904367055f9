package dev.roster.events.delivery;

import dev.roster.changes.OutboxCommitted;
import dev.roster.changes.PollIntervalWork;
import dev.roster.changes.Sequencer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs delivery on the one node that holds the {@code sequencer} lease: it orders committed outbox rows and starts
 * a delivery per push stream that has something due, at most one per stream at a time (which keeps each stream in
 * order). Every node ticks every {@code roster.events.poll-interval-millis} to take the lease when it lapses (its
 * holder was killed); the holder also ticks soon after one of its own transactions wrote to the outbox. Commits
 * made while a tick is pending share it, and ticks are at least {@link #MIN_TICK_SPACING_MILLIS} apart: under
 * load the sequencer and the due-streams query run once for many commits, not once per commit. Without an enabled
 * push stream a commit wakes nothing: the interval's tick sequences for the change feed and poll streams, and the
 * SCIM write path pays no tick of its own (a push stream made on another node is seen at the next interval).
 */
@ApplicationScoped
public class Dispatcher implements PollIntervalWork {

    static final String LEASE = "sequencer";
    static final long LEASE_MILLIS = 10_000;
    static final long MIN_TICK_SPACING_MILLIS = 5;

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Clock clock;

    @Inject
    Leases leases;

    @Inject
    DeliveryLease lease;

    @Inject
    Sequencer sequencer;

    @Inject
    DeliveryState state;

    @Inject
    StreamDelivery delivery;

    @Inject
    OutboxPruning pruning;

    private final String node = UUID.randomUUID().toString();
    private final AtomicBoolean ticking = new AtomicBoolean();
    /** A tick is submitted and has not begun: commits until it begins need no tick of their own. */
    private final AtomicBoolean pending = new AtomicBoolean();

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean again;
    private volatile boolean holding;
    private volatile long leaseRenewedAt;
    private volatile String lastFailure;
    private volatile long tickedAt;
    private volatile boolean stopped;
    /** Whether a push stream was enabled at the last interval; true until the first one looked. */
    private volatile boolean pushStreams = true;

    @Override
    public void everyPollInterval() {
        if (holding) {
            try {
                pushStreams = state.anyEnabledPushStream();
            } catch (RuntimeException e) {
                pushStreams = true; // the tick below meets the same failure and logs it
            }
        }
        tick();
    }

    @PreDestroy
    void stop() {
        // Before the lease goes: a tick after it would take it again until it lapsed.
        stopped = true;
        lease.lost();
        if (holding) {
            try {
                leases.release(LEASE, node);
            } catch (RuntimeException e) {
                LOG.fine("Could not release the delivery lease at shutdown; it lapses by itself");
            }
        }
    }

    void onCommit(@Observes OutboxCommitted committed) {
        wake();
    }

    /**
     * Looks again soon, if this node is the one delivering (the others would only find the lease taken) and a push
     * stream waits for it. The flag is set before the tick is submitted, so of many commits at once only the first
     * submits one.
     */
    public void wake() {
        if (holding && pushStreams && pending.compareAndSet(false, true)) {
            long wait = tickedAt + MIN_TICK_SPACING_MILLIS - clock.millis();
            if (wait > 0) {
                scheduler.schedule(this::pendingTick, wait, TimeUnit.MILLISECONDS);
            } else {
                executor.execute(this::pendingTick);
            }
        }
    }

    private void pendingTick() {
        pending.set(false);
        tick();
    }

    /**
     * One pass: hold the lease, sequence what committed, start the due streams. A tick that finds another one
     * running leaves it a note ({@code again}, set before it tries, so the runner cannot miss it), and the runner
     * wakes once more when it is done.
     */
    void tick() {
        again = true;
        if (stopped || !ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            again = false;
            long now = clock.millis();
            tickedAt = now;
            if (!holdLease(now)) {
                return;
            }
            sequencer.sequence();
            for (String stream : state.duePushStreams(now)) {
                if (inFlight.add(stream)) {
                    executor.execute(() -> deliver(stream));
                }
            }
            pruning.nowAndThen(now);
            lastFailure = null;
        } catch (RuntimeException e) {
            logOnce(e);
        } finally {
            ticking.set(false);
        }
        if (again) {
            wake();
        }
    }

    private void deliver(String stream) {
        boolean more = false;
        try {
            more = delivery.deliver(stream);
        } catch (RuntimeException e) {
            logOnce(e);
        } finally {
            inFlight.remove(stream);
        }
        if (more) {
            wake();
        }
    }

    /**
     * Renews the lease when half of it is used up, so a busy holder does not write it on every commit. A renewal
     * that fails (the database out of reach) leaves the last deadline standing: runs under way stop at it.
     */
    private boolean holdLease(long now) {
        if (holding && now - leaseRenewedAt < LEASE_MILLIS / 2) {
            return true;
        }
        holding = leases.hold(LEASE, node, now, LEASE_MILLIS);
        if (holding) {
            leaseRenewedAt = now;
            lease.renewed(now, LEASE_MILLIS);
        } else {
            lease.lost();
        }
        return holding;
    }

    /** One line per new kind of failure (the database gone, say), not one per tick. */
    private void logOnce(RuntimeException e) {
        String kind = e.getClass().getName() + ": " + e.getMessage();
        if (!kind.equals(lastFailure)) {
            lastFailure = kind;
            LOG.log(Level.WARNING, "Event delivery failed; it goes on at the next tick", e);
        }
    }
}
