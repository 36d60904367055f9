package dev.roster.events.delivery;

import dev.roster.config.RosterConfig;
import dev.roster.platform.Lazy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one SET to a receiver as RFC 8935 says: POST of the compact JWT as {@code application/secevent+jwt},
 * {@code Accept: application/json}, and the stream's {@code Authorization} header when it has one. Redirects are not
 * followed (a receiver URL passed the private-address check; where it redirects did not). One client for all
 * streams, on HTTP/1.1 with its connections kept alive between POSTs (a plain-HTTP receiver would otherwise be
 * offered an HTTP/2 upgrade it does not take).
 */
@ApplicationScoped
public class PushClient {

    @Inject
    RosterConfig config;

    private final Lazy<HttpClient> http = new Lazy<>(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());

    /** What the receiver said. */
    public sealed interface Outcome {}

    /** 2xx: the receiver has the SET. */
    public record Accepted() implements Outcome {}

    /** 400: the receiver refused this SET ({@code err} and {@code description} of its body); sending it again won't help. */
    public record Rejected(String detail) implements Outcome {}

    /** Anything else (network, timeout, 401/403, 429, 5xx): try again later. */
    public record Failed(String detail) implements Outcome {}

    public Outcome push(String endpoint, String authorization, String set) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(timeout())
                .header("Content-Type", "application/secevent+jwt")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(set));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.get().send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Accepted();
            }
            String body = abbreviate(response.body());
            if (status == 400) {
                return new Rejected("HTTP 400 " + body);
            }
            return new Failed("HTTP " + status + (body.isEmpty() ? "" : " " + body));
        } catch (IOException e) {
            return new Failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        }
    }

    private Duration timeout() {
        return Duration.ofMillis(config.eventsPushTimeoutMillis());
    }

    private static String abbreviate(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
