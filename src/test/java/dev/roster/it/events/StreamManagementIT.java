package dev.roster.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.AdminSetup;
import dev.roster.it.DeployedRoster;
import dev.roster.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SSF stream management on the packaged WAR (issue 14): the transmitter metadata where receivers look for it, the
 * stream API with the admin's Basic credentials and with receivers' bearer tokens (each receiver sees only its
 * own streams), receivers issued and deleted, status, subjects, verification, the SSRF guard on receiver URLs (the
 * integration tests run with roster.events.allow-private-receivers unset, so false), and the OpenAPI document.
 * Every test makes its own streams and receivers.
 */
class StreamManagementIT extends DeployedRoster {

    private static final String JSON = "application/json";
    private static final String ISSUER = "https://roster.example.test";
    private static final String PUSH = "urn:ietf:rfc:8935";
    private static final String POLL = "urn:ietf:rfc:8936";
    private static final String DEACTIVATE = "urn:ietf:params:scim:event:prov:deactivate";
    private static final String SESSION_REVOKED = "https://schemas.openid.net/secevent/caep/event-type/session-revoked";
    /** A public address (TEST-NET-3) that needs no DNS; nothing is pushed to it in these tests. */
    private static final String RECEIVER_URL = "https://203.0.113.10/ssf/events";

    @Test
    void theTransmitterMetadataIsAtTheWellKnownPathWithoutCredentials() {
        Http.Reply wellKnown = app().get(".well-known/ssf-configuration");
        assertEquals(200, wellKnown.status(), wellKnown.toString());
        assertTrue(wellKnown.header("Content-Type").startsWith(JSON), wellKnown.header("Content-Type"));
        JsonObject metadata = wellKnown.json();
        assertEquals("1_0", metadata.getString("spec_version"));
        assertEquals(ISSUER, metadata.getString("issuer"));
        assertEquals(ISSUER + "/api/v1/ssf/jwks", metadata.getString("jwks_uri"));
        assertEquals(List.of(PUSH, POLL), strings(metadata.getJsonArray("delivery_methods_supported")));
        assertEquals(ISSUER + "/api/v1/ssf/streams", metadata.getString("configuration_endpoint"));
        assertEquals(ISSUER + "/api/v1/ssf/streams/status", metadata.getString("status_endpoint"));
        assertEquals(ISSUER + "/api/v1/ssf/streams/subjects:add", metadata.getString("add_subject_endpoint"));
        assertEquals(ISSUER + "/api/v1/ssf/streams/subjects:remove", metadata.getString("remove_subject_endpoint"));
        assertEquals(ISSUER + "/api/v1/ssf/streams/verify", metadata.getString("verification_endpoint"));
        assertEquals(
                "urn:ietf:rfc:6750",
                metadata.getJsonArray("authorization_schemes").getJsonObject(0).getString("spec_urn"));
        assertEquals("ALL", metadata.getString("default_subjects"));

        Http.Reply twin = app().get("api/v1/ssf/configuration");
        assertEquals(200, twin.status(), twin.toString());
        assertEquals(metadata, twin.json());
        Http.Reply jwks = app().get("api/v1/ssf/jwks");
        assertEquals(200, jwks.status(), jwks.toString());
        assertNotNull(jwks.json().getJsonArray("keys"));
        assertEquals(405, app().post(".well-known/ssf-configuration", "{}").status());
    }

    @Test
    void theAdminCreatesReadsListsUpdatesReplacesAndDeletesStreams() {
        String integration = AdminSetup.createIntegration(admin(), "Streams " + suffix(), "okta");

        JsonObject poll = created(admin().post(
                        "api/v1/ssf/streams",
                        "{\"events_requested\":[\"" + DEACTIVATE
                                + "\",\"urn:example:unknown\"],\"description\":\"poll stream\"}"));
        String pollId = poll.getString("stream_id");
        UUID.fromString(pollId);
        assertEquals(ISSUER, poll.getString("iss"));
        assertEquals(POLL, poll.getJsonObject("delivery").getString("method"));
        String pollUrl = ISSUER + "/api/v1/ssf/poll/" + pollId;
        assertEquals(pollUrl, poll.getJsonObject("delivery").getString("endpoint_url"));
        assertEquals(pollUrl, poll.getString("aud"));
        assertEquals(List.of(DEACTIVATE, "urn:example:unknown"), strings(poll.getJsonArray("events_requested")));
        assertEquals(List.of(DEACTIVATE), strings(poll.getJsonArray("events_delivered")));
        assertTrue(strings(poll.getJsonArray("events_supported")).contains(SESSION_REVOKED));
        assertFalse(poll.containsKey("integration_ids"), "no integration_ids: all of them");

        JsonObject push = created(admin().post(
                        "api/v1/ssf/streams",
                        "{\"delivery\":{\"method\":\"" + PUSH + "\",\"endpoint_url\":\"" + RECEIVER_URL
                                + "\",\"authorization_header\":\"Bearer receiver-secret\"},\"events_requested\":[\""
                                + SESSION_REVOKED + "\"],\"integration_ids\":[\"" + integration + "\"]}"));
        String pushId = push.getString("stream_id");
        assertEquals(RECEIVER_URL, push.getString("aud"));
        assertEquals(RECEIVER_URL, push.getJsonObject("delivery").getString("endpoint_url"));
        assertEquals(List.of(integration), strings(push.getJsonArray("integration_ids")));
        assertNeverShowsTheHeader(push);

        Http.Reply one = admin().get("api/v1/ssf/streams?stream_id=" + pushId);
        assertEquals(200, one.status(), one.toString());
        assertEquals(push, one.json());
        JsonArray all = array(admin().get("api/v1/ssf/streams"));
        List<String> ids = all.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("stream_id"))
                .toList();
        assertTrue(ids.containsAll(List.of(pollId, pushId)), ids.toString());

        // PATCH: what the body gives changes, the rest (the header too) stays; aud never changes.
        Http.Reply patched = admin().patch(
                        "api/v1/ssf/streams",
                        "{\"stream_id\":\"" + pushId + "\",\"description\":\"push stream\",\"delivery\":{"
                                + "\"endpoint_url\":\"https://203.0.113.11/ssf\"},\"aud\":\"" + RECEIVER_URL + "\"}");
        assertEquals(200, patched.status(), patched.toString());
        assertEquals("push stream", patched.json().getString("description"));
        assertEquals(
                "https://203.0.113.11/ssf",
                patched.json().getJsonObject("delivery").getString("endpoint_url"));
        assertEquals(PUSH, patched.json().getJsonObject("delivery").getString("method"));
        assertEquals(RECEIVER_URL, patched.json().getString("aud"));
        assertEquals(List.of(SESSION_REVOKED), strings(patched.json().getJsonArray("events_requested")));
        assertNeverShowsTheHeader(patched.json());
        assertProblem(
                admin().patch(
                                "api/v1/ssf/streams",
                                "{\"stream_id\":\"" + pushId + "\",\"aud\":\"https://elsewhere.example\"}"),
                400);
        assertProblem(
                admin().patch(
                                "api/v1/ssf/streams",
                                "{\"stream_id\":\"" + pushId + "\",\"events_delivered\":[\"" + DEACTIVATE + "\"]}"),
                400);
        assertProblem(admin().patch("api/v1/ssf/streams", "{\"description\":\"no id\"}"), 400);
        assertProblem(admin().patch("api/v1/ssf/streams", "not json"), 400);

        // PUT: every receiver field as given, one left out is gone (no delivery: poll).
        Http.Reply replaced = admin().put(
                        "api/v1/ssf/streams",
                        "{\"stream_id\":\"" + pushId + "\",\"events_requested\":[\"" + DEACTIVATE + "\"]}");
        assertEquals(200, replaced.status(), replaced.toString());
        JsonObject after = replaced.json();
        assertFalse(after.containsKey("description"));
        assertFalse(after.containsKey("integration_ids"));
        assertEquals(POLL, after.getJsonObject("delivery").getString("method"));
        assertEquals(
                ISSUER + "/api/v1/ssf/poll/" + pushId,
                after.getJsonObject("delivery").getString("endpoint_url"));
        assertEquals(RECEIVER_URL, after.getString("aud"), "aud is set once");
        assertEquals(List.of(DEACTIVATE), strings(after.getJsonArray("events_delivered")));

        assertProblem(admin().post("api/v1/ssf/streams", "{\"integration_ids\":[\"no-such-integration\"]}"), 400);
        assertProblem(
                admin().post("api/v1/ssf/streams", "{\"delivery\":{\"method\":\"urn:example:carrier-pigeon\"}}"), 400);

        assertEquals(
                204, admin().delete("api/v1/ssf/streams?stream_id=" + pushId).status());
        assertProblem(admin().get("api/v1/ssf/streams?stream_id=" + pushId), 404);
        assertProblem(admin().delete("api/v1/ssf/streams?stream_id=" + pushId), 404);
        assertProblem(admin().delete("api/v1/ssf/streams"), 400);
        assertEquals(
                204, admin().delete("api/v1/ssf/streams?stream_id=" + pollId).status());
    }

    @Test
    void eachReceiverManagesItsOwnStreamsAndTheAdminSeesAll() {
        JsonObject issuedA = receiver("receiver A " + suffix());
        JsonObject issuedB = receiver("receiver B " + suffix());
        String tokenA = issuedA.getString("token");
        assertTrue(tokenA.startsWith("rssf_"), tokenA);
        Http a = bearer(tokenA);
        Http b = bearer(issuedB.getString("token"));

        String streamA = created(a.post("api/v1/ssf/streams", "{\"description\":\"A's\"}"))
                .getString("stream_id");
        String streamB = created(b.post("api/v1/ssf/streams", "{\"description\":\"B's\"}"))
                .getString("stream_id");
        String secondA = created(a.post("api/v1/ssf/streams", "{\"description\":\"A's second\"}"))
                .getString("stream_id");

        assertEquals(List.of(streamA, secondA), streamIds(array(a.get("api/v1/ssf/streams"))));
        assertEquals(List.of(streamB), streamIds(array(b.get("api/v1/ssf/streams"))));
        assertProblem(b.get("api/v1/ssf/streams?stream_id=" + streamA), 404);
        assertProblem(b.patch("api/v1/ssf/streams", "{\"stream_id\":\"" + streamA + "\",\"description\":\"x\"}"), 404);
        assertProblem(b.get("api/v1/ssf/streams/status?stream_id=" + streamA), 404);
        assertProblem(b.post("api/v1/ssf/streams/verify", "{\"stream_id\":\"" + streamA + "\"}"), 404);
        assertProblem(b.delete("api/v1/ssf/streams?stream_id=" + streamA), 404);
        assertEquals(200, a.get("api/v1/ssf/streams?stream_id=" + streamA).status());

        List<String> adminSees = streamIds(array(admin().get("api/v1/ssf/streams")));
        assertTrue(adminSees.containsAll(List.of(streamA, streamB, secondA)), adminSees.toString());
        JsonObject summary = adminSummary(streamA);
        assertEquals("enabled", summary.getString("status"));
        assertEquals("0", summary.getString("lag"));
        assertEquals(issuedA.getString("id"), summary.getJsonObject("receiver").getString("id"));
        assertEquals(
                issuedA.getString("name"), summary.getJsonObject("receiver").getString("name"));
        assertEquals(POLL, summary.getJsonObject("delivery").getString("method"));

        JsonArray receivers = admin().get("api/v1/event-receivers").json().getJsonArray("items");
        JsonObject listedA = receivers.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(issuedA.getString("id")))
                .findFirst()
                .orElseThrow();
        assertFalse(listedA.containsKey("token"), "the token is shown once");
        assertEquals(issuedA.getString("hint"), listedA.getString("hint"));

        // Deleting a receiver ends its token at once and takes its streams with it.
        assertEquals(
                204,
                admin().delete("api/v1/event-receivers/" + issuedA.getString("id"))
                        .status());
        Http.Reply revoked = a.get("api/v1/ssf/streams");
        assertProblem(revoked, 401);
        assertTrue(revoked.header("WWW-Authenticate").startsWith("Bearer"), revoked.header("WWW-Authenticate"));
        assertProblem(admin().get("api/v1/ssf/streams?stream_id=" + streamA), 404);
        assertEquals(200, b.get("api/v1/ssf/streams?stream_id=" + streamB).status());
        assertProblem(admin().delete("api/v1/event-receivers/" + issuedA.getString("id")), 404);
        assertProblem(admin().post("api/v1/event-receivers", "{\"name\":\"\"}"), 400);
    }

    @Test
    void theSsfEndpointsWantCredentialsAndTokensOpenNothingElse() {
        assertProblem(app().get("api/v1/ssf/streams"), 401);
        assertProblem(bearer("rssf_unknown").get("api/v1/ssf/streams"), 401);
        assertProblem(bearer("rssf_unknown").post("api/v1/ssf/streams/verify", "{}"), 401);
        String token = receiver("only SSF " + suffix()).getString("token");
        assertProblem(bearer(token).get("api/v1/streams"), 401);
        assertProblem(bearer(token).get("api/v1/event-receivers"), 401);
        assertProblem(bearer(token).get("api/v1/integrations"), 401);
    }

    /**
     * Receiver URLs must be http(s). The test servers allow private receivers (the delivery tests push to
     * loopback), so the refusal of private, loopback and link-local addresses is checked in ReceiverUrlsTest.
     */
    @Test
    void receiverUrlsMustBeHttp() {
        for (String url : List.of("ftp://203.0.113.10/events", "file:///etc/passwd", "not a url")) {
            Http.Reply refused = admin().post(
                            "api/v1/ssf/streams",
                            "{\"delivery\":{\"method\":\"" + PUSH + "\",\"endpoint_url\":\"" + url + "\"}}");
            assertProblem(refused, 400);
            assertTrue(refused.json().getString("detail").startsWith("delivery.endpoint_url"), refused.toString());
        }
        String stream = created(admin().post("api/v1/ssf/streams", "{}")).getString("stream_id");
        assertProblem(
                admin().patch(
                                "api/v1/ssf/streams",
                                "{\"stream_id\":\"" + stream + "\",\"delivery\":{\"method\":\"" + PUSH
                                        + "\",\"endpoint_url\":\"gopher://example.com/\"}}"),
                400);
    }

    @Test
    void statusVerificationAndSubjects() {
        Http receiver = bearer(receiver("status " + suffix()).getString("token"));
        String stream = created(receiver.post("api/v1/ssf/streams", "{}")).getString("stream_id");
        String status = "api/v1/ssf/streams/status";

        Http.Reply enabled = receiver.get(status + "?stream_id=" + stream);
        assertEquals(200, enabled.status(), enabled.toString());
        assertEquals(stream, enabled.json().getString("stream_id"));
        assertEquals("enabled", enabled.json().getString("status"));

        Http.Reply paused = receiver.post(
                status, "{\"stream_id\":\"" + stream + "\",\"status\":\"paused\",\"reason\":\"maintenance\"}");
        assertEquals(200, paused.status(), paused.toString());
        assertEquals("paused", paused.json().getString("status"));
        assertEquals("maintenance", paused.json().getString("reason"));
        JsonObject read = receiver.get(status + "?stream_id=" + stream).json();
        assertEquals("paused", read.getString("status"));
        assertEquals("maintenance", read.getString("reason"));
        assertEquals("paused", adminSummary(stream).getString("status"));
        assertEquals("maintenance", adminSummary(stream).getString("status_reason"));
        assertProblem(receiver.post(status, "{\"stream_id\":\"" + stream + "\",\"status\":\"asleep\"}"), 400);
        Http.Reply again = admin().post(status, "{\"stream_id\":\"" + stream + "\",\"status\":\"enabled\"}");
        assertEquals(200, again.status(), again.toString());
        assertFalse(again.json().containsKey("reason"));
        assertProblem(receiver.get(status), 400);

        assertEquals(
                204,
                receiver.post(
                                "api/v1/ssf/streams/verify",
                                "{\"stream_id\":\"" + stream + "\",\"state\":\"VGhpcyBpcyBh\"}")
                        .status());
        assertEquals(
                204,
                receiver.post("api/v1/ssf/streams/verify", "{\"stream_id\":\"" + stream + "\"}")
                        .status());
        assertProblem(receiver.post("api/v1/ssf/streams/verify", "{}"), 400);

        String subject = "{\"stream_id\":\"" + stream + "\",\"subject\":{\"format\":\"email\","
                + "\"email\":\"jane.doe@example.com\"},\"verified\":true}";
        Http.Reply added = receiver.post("api/v1/ssf/streams/subjects:add", subject);
        assertEquals(200, added.status(), added.toString());
        assertTrue(added.body().isEmpty(), added.body());
        Http.Reply removed = receiver.post("api/v1/ssf/streams/subjects:remove", subject);
        assertEquals(204, removed.status(), removed.toString());
        assertEquals(
                200, receiver.post("api/v1/ssf/streams/subjects:add", subject).status());
        assertProblem(
                receiver.post(
                        "api/v1/ssf/streams/subjects:add", "{\"stream_id\":\"" + stream + "\",\"subject\":\"jane\"}"),
                400);
    }

    @Test
    void openApiDocumentsTheSsfAndAdminEndpoints() {
        JsonObject document = openApiDocument();
        assertDocumented(
                document,
                List.of(
                        "/api/v1/ssf/streams",
                        "/api/v1/ssf/streams/status",
                        "/api/v1/ssf/streams/subjects:add",
                        "/api/v1/ssf/streams/subjects:remove",
                        "/api/v1/ssf/streams/verify",
                        "/api/v1/ssf/jwks",
                        "/api/v1/ssf/configuration",
                        "/api/v1/streams",
                        "/api/v1/event-receivers",
                        "/api/v1/event-receivers/{id}"),
                List.of(
                        "SsfStream",
                        "SsfStreamStatus",
                        "SsfTransmitterConfiguration",
                        "EventReceiver",
                        "EventStreamList"));
        JsonObject paths = document.getJsonObject("paths");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(
                schemas.getJsonObject("SsfStream").getJsonObject("properties").containsKey("stream_id"));
        JsonObject securitySchemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertTrue(
                securitySchemes.containsKey("ssfReceiver"),
                securitySchemes.keySet().toString());
        JsonObject streams = operationsOf(paths, "/api/v1/ssf/streams");
        String security = streams.getJsonObject("post").getJsonArray("security").toString();
        assertTrue(security.contains("ssfReceiver") && security.contains("adminBasic"), security);
        JsonObject jwks = operationsOf(paths, "/api/v1/ssf/jwks").getJsonObject("get");
        assertFalse(
                String.valueOf(jwks.get("security")).contains("adminBasic"),
                "the JWKS is public: " + jwks.get("security"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Helpers

    private Http bearer(String token) {
        return app().withHeaders(Map.of("Authorization", "Bearer " + token, "Content-Type", JSON));
    }

    private JsonObject receiver(String name) {
        Http.Reply issued = admin().post("api/v1/event-receivers", "{\"name\":\"" + name + "\"}");
        assertEquals(201, issued.status(), issued.toString());
        return issued.json();
    }

    private JsonObject adminSummary(String streamId) {
        Http.Reply listed = admin().get("api/v1/streams");
        assertEquals(200, listed.status(), listed.toString());
        return listed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("stream_id").equals(streamId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(streamId + " not in " + listed));
    }

    private static JsonObject created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static JsonArray array(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    private static List<String> streamIds(JsonArray streams) {
        return streams.getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("stream_id"))
                .toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static void assertNeverShowsTheHeader(JsonObject stream) {
        assertFalse(stream.getJsonObject("delivery").containsKey("authorization_header"), stream.toString());
        assertFalse(stream.toString().contains("receiver-secret"), stream.toString());
    }

    private static void assertProblem(Http.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply.toString());
    }

    private static JsonObject operationsOf(JsonObject paths, String suffix) {
        return paths.entrySet().stream()
                .filter(e -> e.getKey().endsWith(suffix))
                .map(e -> e.getValue().asJsonObject())
                .findFirst()
                .orElseThrow();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
