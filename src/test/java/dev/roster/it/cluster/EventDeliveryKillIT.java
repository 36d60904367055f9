package dev.roster.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Clients;
import dev.roster.it.Http;
import dev.roster.it.events.ReceiverStub;
import dev.roster.testsupport.Postgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A node killed with SIGKILL while it imports users and pushes their events, then started again on the same
 * database: the receiver gets an event for every write that committed (acknowledged or not), and none for a write
 * that did not. On the embedded H2 default and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventDeliveryKillIT {

    private static final String TOKEN = "event-kill-it-token";
    private static final String ADMIN_PASSWORD = "event-kill-it-admin-password";
    private static final String PROV = "urn:ietf:params:scim:event:prov:";
    private static final int IMPORT_USERS = 200;
    private static final int KILL_AFTER_ACKNOWLEDGED = 120;

    private final List<PayaraNodes> started = new ArrayList<>();

    @AfterAll
    void stopNodes() {
        started.forEach(PayaraNodes::close);
    }

    @Test
    void embeddedH2NodeKilledMidStreamDeliversEveryCommittedChangeAndNoOther() throws Exception {
        PayaraNodes nodes = new PayaraNodes("event-kill-h2");
        started.add(nodes);
        Path dir = nodes.workDir().resolve("node");
        killAndRestart(nodes, settings(), dir, dir);
    }

    @Test
    void postgresqlNodeKilledMidStreamDeliversEveryCommittedChangeAndNoOther() throws Exception {
        Postgres.assumeAvailable();
        try (Postgres.FreshDatabase database = Postgres.createDatabase("it_event_kill")) {
            PayaraNodes nodes = new PayaraNodes("event-kill-pg");
            started.add(nodes);
            killAndRestart(
                    nodes,
                    settings().postgres(database.url(), Postgres.user(), Postgres.password()),
                    nodes.workDir().resolve("first"),
                    nodes.workDir().resolve("second"));
            nodes.close();
        }
    }

    private static void killAndRestart(PayaraNodes nodes, PayaraNodes.Settings settings, Path firstDir, Path secondDir)
            throws Exception {
        try (ReceiverStub receiver = new ReceiverStub()) {
            PayaraNodes.Node first = nodes.start("first", settings, firstDir).awaitReady();
            Http.Reply stream = admin(first)
                    .post(
                            "api/v1/ssf/streams",
                            "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"" + receiver.url()
                                    + "\"},\"events_requested\":[\"" + PROV + "create:full\",\"" + PROV
                                    + "patch:full\"]}");
            assertEquals(201, stream.status(), stream.toString());

            KillMidImport run = new KillMidImport(List.of(new OktaTraffic(first.base(), TOKEN)), null, first::kill)
                    .run(IMPORT_USERS, KILL_AFTER_ACKNOWLEDGED);
            assertTrue(run.errors.isEmpty(), run.errors.toString());

            PayaraNodes.Node second = nodes.start("second", settings, secondDir).awaitReady();
            Map<String, JsonObject> stored = run.verify(new OktaTraffic(second.base(), TOKEN));
            Set<String> createdIds =
                    stored.values().stream().map(u -> u.getString("id")).collect(Collectors.toSet());
            Set<String> patchedIds = stored.values().stream()
                    .filter(u -> ("Patched " + u.getString("id")).equals(u.getString("displayName", null)))
                    .map(u -> u.getString("id"))
                    .collect(Collectors.toSet());

            Set<String> createEvents = new HashSet<>();
            Set<String> patchEvents = new HashSet<>();
            int received = 0;
            while (!createEvents.containsAll(createdIds) || !patchEvents.containsAll(patchedIds)) {
                JsonObject claims = claims(receiver.next().set());
                received++;
                String type = claims.getJsonObject("events").keySet().iterator().next();
                String id = claims.getJsonObject("sub_id").getString("id");
                (type.equals(PROV + "create:full") ? createEvents : patchEvents).add(id);
            }
            assertEquals(createdIds, createEvents, "a create event for each committed create, and no other");
            assertEquals(patchedIds, patchEvents, "a patch event for each committed PATCH, and no other");
            System.out.println("EventDeliveryKillIT: " + run.summary(stored.size()) + "; " + received
                    + " SETs received for " + (createdIds.size() + patchedIds.size()) + " committed changes");
        }
    }

    private static PayaraNodes.Settings settings() {
        return new PayaraNodes.Settings()
                .env("ROSTER_SCIM_TOKEN", TOKEN)
                .env("ROSTER_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("ROSTER_PUBLIC_URL", "http://127.0.0.1")
                .env("ROSTER_EVENTS_ALLOW_PRIVATE_RECEIVERS", "true");
    }

    private static Http admin(PayaraNodes.Node node) {
        return Clients.admin(node.base(), ADMIN_PASSWORD);
    }

    /** The SET's claims (its signature is checked in PushAndPollDeliveryIT). */
    private static JsonObject claims(String compact) {
        String payload = compact.split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
