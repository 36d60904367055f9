package dev.roster.resolution.looker;

import dev.roster.resolution.core.AccountConfig.LookerSettings;
import dev.roster.resolution.core.LookerUsers.LookerEmail;
import dev.roster.resolution.core.TtlCache;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looker user id → email through the Looker API, cached: a found email for the repository's cache TTL
 * ({@code looker.cacheSeconds}, default {@code roster.resolution.looker.cache-seconds}), an unknown id for at
 * most a minute, an unreachable API for {@value #UNAVAILABLE_SECONDS} s (so an outage costs one call per id every
 * few seconds, not one per query). One access token per repository settings version, renewed a minute before it
 * expires or when Looker rejects it; concurrent misses of one id share one call. Thread-safe.
 */
public final class LookerEmails {

    static final int UNAVAILABLE_SECONDS = 5;
    static final int UNKNOWN_SECONDS = 60;
    private static final long TOKEN_MARGIN_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(LookerEmails.class.getName());

    private record UserKey(String repositoryId, long version, long userId) {}

    private record TokenKey(String repositoryId, long version) {}

    private record Cached(LookerEmail email, long expiresAtNanos) {}

    private final LookerClient client;
    private final ConcurrentHashMap<UserKey, Cached> emails = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UserKey, CompletableFuture<LookerEmail>> inFlight = new ConcurrentHashMap<>();
    private final TtlCache<TokenKey, LookerClient.AccessToken> tokens = new TtlCache<>(86_400_000L, 1_000);
    private final int maxEntries;

    public LookerEmails(LookerClient client, int maxEntries) {
        this.client = client;
        this.maxEntries = maxEntries;
    }

    public LookerEmail emailOf(LookerSettings settings, long userId) {
        UserKey key = new UserKey(settings.repositoryId(), settings.version(), userId);
        Cached cached = emails.get(key);
        if (cached != null && System.nanoTime() - cached.expiresAtNanos < 0) {
            return cached.email;
        }
        CompletableFuture<LookerEmail> mine = new CompletableFuture<>();
        CompletableFuture<LookerEmail> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running.join();
        }
        try {
            LookerEmail result = fetch(settings, userId);
            remember(key, result, settings);
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.complete(LookerEmail.of(LookerEmail.Status.UNAVAILABLE));
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private LookerEmail fetch(LookerSettings settings, long userId) {
        TokenKey tokenKey = new TokenKey(settings.repositoryId(), settings.version());
        try {
            for (int attempt = 0; attempt < 2; attempt++) {
                LookerClient.AccessToken token = token(tokenKey, settings);
                try {
                    Optional<String> email = client.userEmail(settings.apiUrl(), token, userId);
                    return email.map(LookerEmail::found).orElse(LookerEmail.of(LookerEmail.Status.UNKNOWN));
                } catch (LookerApiException e) {
                    if (e.status() != 401 || attempt == 1) {
                        throw e;
                    }
                    tokens.invalidate(tokenKey);
                }
            }
        } catch (LookerApiException e) {
            LOG.log(
                    Level.WARNING,
                    "Looker user " + userId + " of repository " + settings.repositoryId() + " could not be mapped: "
                            + e.getMessage());
        }
        return LookerEmail.of(LookerEmail.Status.UNAVAILABLE);
    }

    private LookerClient.AccessToken token(TokenKey key, LookerSettings settings) throws LookerApiException {
        LookerClient.AccessToken token = tokens.get(key);
        if (token != null && token.expiresAt() - TOKEN_MARGIN_MILLIS > System.currentTimeMillis()) {
            return token;
        }
        synchronized (this) {
            token = tokens.get(key);
            if (token != null && token.expiresAt() - TOKEN_MARGIN_MILLIS > System.currentTimeMillis()) {
                return token;
            }
            token = client.login(settings.apiUrl(), settings.clientId(), settings.clientSecret());
            tokens.put(key, token);
            return token;
        }
    }

    private void remember(UserKey key, LookerEmail result, LookerSettings settings) {
        long seconds;
        switch (result.status()) {
            case FOUND:
                seconds = settings.cacheSeconds();
                break;
            case UNKNOWN:
                seconds = Math.min(UNKNOWN_SECONDS, settings.cacheSeconds());
                break;
            default:
                seconds = UNAVAILABLE_SECONDS;
        }
        if (seconds <= 0) {
            return;
        }
        if (emails.size() >= maxEntries) {
            long now = System.nanoTime();
            emails.entrySet().removeIf(e -> now - e.getValue().expiresAtNanos >= 0);
            if (emails.size() >= maxEntries) {
                emails.clear();
            }
        }
        emails.put(key, new Cached(result, System.nanoTime() + seconds * 1_000_000_000L));
    }

    /** Forgets cached emails and tokens (tests; settings changes make new keys anyway). */
    public void clear() {
        emails.clear();
        tokens.invalidateAll();
    }
}
