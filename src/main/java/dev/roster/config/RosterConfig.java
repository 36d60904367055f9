package dev.roster.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Roster's own MicroProfile Config keys in one place, so README.md's table has one source to match. The
 * {@code defaultValue}s here are the only defaults (no properties file repeats them, so none can differ).
 * Each key is also read from the environment ({@code roster.scim.token} as {@code ROSTER_SCIM_TOKEN}).
 */
@ApplicationScoped
public class RosterConfig {

    public static final String PUBLIC_URL = "roster.public-url";
    public static final String SCIM_TOKEN = "roster.scim.token";
    public static final String ADMIN_USERNAME = "roster.admin.username";
    public static final String ADMIN_PASSWORD = "roster.admin.password";
    public static final String MAX_PAGE_SIZE = "roster.scim.max-page-size";
    public static final String CURSOR_TIMEOUT_SECONDS = "roster.scim.cursor-timeout-seconds";
    public static final String MAX_BODY_BYTES = "roster.scim.max-body-bytes";
    public static final String BULK_MAX_OPERATIONS = "roster.scim.bulk.max-operations";
    public static final String BULK_MAX_PAYLOAD_BYTES = "roster.scim.bulk.max-payload-bytes";
    public static final String PATCH_MAX_OPERATIONS = "roster.scim.patch.max-operations";
    public static final String EVENT_RETENTION_DAYS = "roster.events.retention-days";
    public static final String ADMIN_SESSION_TIMEOUT_MINUTES = "roster.admin.session-timeout-minutes";
    public static final String ADMIN_SESSION_MAX_HOURS = "roster.admin.session-max-hours";
    public static final String OAUTH_ACCESS_TOKEN_LIFETIME_SECONDS = "roster.oauth.access-token-lifetime-seconds";
    public static final String RESOLUTION_CACHE_MILLIS = "roster.resolution.cache-millis";
    public static final String RESOLUTION_SESSION_TTL_HOURS = "roster.resolution.session-ttl-hours";
    public static final String RESOLUTION_SESSION_CACHE_SIZE = "roster.resolution.session-cache-size";
    public static final String RESOLUTION_LOOKER_CACHE_SECONDS = "roster.resolution.looker.cache-seconds";
    public static final String RESOLUTION_LOOKER_TIMEOUT_SECONDS = "roster.resolution.looker.timeout-seconds";
    public static final String RESOLUTION_FLUSH_SECONDS = "roster.resolution.attribution.flush-seconds";
    public static final String RESOLUTION_EVENT_RETENTION_DAYS = "roster.resolution.attribution.event-retention-days";
    public static final String RESOLUTION_SECRET_KEY = "roster.resolution.secret-key";
    public static final String SCIM_RATE_LIMIT_RPS = "roster.scim.rate-limit.requests-per-second";
    public static final String SCIM_RATE_LIMIT_BURST = "roster.scim.rate-limit.burst";
    public static final String SHARED_COMMIT_MAX_WRITES = "roster.db.shared-commit.max-writes";
    public static final String SHARED_COMMIT_WRITERS = "roster.db.shared-commit.writers";
    public static final String HTTP_TRUSTED_PROXIES = "roster.http.trusted-proxies";
    public static final String EVENTS_STREAM_RETENTION_DAYS = "roster.events.stream-retention-days";
    public static final String EVENTS_PAUSE_AFTER_MINUTES = "roster.events.pause-after-minutes";
    public static final String EVENTS_PUSH_TIMEOUT_MILLIS = "roster.events.push-timeout-millis";
    public static final String EVENTS_POLL_INTERVAL_MILLIS = "roster.events.poll-interval-millis";
    public static final String EVENTS_ALLOW_PRIVATE_RECEIVERS = "roster.events.allow-private-receivers";

    /** Defaults that code outside CDI (the SCIM body reader, a JAX-RS provider) needs too. */
    public static final String DEFAULT_MAX_BODY_BYTES = "1048576";

    public static final String DEFAULT_BULK_MAX_PAYLOAD_BYTES = "4194304";
    /** Also what the discovery documents advertise when built without configuration. */
    public static final String DEFAULT_CURSOR_TIMEOUT_SECONDS = "3600";

    @Inject
    @ConfigProperty(name = PUBLIC_URL, defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = SCIM_TOKEN)
    Optional<String> scimToken;

    @Inject
    @ConfigProperty(name = ADMIN_USERNAME, defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = ADMIN_PASSWORD)
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = MAX_PAGE_SIZE, defaultValue = "1000")
    int maxPageSize;

    @Inject
    @ConfigProperty(name = CURSOR_TIMEOUT_SECONDS, defaultValue = DEFAULT_CURSOR_TIMEOUT_SECONDS)
    int cursorTimeoutSeconds;

    @Inject
    @ConfigProperty(name = MAX_BODY_BYTES, defaultValue = DEFAULT_MAX_BODY_BYTES)
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = BULK_MAX_OPERATIONS, defaultValue = "1000")
    int bulkMaxOperations;

    @Inject
    @ConfigProperty(name = BULK_MAX_PAYLOAD_BYTES, defaultValue = DEFAULT_BULK_MAX_PAYLOAD_BYTES)
    long bulkMaxPayloadBytes;

    @Inject
    @ConfigProperty(name = PATCH_MAX_OPERATIONS, defaultValue = "1000")
    int patchMaxOperations;

    @Inject
    @ConfigProperty(name = EVENT_RETENTION_DAYS, defaultValue = "90")
    int eventRetentionDays;

    @Inject
    @ConfigProperty(name = ADMIN_SESSION_TIMEOUT_MINUTES, defaultValue = "30")
    int adminSessionTimeoutMinutes;

    @Inject
    @ConfigProperty(name = ADMIN_SESSION_MAX_HOURS, defaultValue = "12")
    int adminSessionMaxHours;

    @Inject
    @ConfigProperty(name = OAUTH_ACCESS_TOKEN_LIFETIME_SECONDS, defaultValue = "3600")
    int oauthAccessTokenLifetimeSeconds;

    @Inject
    @ConfigProperty(name = RESOLUTION_CACHE_MILLIS, defaultValue = "500")
    long resolutionCacheMillis;

    @Inject
    @ConfigProperty(name = RESOLUTION_SESSION_TTL_HOURS, defaultValue = "8")
    int resolutionSessionTtlHours;

    @Inject
    @ConfigProperty(name = RESOLUTION_SESSION_CACHE_SIZE, defaultValue = "100000")
    int resolutionSessionCacheSize;

    @Inject
    @ConfigProperty(name = RESOLUTION_LOOKER_CACHE_SECONDS, defaultValue = "3600")
    int resolutionLookerCacheSeconds;

    @Inject
    @ConfigProperty(name = RESOLUTION_LOOKER_TIMEOUT_SECONDS, defaultValue = "10")
    int resolutionLookerTimeoutSeconds;

    @Inject
    @ConfigProperty(name = RESOLUTION_FLUSH_SECONDS, defaultValue = "5")
    int resolutionFlushSeconds;

    @Inject
    @ConfigProperty(name = RESOLUTION_EVENT_RETENTION_DAYS, defaultValue = "7")
    int resolutionEventRetentionDays;

    @Inject
    @ConfigProperty(name = RESOLUTION_SECRET_KEY)
    Optional<String> resolutionSecretKey;

    @Inject
    @ConfigProperty(name = SCIM_RATE_LIMIT_RPS, defaultValue = "20000")
    double scimRateLimitRequestsPerSecond;

    @Inject
    @ConfigProperty(name = SCIM_RATE_LIMIT_BURST, defaultValue = "0")
    double scimRateLimitBurst;

    @Inject
    @ConfigProperty(name = SHARED_COMMIT_MAX_WRITES, defaultValue = "64")
    int sharedCommitMaxWrites;

    @Inject
    @ConfigProperty(name = SHARED_COMMIT_WRITERS, defaultValue = "0")
    int sharedCommitWriters;

    @Inject
    @ConfigProperty(name = HTTP_TRUSTED_PROXIES)
    Optional<String> trustedProxies;

    /** The external URL without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The SCIM connector base URL an IdP is given: {@code {roster.public-url}/scim/v2}. */
    public String scimBaseUrl() {
        return publicUrl() + "/scim/v2";
    }

    /** The static token of the {@code default} integration, when configured (blank counts as absent). */
    public Optional<String> scimToken() {
        return nonBlank(scimToken);
    }

    public String adminUsername() {
        return adminUsername;
    }

    public Optional<String> adminPassword() {
        return nonBlank(adminPassword);
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    /** How long a paging cursor is accepted after it was issued (advertised as {@code pagination.cursorTimeout}). */
    public int cursorTimeoutSeconds() {
        return Math.max(1, cursorTimeoutSeconds);
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public int bulkMaxOperations() {
        return bulkMaxOperations;
    }

    public long bulkMaxPayloadBytes() {
        return bulkMaxPayloadBytes;
    }

    /** Most operations in one PATCH request; more are refused before any is applied. */
    public int patchMaxOperations() {
        return Math.max(1, patchMaxOperations);
    }

    public int eventRetentionDays() {
        return eventRetentionDays;
    }

    /** Whether the public URL is HTTPS, so cookies can (and must) be marked Secure. */
    public boolean publicUrlIsHttps() {
        return isHttps(publicUrl());
    }

    public static boolean isHttps(String url) {
        return url != null && url.regionMatches(true, 0, "https://", 0, 8);
    }

    /** A console session ends after this long without a request (sliding). */
    public int adminSessionTimeoutMinutes() {
        return Math.max(1, adminSessionTimeoutMinutes);
    }

    /** A console session ends this long after sign-in, however active. */
    public int adminSessionMaxHours() {
        return Math.max(1, adminSessionMaxHours);
    }

    /** Default lifetime of OAuth access tokens from the client-credentials endpoint. */
    public int oauthAccessTokenLifetimeSeconds() {
        return Math.max(1, oauthAccessTokenLifetimeSeconds);
    }

    /**
     * How long a node reuses what resolution read from the database (identities and groups, database accounts,
     * API keys, session carriers, uploaded Looker mappings): every change is seen by every node within it.
     */
    public long resolutionCacheMillis() {
        return Math.max(0, resolutionCacheMillis);
    }

    /** How long a session's Initial SQL carrier is remembered after it was last seen. */
    public int resolutionSessionTtlHours() {
        return Math.max(1, resolutionSessionTtlHours);
    }

    /** The most session carriers a node keeps in memory (the database holds them all). */
    public int resolutionSessionCacheSize() {
        return Math.max(1, resolutionSessionCacheSize);
    }

    /** Default lifetime of a Looker user id to email mapping read from the Looker API. */
    public int resolutionLookerCacheSeconds() {
        return Math.max(0, resolutionLookerCacheSeconds);
    }

    public int resolutionLookerTimeoutSeconds() {
        return Math.max(1, resolutionLookerTimeoutSeconds);
    }

    /** How often a node adds its attribution tallies to the database. */
    public int resolutionFlushSeconds() {
        return Math.max(1, resolutionFlushSeconds);
    }

    public int resolutionEventRetentionDays() {
        return Math.max(1, resolutionEventRetentionDays);
    }

    /** The key that encrypts stored Looker client secrets, when configured (else a generated key in the database). */
    public Optional<String> resolutionSecretKey() {
        return nonBlank(resolutionSecretKey);
    }

    /** SCIM requests per second allowed per integration, across all nodes; 0 switches the limit off. */
    public double scimRateLimitRequestsPerSecond() {
        return Math.max(0, scimRateLimitRequestsPerSecond);
    }

    /** Requests an integration may send at once after a quiet spell; 0 means one second's worth. */
    public double scimRateLimitBurst() {
        return Math.max(0, scimRateLimitBurst);
    }

    /** Most SCIM writes of concurrent requests that share one transaction and commit; 1 commits each alone. */
    public int sharedCommitMaxWrites() {
        return Math.max(1, sharedCommitMaxWrites);
    }

    /** Threads that run the shared transactions; 0 lets the database decide (see CommitQueue). */
    public int sharedCommitWriters() {
        return Math.max(0, sharedCommitWriters);
    }

    /**
     * The reverse proxies whose {@code X-Forwarded-For} / {@code Forwarded} headers are believed (CIDR blocks,
     * comma-separated; parsed and checked by {@code dev.roster.platform.http.ClientAddresses}); none when absent.
     */
    public Optional<String> trustedProxies() {
        return nonBlank(trustedProxies);
    }

    /** Blank counts as absent, so an empty environment variable ({@code ROSTER_SCIM_TOKEN=}) leaves a setting off. */
    private static Optional<String> nonBlank(Optional<String> value) {
        return value.filter(v -> !v.isBlank());
    }

    @Inject
    @ConfigProperty(name = EVENTS_STREAM_RETENTION_DAYS, defaultValue = "7")
    int eventsStreamRetentionDays;

    @Inject
    @ConfigProperty(name = EVENTS_PAUSE_AFTER_MINUTES, defaultValue = "1440")
    int eventsPauseAfterMinutes;

    @Inject
    @ConfigProperty(name = EVENTS_PUSH_TIMEOUT_MILLIS, defaultValue = "5000")
    int eventsPushTimeoutMillis;

    @Inject
    @ConfigProperty(name = EVENTS_POLL_INTERVAL_MILLIS, defaultValue = "200")
    int eventsPollIntervalMillis;

    @Inject
    @ConfigProperty(name = EVENTS_ALLOW_PRIVATE_RECEIVERS, defaultValue = "false")
    boolean eventsAllowPrivateReceivers;

    /** Days a stream's undelivered or unacknowledged events are kept (a paused stream's backlog too). */
    public int eventsStreamRetentionDays() {
        return Math.max(1, eventsStreamRetentionDays);
    }

    /** Minutes a push receiver may keep failing before its stream is paused (its backlog stays). */
    public int eventsPauseAfterMinutes() {
        return Math.max(1, eventsPauseAfterMinutes);
    }

    /** How long one push to a receiver may take before it counts as failed and is retried. */
    public int eventsPushTimeoutMillis() {
        return Math.max(100, eventsPushTimeoutMillis);
    }

    /** How often a node looks for events committed by other nodes (its own wake it at once). */
    public int eventsPollIntervalMillis() {
        return Math.max(10, eventsPollIntervalMillis);
    }

    /** Whether receiver URLs may name private, loopback or link-local addresses (tests, lab setups). */
    public boolean eventsAllowPrivateReceivers() {
        return eventsAllowPrivateReceivers;
    }
}
