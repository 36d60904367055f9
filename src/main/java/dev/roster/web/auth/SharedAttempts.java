package dev.roster.web.auth;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Identical attempts that arrive while one is being checked wait for that check and share its outcome, on
 * this node. A script that starts with eight parallel calls pays one password hash and one count instead of
 * eight, and is not throttled by its own parallelism; the same guess sent eight times is one guess.
 */
final class SharedAttempts<T> {

    private final Map<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();

    /** Runs the check, or joins the one already running under the same key. */
    T run(String key, Supplier<T> check) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> earlier = running.putIfAbsent(key, mine);
        if (earlier != null) {
            return join(earlier);
        }
        try {
            T outcome = check.get();
            mine.complete(outcome);
            return outcome;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    int running() {
        return running.size();
    }

    private static <T> T join(CompletableFuture<T> earlier) {
        try {
            return earlier.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
