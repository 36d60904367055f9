package dev.roster.scim.ratelimit;

/**
 * How many SCIM requests one integration may make: {@code requestsPerSecond} on average, and up to
 * {@code burst} at once after a quiet spell (the bucket's size). A rate of 0 switches the limit off.
 */
public record RateLimitPolicy(double requestsPerSecond, double burst) {

    public static final RateLimitPolicy DISABLED = new RateLimitPolicy(0, 0);

    public RateLimitPolicy {
        if (requestsPerSecond < 0 || burst < 0 || Double.isNaN(requestsPerSecond) || Double.isNaN(burst)) {
            throw new IllegalArgumentException("rate and burst must be 0 or more");
        }
        if (requestsPerSecond > 0 && burst < 1) {
            // A bucket smaller than one request would refuse everything.
            burst = Math.max(1, requestsPerSecond);
        }
    }

    /** The configured values: a burst of 0 (unset) means one second's worth of requests. */
    public static RateLimitPolicy of(double requestsPerSecond, double burst) {
        if (requestsPerSecond <= 0) {
            return DISABLED;
        }
        return new RateLimitPolicy(requestsPerSecond, burst > 0 ? burst : requestsPerSecond);
    }

    public boolean enabled() {
        return requestsPerSecond > 0;
    }

    /**
     * {@code operations}, or fewer when the bucket cannot hold that many: a Bulk request takes one token per
     * operation, and one larger than the burst could never be admitted, however long its client waited.
     */
    public int capAtBurst(int operations) {
        return enabled() ? (int) Math.min(operations, Math.floor(burst)) : operations;
    }

    /** Tokens {@code tokens} grow to after {@code elapsedMillis}, never above the burst. */
    double refill(double tokens, long elapsedMillis) {
        return Math.min(burst, tokens + requestsPerSecond * Math.max(0, elapsedMillis) / 1000.0);
    }
}
