package dev.roster.scim.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token bucket one node keeps per integration, alone and sharing a store with other nodes. */
class LocalBucketTest {

    /** The database row, in memory: the same arithmetic as {@link JdbcBucketStore}'s statements. */
    static final class MemoryStore implements SharedBucketStore {
        private final Map<String, double[]> rows = new HashMap<>();

        @Override
        public synchronized double consume(String integrationId, long consumed, long now, RateLimitPolicy policy) {
            double[] row = rows.get(integrationId);
            if (row == null) {
                row = new double[] {policy.burst() - consumed, now};
                rows.put(integrationId, row);
            } else {
                row[0] = policy.refill(row[0], now - (long) row[1]) - consumed;
                row[1] = Math.max(row[1], now);
            }
            return policy.refill(row[0], now - (long) row[1]);
        }
    }

    @Test
    void policyOfZeroIsOffAndBurstDefaultsToOneSecond() {
        assertFalse(RateLimitPolicy.of(0, 50).enabled());
        RateLimitPolicy policy = RateLimitPolicy.of(20, 0);
        assertTrue(policy.enabled());
        assertEquals(20, policy.burst());
        assertEquals(5, RateLimitPolicy.of(20, 5).burst());
        assertEquals(1, RateLimitPolicy.of(0.5, 0.2).burst(), "a bucket never holds less than one request");
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy(-1, 1));
    }

    @Test
    void aBulkRequestTakesAllItsTokensOrNone() {
        RateLimitPolicy policy = RateLimitPolicy.of(10, 20);
        LocalBucket bucket = new LocalBucket(policy, 0);
        assertEquals(0, bucket.tryAcquire(policy, 0, 15), "15 operations out of a burst of 20");
        assertEquals(1_000, bucket.tryAcquire(policy, 0, 15), "10 more tokens are due in one second at 10/s");
        assertEquals(15, bucket.pending(), "the refused request took nothing");
        assertEquals(0, bucket.tryAcquire(policy, 0, 5), "what is left is still there");
        assertEquals(0, bucket.tryAcquire(policy, 1_500, 15));
    }

    @Test
    void aBulkRequestLargerThanTheBurstIsCappedWhereItIsAdvertised() {
        assertEquals(20, RateLimitPolicy.of(10, 20).capAtBurst(1_000));
        assertEquals(1_000, RateLimitPolicy.of(20_000, 0).capAtBurst(1_000));
        assertEquals(1_000, RateLimitPolicy.DISABLED.capAtBurst(1_000));
        assertEquals(4, RateLimitPolicy.of(2, 4.5).capAtBurst(1_000));
    }

    @Test
    void oneNodeAdmitsTheBurstThenTheRate() {
        RateLimitPolicy policy = RateLimitPolicy.of(10, 5);
        LocalBucket bucket = new LocalBucket(policy, 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.tryAcquire(policy, 0), "request " + i + " of the burst");
        }
        long wait = bucket.tryAcquire(policy, 0);
        assertEquals(100, wait, "one token every 100 ms at 10/s");
        assertTrue(bucket.tryAcquire(policy, 50) > 0);
        assertEquals(0, bucket.tryAcquire(policy, 100));
        assertTrue(bucket.tryAcquire(policy, 100) > 0);
        // A long pause refills to the burst, not beyond.
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.tryAcquire(policy, 60_000));
        }
        assertTrue(bucket.tryAcquire(policy, 60_000) > 0);
    }

    @Test
    void retryAfterIsTheTimeUntilTheNextToken() {
        RateLimitPolicy policy = RateLimitPolicy.of(0.5, 1);
        LocalBucket bucket = new LocalBucket(policy, 0);
        assertEquals(0, bucket.tryAcquire(policy, 0));
        assertEquals(2000, bucket.tryAcquire(policy, 0));
        assertEquals(1000, bucket.tryAcquire(policy, 1000));
    }

    @Test
    void flushingKeepsRequestsAdmittedDuringTheFlush() {
        RateLimitPolicy policy = RateLimitPolicy.of(10, 10);
        MemoryStore store = new MemoryStore();
        LocalBucket bucket = new LocalBucket(policy, 0);
        for (int i = 0; i < 4; i++) {
            bucket.tryAcquire(policy, 0);
        }
        bucket.flush(store, "a", policy, 0);
        assertEquals(0, bucket.pending());
        assertEquals(6, store.consume("a", 0, 0, policy), 1e-9);
    }

    @Test
    void twoNodesTogetherStayAtTheConfiguredRate() {
        assertSharedRate(2, 50, 20, 1_000);
    }

    @Test
    void fourNodesUnderHeavyLoadStayAtTheConfiguredRate() {
        assertSharedRate(4, 200, 100, 3_000);
    }

    /**
     * N nodes each offered far more than the limit (a request every millisecond each), flushing every
     * 100 ms at staggered times: the total admitted over the run is the burst plus rate times duration,
     * within what one flush interval of N nodes can overshoot.
     */
    private static void assertSharedRate(int nodes, double rate, double burst, long millis) {
        RateLimitPolicy policy = RateLimitPolicy.of(rate, burst);
        MemoryStore store = new MemoryStore();
        List<LocalBucket> buckets = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            buckets.add(new LocalBucket(policy, 0));
        }
        long admitted = 0;
        long refused = 0;
        for (long t = 0; t <= millis; t++) {
            for (int n = 0; n < nodes; n++) {
                if (buckets.get(n).tryAcquire(policy, t) == 0) {
                    admitted++;
                } else {
                    refused++;
                }
                if ((t + n * 37) % ScimRateLimiter.FLUSH_MILLIS == 0) {
                    buckets.get(n).flush(store, "integration", policy, t);
                }
            }
        }
        double expected = burst + rate * millis / 1000.0;
        double slack = nodes * (burst + rate * ScimRateLimiter.FLUSH_MILLIS / 1000.0);
        assertTrue(refused > admitted, "the load was far above the limit");
        assertTrue(
                admitted >= expected - rate * ScimRateLimiter.FLUSH_MILLIS / 1000.0 - 1,
                "admitted " + admitted + ", expected about " + expected);
        assertTrue(
                admitted <= expected + slack,
                "admitted " + admitted + ", expected about " + expected + " (+" + slack + " at most)");
        // The shared ledger saw every admission: whatever was overspent is owed. It can only be stricter than
        // exact (a node reports late, so the row may cap a refill the node had already spent), by at most one
        // interval's refill per node.
        for (LocalBucket bucket : buckets) {
            bucket.flush(store, "integration", policy, millis);
        }
        double balance = store.consume("integration", 0, millis, policy);
        double exact = expected - admitted;
        assertTrue(balance <= exact + 1e-6, "balance " + balance + " above the exact " + exact);
        assertTrue(
                balance >= exact - nodes * rate * ScimRateLimiter.FLUSH_MILLIS / 1000.0,
                "balance " + balance + " far below the exact " + exact);
    }
}
