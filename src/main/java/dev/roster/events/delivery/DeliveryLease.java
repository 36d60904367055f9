package dev.roster.events.delivery;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Until when this node may go on pushing: the delivery lease as it last renewed it, kept in memory so a run asks
 * before each POST without a database round trip. A node cut off from the database (its renewals failing) while
 * its receivers are still reachable stops before another node can take the lease over and start the same streams,
 * so the receiver never gets a stream's SETs from two nodes at once, out of order.
 */
@ApplicationScoped
public class DeliveryLease {

    /**
     * A run stops this long before the lease could lapse: for the POST under way when it is asked, and for another
     * node's clock running a little ahead of this one's.
     */
    static final long MARGIN_MILLIS = 2_000;

    private volatile long deliverUntil;

    /** The lease was claimed or renewed at {@code now} (this node's clock) for {@code ttlMillis}. */
    void renewed(long now, long ttlMillis) {
        deliverUntil = now + ttlMillis - MARGIN_MILLIS;
    }

    /** The lease is another node's, or given up. */
    void lost() {
        deliverUntil = 0;
    }

    /** Whether a run may still push at {@code now}. */
    boolean allows(long now) {
        return now < deliverUntil;
    }
}
