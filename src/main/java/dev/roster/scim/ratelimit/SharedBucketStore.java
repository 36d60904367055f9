package dev.roster.scim.ratelimit;

/**
 * The integration's token bucket as every node sees it: one row per integration in the database. Each node
 * reports what it admitted since its last report and learns how many tokens are left after everyone's
 * requests. The balance may go negative (nodes admitted on a slightly stale view); the debt is then repaid
 * by refusals, so the long-run rate is exact across any number of nodes.
 */
public interface SharedBucketStore {

    /**
     * Refills the shared bucket up to {@code now}, takes {@code consumed} tokens out and returns the balance
     * at {@code now}.
     */
    double consume(String integrationId, long consumed, long now, RateLimitPolicy policy);
}
