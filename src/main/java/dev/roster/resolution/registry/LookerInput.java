package dev.roster.resolution.registry;

/**
 * Looker API settings as an admin sends them.
 *
 * @param clientSecret null keeps the stored secret (when there is one)
 * @param cacheSeconds null for {@code roster.resolution.looker.cache-seconds}
 */
public record LookerInput(String apiUrl, String clientId, String clientSecret, Integer cacheSeconds) {

    @Override
    public String toString() {
        return "LookerInput[" + apiUrl + ", clientId=" + clientId + "]";
    }
}
