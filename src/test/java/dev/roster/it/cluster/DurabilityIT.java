package dev.roster.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Clients;
import dev.roster.it.Http;
import dev.roster.testsupport.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One node killed with SIGKILL in the middle of an Okta-style import and started again on the same database
 * loses nothing it acknowledged and shows no half-applied PATCH: on the embedded H2 default (the default
 * {@code roster.db.url}, files under the node's working directory) and on PostgreSQL. The restarted H2 node
 * runs with a tiny rate limit, so the same boot also checks the 429 answer, for single requests and for the
 * operations of a Bulk request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DurabilityIT {

    private static final String TOKEN = "durability-it-token";
    private static final String ADMIN_PASSWORD = "durability-it-admin-password";
    private static final int IMPORT_USERS = 400;
    private static final int KILL_AFTER_ACKNOWLEDGED = 150;

    private final List<PayaraNodes> started = new ArrayList<>();

    @AfterAll
    void stopNodes() {
        started.forEach(PayaraNodes::close);
    }

    private PayaraNodes nodes(String purpose) {
        PayaraNodes nodes = new PayaraNodes(purpose);
        started.add(nodes);
        return nodes;
    }

    private static PayaraNodes.Settings settings() {
        return new PayaraNodes.Settings()
                .env("ROSTER_SCIM_TOKEN", TOKEN)
                .env("ROSTER_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("ROSTER_PUBLIC_URL", "http://127.0.0.1");
    }

    @Test
    void embeddedH2KilledMidImportKeepsEveryAcknowledgedWrite() throws Exception {
        PayaraNodes nodes = nodes("durability-h2");
        Path dir = nodes.workDir().resolve("node");
        // No roster.db.url: the default, jdbc:h2:file:./data/roster;WRITE_DELAY=0;…, in the node's directory.
        PayaraNodes.Node first = nodes.start("h2-first", settings(), dir).awaitReady();
        KillMidImport run = new KillMidImport(List.of(new OktaTraffic(first.base(), TOKEN)), null, first::kill)
                .run(IMPORT_USERS, KILL_AFTER_ACKNOWLEDGED);
        assertFalse(first.isAlive());
        assertTrue(run.errors.isEmpty(), run.errors.toString());
        assertTrue(Files.exists(dir.resolve("data/roster.mv.db")), "the default H2 file is under ./data");

        // Restart on the same files, this time with a rate limit of 2 requests/s (burst 4): the verification
        // needs one request, and the limit is checked afterwards.
        PayaraNodes.Node second = nodes.start(
                        "h2-second",
                        settings()
                                .env("ROSTER_SCIM_RATE_LIMIT_REQUESTS_PER_SECOND", "2")
                                .env("ROSTER_SCIM_RATE_LIMIT_BURST", "4"),
                        dir)
                .awaitReady();
        OktaTraffic via = new OktaTraffic(second.base(), TOKEN);
        int stored = run.verify(via).size();
        System.out.println("DurabilityIT H2 import, node killed and restarted: " + run.summary(stored));

        overloadIsAnswered429WithRetryAfter(second, via);
    }

    @Test
    void postgresqlNodeKilledMidImportKeepsEveryAcknowledgedWrite() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase database = Postgres.createDatabase("it_durability")) {
            PayaraNodes nodes = nodes("durability-pg");
            PayaraNodes.Settings settings = settings().postgres(database.url(), Postgres.user(), Postgres.password());
            PayaraNodes.Node first = nodes.start(
                            "pg-first", settings, nodes.workDir().resolve("first"))
                    .awaitReady();
            KillMidImport run = new KillMidImport(List.of(new OktaTraffic(first.base(), TOKEN)), null, first::kill)
                    .run(IMPORT_USERS, KILL_AFTER_ACKNOWLEDGED);
            assertTrue(run.errors.isEmpty(), run.errors.toString());
            PayaraNodes.Node second = nodes.start(
                            "pg-second", settings, nodes.workDir().resolve("second"))
                    .awaitReady();
            int stored = run.verify(new OktaTraffic(second.base(), TOKEN)).size();
            System.out.println("DurabilityIT PostgreSQL import, node killed and restarted: " + run.summary(stored));
            nodes.close();
        }
    }

    /** Beyond the configured rate: 429, Retry-After, a SCIM Error; the admin API and health are not limited. */
    private static void overloadIsAnswered429WithRetryAfter(PayaraNodes.Node node, OktaTraffic via) throws Exception {
        Http.Reply refused = null;
        int admitted = 0;
        for (int i = 0; i < 30 && refused == null; i++) {
            Http.Reply reply = via.get("Users?count=1");
            if (reply.status() == 429) {
                refused = reply;
            } else {
                assertEquals(200, reply.status(), reply.toString());
                admitted++;
            }
        }
        assertNotNull(refused, "30 requests at once exceed 2 requests/s with a burst of 4");
        assertTrue(admitted <= 6, admitted + " admitted: the burst, plus what refilled meanwhile");
        String retryAfter = refused.header("Retry-After");
        assertNotNull(retryAfter, refused.toString());
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 2, retryAfter);
        assertTrue(refused.header("Content-Type").startsWith("application/scim+json"), refused.header("Content-Type"));
        assertEquals(
                "urn:ietf:params:scim:api:messages:2.0:Error",
                refused.json().getJsonArray("schemas").getString(0));
        assertEquals("429", refused.json().getString("status"));
        assertTrue(refused.json().getString("detail").contains("2 requests per second"), refused.toString());

        Http admin = new Http(node.base(), Map.of("Authorization", Clients.basic("admin", ADMIN_PASSWORD)));
        assertEquals(
                200, admin.get("api/v1/integrations/default/users?size=1").status(), "the admin API is not limited");
        assertEquals(200, admin.get("health/ready").status());

        Thread.sleep(seconds * 1000 + 100);
        assertEquals(200, via.get("Users?count=1").status(), "after Retry-After the integration may go on");

        bulkOperationsCountAgainstTheLimitAllOrNone(node, admin);
    }

    /**
     * Each operation of a Bulk request takes a token: all before the first runs, or the request is refused whole
     * and writes nothing. A Bulk request larger than the bucket could never pass, so bulk.maxOperations is the burst.
     */
    private static void bulkOperationsCountAgainstTheLimitAllOrNone(PayaraNodes.Node node, Http admin)
            throws Exception {
        Http scim = new Http(node.base().resolve("scim/v2/"), Map.of("Authorization", "Bearer " + TOKEN));
        Http.Reply config = admitted(() -> scim.get("ServiceProviderConfig"));
        assertEquals(4, config.json().getJsonObject("bulk").getInt("maxOperations"), config.toString());
        Http.Reply tooLarge = admitted(() -> scim.post("Bulk", bulkCreating("bulk-too-large", 5)));
        assertEquals(413, tooLarge.status(), tooLarge.toString());
        assertTrue(tooLarge.json().getString("detail").contains("maxOperations is 4"), tooLarge.toString());

        // Drain the bucket, then wait for the one request's token: the request passes, its three further
        // operations do not fit, and nothing is created.
        Http.Reply drained;
        do {
            drained = scim.get("Users?count=1");
        } while (drained.status() != 429);
        Thread.sleep(Long.parseLong(drained.header("Retry-After")) * 1000);
        Http.Reply refused = scim.post("Bulk", bulkCreating("bulk-all-or-none", 4));
        assertEquals(429, refused.status(), refused.toString());
        assertNotNull(refused.header("Retry-After"), refused.toString());
        assertTrue(
                refused.json().getString("detail").contains("each operation of a Bulk request counts as one"),
                refused.toString());
        assertEquals(
                0,
                admin.get("api/v1/integrations/default/users?q=bulk-all-or-none")
                        .json()
                        .getInt("totalResults"),
                "a refused Bulk request writes nothing");

        Http.Reply accepted = admitted(() -> scim.post("Bulk", bulkCreating("bulk-all-or-none", 4)));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals(
                4,
                admin.get("api/v1/integrations/default/users?q=bulk-all-or-none")
                        .json()
                        .getInt("totalResults"));
    }

    /** Sends the request again after each 429's Retry-After, as a client should, at most ten times. */
    private static Http.Reply admitted(java.util.function.Supplier<Http.Reply> request) throws InterruptedException {
        Http.Reply reply = request.get();
        for (int attempt = 0; attempt < 10 && reply.status() == 429; attempt++) {
            Thread.sleep(Long.parseLong(reply.header("Retry-After")) * 1000);
            reply = request.get();
        }
        return reply;
    }

    private static String bulkCreating(String prefix, int users) {
        StringBuilder operations = new StringBuilder();
        for (int i = 0; i < users; i++) {
            operations
                    .append(i == 0 ? "" : ",")
                    .append("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u")
                    .append(i)
                    .append("\",\"data\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],")
                    .append("\"userName\":\"")
                    .append(prefix)
                    .append('-')
                    .append(i)
                    .append("@example.com\"}}");
        }
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":[" + operations
                + "]}";
    }
}
