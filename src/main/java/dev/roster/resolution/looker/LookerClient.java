package dev.roster.resolution.looker;

import dev.roster.json.CachedJson;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The two Looker API 4.0 calls resolution needs, over the JDK's HttpClient:
 * <ul>
 *   <li>{@code POST /api/4.0/login} with {@code client_id} and {@code client_secret} (form-encoded) → an access
 *       token and its lifetime;</li>
 *   <li>{@code GET /api/4.0/users/{id}} with {@code Authorization: token …} → the user's email: {@code email},
 *       else the email of its credentials ({@code credentials_email}, {@code credentials_saml},
 *       {@code credentials_oidc}, {@code credentials_google}, {@code credentials_ldap}).</li>
 * </ul>
 * Stateless and thread-safe; secrets and tokens appear in no message.
 */
public final class LookerClient {

    /** An API access token and when it stops being usable (epoch millis). */
    public record AccessToken(String token, long expiresAt) {
        @Override
        public String toString() {
            return "AccessToken[expiresAt=" + expiresAt + "]";
        }
    }

    private static final List<String> CREDENTIALS = List.of(
            "credentials_email", "credentials_saml", "credentials_oidc", "credentials_google", "credentials_ldap");
    private static final int MAX_BODY_CHARS = 1_000_000;

    private final HttpClient http;
    private final Duration timeout;

    public LookerClient(Duration timeout) {
        this(
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                timeout);
    }

    public LookerClient(HttpClient http, Duration timeout) {
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Logs in with API credentials. */
    public AccessToken login(String baseUrl, String clientId, String clientSecret) throws LookerApiException {
        if (clientSecret == null) {
            throw new LookerApiException("No usable Looker client secret is stored", 0);
        }
        String form = "client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
                + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/4.0/login"))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = send(request, "login");
        if (response.statusCode() != 200) {
            throw new LookerApiException("Looker API login answered " + response.statusCode(), response.statusCode());
        }
        JsonObject body = json(response.body(), "login");
        if (!(body.get("access_token") instanceof JsonString token)
                || token.getString().isEmpty()) {
            throw new LookerApiException("Looker API login answered without an access_token", 200);
        }
        long lifetimeSeconds =
                body.containsKey("expires_in") && body.get("expires_in").getValueType() == JsonValue.ValueType.NUMBER
                        ? body.getJsonNumber("expires_in").longValue()
                        : 3600;
        return new AccessToken(token.getString(), System.currentTimeMillis() + lifetimeSeconds * 1000);
    }

    /**
     * The email of a Looker user.
     *
     * @return empty when Looker has no such user (404) or the user has no email
     * @throws LookerApiException with status 401 when the token is no longer accepted, or any other failure
     */
    public Optional<String> userEmail(String baseUrl, AccessToken token, long userId) throws LookerApiException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/4.0/users/" + userId))
                .timeout(timeout)
                .header("Authorization", "token " + token.token())
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response = send(request, "user lookup");
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new LookerApiException(
                    "Looker API user lookup answered " + response.statusCode(), response.statusCode());
        }
        return emailOf(json(response.body(), "user lookup"));
    }

    /** {@code email}, else the first credentials email. */
    static Optional<String> emailOf(JsonObject user) {
        Optional<String> direct = text(user.get("email"));
        if (direct.isPresent()) {
            return direct;
        }
        for (String credentials : CREDENTIALS) {
            if (user.get(credentials) instanceof JsonObject c) {
                Optional<String> email = text(c.get("email"));
                if (email.isPresent()) {
                    return email;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonValue value) {
        if (value instanceof JsonString s
                && !s.getString().isBlank()
                && s.getString().length() <= 320) {
            return Optional.of(s.getString().strip());
        }
        return Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest request, String what) throws LookerApiException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LookerApiException(
                    "Looker API " + what + " failed: " + e.getClass().getSimpleName(), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LookerApiException("Looker API " + what + " interrupted", 0);
        }
    }

    private static JsonObject json(String body, String what) throws LookerApiException {
        if (body == null || body.length() > MAX_BODY_CHARS) {
            throw new LookerApiException("Looker API " + what + " answered an unusable body", 200);
        }
        try (JsonReader reader = CachedJson.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (JsonException e) {
            // falls through
        }
        throw new LookerApiException("Looker API " + what + " answered something other than a JSON object", 200);
    }
}
