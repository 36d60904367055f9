package dev.roster.resolution.looker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.roster.resolution.core.AccountConfig.LookerSettings;
import dev.roster.resolution.core.LookerUsers.LookerEmail;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Looker client and its caches against a stub Looker API on 127.0.0.1. */
class LookerEmailsTest {

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private volatile String validToken = "tok-1";
    private volatile int userStatus = 200;

    private static final Map<String, String> USERS = Map.of(
            "5", "{\"id\":5,\"email\":\"jane@example.com\",\"first_name\":\"Jane\"}",
            "6", "{\"id\":6,\"email\":null,\"credentials_saml\":{\"email\":\"saml.user@example.com\"}}");

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/4.0/login", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add("POST login " + body.replaceAll("client_secret=[^&]*", "client_secret=***"));
            if (!body.contains("client_id=looker-id") || !body.contains("client_secret=s%26cret")) {
                reply(exchange, 404, "{\"message\":\"Not found\"}");
                return;
            }
            logins.incrementAndGet();
            reply(
                    exchange,
                    200,
                    "{\"access_token\":\"" + validToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        server.createContext("/api/4.0/users/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/4.0/users/".length());
            requests.add("GET user " + id);
            if (!("token " + validToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, "{\"message\":\"Requires authentication.\"}");
            } else if (userStatus != 200) {
                reply(exchange, userStatus, "{}");
            } else if (USERS.containsKey(id)) {
                reply(exchange, 200, USERS.get(id));
            } else {
                reply(exchange, 404, "{\"message\":\"Not found\"}");
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private LookerSettings settings(String secret) {
        return new LookerSettings("repo-1", base, "looker-id", secret, 3600, 1L);
    }

    private LookerEmails emails() {
        return new LookerEmails(new LookerClient(Duration.ofSeconds(5)), 1000);
    }

    @Test
    void logsInOnceAndCachesEmails() {
        LookerEmails emails = emails();
        assertEquals(LookerEmail.found("jane@example.com"), emails.emailOf(settings("s&cret"), 5));
        assertEquals(LookerEmail.found("jane@example.com"), emails.emailOf(settings("s&cret"), 5));
        assertEquals(LookerEmail.found("saml.user@example.com"), emails.emailOf(settings("s&cret"), 6));
        assertEquals(1, logins.get());
        assertEquals(List.of("POST login client_id=looker-id&client_secret=***", "GET user 5", "GET user 6"), requests);
    }

    @Test
    void unknownUsersAreUnknownAndCachedBriefly() {
        LookerEmails emails = emails();
        assertEquals(
                LookerEmail.Status.UNKNOWN,
                emails.emailOf(settings("s&cret"), 99).status());
        assertEquals(
                LookerEmail.Status.UNKNOWN,
                emails.emailOf(settings("s&cret"), 99).status());
        assertEquals(1, requests.stream().filter(r -> r.equals("GET user 99")).count());
    }

    @Test
    void anExpiredTokenIsRenewedOnce() {
        LookerEmails emails = emails();
        emails.emailOf(settings("s&cret"), 5);
        validToken = "tok-2";
        assertEquals(LookerEmail.found("saml.user@example.com"), emails.emailOf(settings("s&cret"), 6));
        assertEquals(2, logins.get());
    }

    @Test
    void rejectedCredentialsOrServerErrorsAreUnavailable() {
        assertEquals(
                LookerEmail.Status.UNAVAILABLE,
                emails().emailOf(settings("wrong"), 5).status());
        userStatus = 500;
        assertEquals(
                LookerEmail.Status.UNAVAILABLE,
                emails().emailOf(settings("s&cret"), 5).status());
    }

    @Test
    void anUnreachableApiIsUnavailable() {
        server.stop(0);
        assertEquals(
                LookerEmail.Status.UNAVAILABLE,
                emails().emailOf(settings("s&cret"), 5).status());
    }

    @Test
    void newSettingsVersionsDoNotReuseCachedEntries() {
        LookerEmails emails = emails();
        emails.emailOf(settings("s&cret"), 5);
        emails.emailOf(new LookerSettings("repo-1", base, "looker-id", "s&cret", 3600, 2L), 5);
        assertEquals(2, requests.stream().filter(r -> r.equals("GET user 5")).count());
        assertEquals(2, logins.get());
    }

    @Test
    void mappingFilesInCsvAndJson() throws Exception {
        Map<Long, String> csv =
                LookerMappingFiles.parseCsv("User ID,Email\n123,jane@example.com\r\n\n\"124\",\"bob@example.com\"\n");
        assertEquals(Map.of(123L, "jane@example.com", 124L, "bob@example.com"), csv);
        Map<Long, String> json = LookerMappingFiles.parseJson(
                "{\"mappings\":[{\"lookerUserId\":1,\"email\":\"a@example.com\"},{\"id\":\"2\",\"email\":\"b@example.com\"}]}");
        assertEquals(Map.of(1L, "a@example.com", 2L, "b@example.com"), json);
        assertThrowsInvalid("1,not-an-email");
        assertThrowsInvalid("1,a@example.com\n1,b@example.com");
        assertThrowsInvalid("x,a@example.com\ny,b@example.com");
    }

    private static void assertThrowsInvalid(String csv) {
        try {
            LookerMappingFiles.parseCsv(csv);
        } catch (LookerMappingFiles.InvalidMapping e) {
            assertFalse(e.getMessage().isEmpty());
            return;
        }
        assertTrue(false, "expected an invalid mapping: " + csv);
    }
}
