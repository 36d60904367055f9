package dev.roster.integration;

/**
 * How an integration is doing, for the console's list: when its IdP last called, its latest rejected
 * request, and how big its directory is. Times are epoch milliseconds or null when it never happened.
 */
public record IntegrationStatus(
        Long lastScimRequestAt, Long lastErrorAt, String lastError, long activeUsers, long inactiveUsers, long groups) {

    public static final IntegrationStatus EMPTY = new IntegrationStatus(null, null, null, 0, 0, 0);
}
