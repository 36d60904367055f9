package dev.roster.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http;
import dev.roster.testsupport.Postgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One node killed with SIGKILL in the middle of an Okta-style import and started again on the same database
 * loses nothing it acknowledged and shows no half-applied PATCH: on the embedded H2 default (the default
 * {@code roster.db.url}, files under the node's working directory) and on PostgreSQL. The restarted H2 node
 * runs with a tiny rate limit, so the same boot also checks the 429 answer.
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
        return new PayaraNodes.Settings().env("ROSTER_SCIM_TOKEN", TOKEN).env("ROSTER_ADMIN_PASSWORD", ADMIN_PASSWORD)
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
        PayaraNodes.Node second = nodes.start("h2-second", settings()
                .env("ROSTER_SCIM_RATE_LIMIT_REQUESTS_PER_SECOND", "2")
                .env("ROSTER_SCIM_RATE_LIMIT_BURST", "4"), dir).awaitReady();
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
            PayaraNodes.Node first = nodes.start("pg-first", settings, nodes.workDir().resolve("first")).awaitReady();
            KillMidImport run = new KillMidImport(List.of(new OktaTraffic(first.base(), TOKEN)), null, first::kill)
                    .run(IMPORT_USERS, KILL_AFTER_ACKNOWLEDGED);
            assertTrue(run.errors.isEmpty(), run.errors.toString());
            PayaraNodes.Node second = nodes.start("pg-second", settings, nodes.workDir().resolve("second")).awaitReady();
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
        assertEquals("urn:ietf:params:scim:api:messages:2.0:Error", refused.json().getJsonArray("schemas").getString(0));
        assertEquals("429", refused.json().getString("status"));
        assertTrue(refused.json().getString("detail").contains("2 requests per second"), refused.toString());

        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        Http admin = new Http(node.base(), Map.of("Authorization", "Basic " + basic));
        assertEquals(200, admin.get("api/v1/integrations/default/users?size=1").status(), "the admin API is not limited");
        assertEquals(200, admin.get("health/ready").status());

        Thread.sleep(seconds * 1000 + 100);
        assertEquals(200, via.get("Users?count=1").status(), "after Retry-After the integration may go on");
    }
}
