package dev.roster.it.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.it.AdminSetup;
import dev.roster.it.DeployedRoster;
import dev.roster.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Push (RFC 8935) and poll (RFC 8936) delivery end to end: a receiver on loopback gets every SCIM change of the
 * integrations its stream covers, in order, as SETs signed with a key from the transmitter's {@code jwks_uri};
 * a receiver that answers 503 gets the event again; a poll receiver sees an event until it acknowledges it.
 */
class PushAndPollDeliveryIT extends DeployedRoster {

    private static final String ISSUER = "https://roster.example.test";
    private static final String PROV = "urn:ietf:params:scim:event:prov:";
    private static final String CAEP_SESSION_REVOKED =
            "https://schemas.openid.net/secevent/caep/event-type/session-revoked";
    private static final String RISC = "https://schemas.openid.net/secevent/risc/event-type/";
    private static final String FEED = "urn:ietf:params:scim:event:feed:";
    private static final String VERIFICATION = "https://schemas.openid.net/secevent/ssf/event-type/verification";

    @Test
    void aPushReceiverGetsEveryChangeInOrderSignedAndAgainAfterA503() throws Exception {
        try (ReceiverStub receiver = new ReceiverStub()) {
            String integration = AdminSetup.createIntegration(admin(), "Okta events", "okta");
            String other = AdminSetup.createIntegration(admin(), "Entra elsewhere", "entra");
            Http scim = scim(AdminSetup.saveScim(admin(), integration));
            Http otherScim = scim(AdminSetup.saveScim(admin(), other));
            String streamId = createPushStream(receiver.url(), integration);

            Http.Reply verify = admin().post(
                            "api/v1/ssf/streams/verify",
                            "{\"stream_id\":\"" + streamId + "\",\"state\":\"state-123\"}");
            assertEquals(204, verify.status(), verify.toString());
            JWKSet keys = jwks();
            ReceiverStub.Push first = receiver.next();
            assertEquals("application/secevent+jwt", first.contentType());
            assertEquals("Bearer receiver-secret", first.authorization());
            JsonObject verification = verified(first.set(), keys, VERIFICATION);
            assertEquals("state-123", verification.getString("state"));

            otherScim.post("scim/v2/Users", user("bystander@example.com"));
            String userId =
                    scim.post("scim/v2/Users", user("ada@example.com")).json().getString("id");
            JsonObject created = verified(receiver.next().set(), keys, PROV + "create:full");
            assertEquals("ada@example.com", created.getJsonObject("data").getString("userName"));
            assertEquals(userId, created.getJsonObject("data").getString("id"));

            Http.Reply deactivated = scim.patch("scim/v2/Users/" + userId, replace("active", "false"));
            assertEquals(200, deactivated.status(), deactivated.toString());
            List<String> types = new ArrayList<>();
            List<JsonObject> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                SignedJWT jwt = SignedJWT.parse(receiver.next().set());
                assertTrue(jwt.verify(new RSASSAVerifier(
                        (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID()))));
                JsonObject set = json(jwt.getPayload().toString());
                claims.add(set);
                types.addAll(set.getJsonObject("events").keySet());
            }
            assertEquals(
                    List.of(PROV + "patch:full", PROV + "deactivate", CAEP_SESSION_REVOKED, RISC + "account-disabled"),
                    types);
            assertEquals(
                    1, claims.stream().map(c -> c.getString("txn")).distinct().count(), "one change, one txn");
            JsonObject revokedSubject = claims.get(2).getJsonObject("sub_id");
            assertEquals("complex", revokedSubject.getString("format"));
            assertEquals("ada@example.com", revokedSubject.getJsonObject("user").getString("email"));
            assertEquals("scim", claims.get(1).getJsonObject("sub_id").getString("format"));
            assertEquals(
                    "/Users/" + userId, claims.get(1).getJsonObject("sub_id").getString("uri"));

            receiver.failNext(1);
            String groupId = scim.post(
                            "scim/v2/Groups",
                            "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Analysts\"}")
                    .json()
                    .getString("id");
            JsonObject group = verified(receiver.next().set(), keys, PROV + "create:full");
            assertEquals("Analysts", group.getJsonObject("data").getString("displayName"));
            assertEquals(1, receiver.failedRequests(), "the first attempt was answered 503 and retried");

            scim.patch(
                    "scim/v2/Groups/" + groupId,
                    "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\","
                            + "\"path\":\"members\",\"value\":[{\"value\":\"" + userId + "\"}]}]}");
            JsonObject members = verified(receiver.next().set(), keys, PROV + "patch:full");
            JsonObject op =
                    members.getJsonObject("data").getJsonArray("Operations").getJsonObject(0);
            assertEquals("add", op.getString("op"));
            assertEquals(userId, op.getJsonArray("value").getJsonObject(0).getString("value"));

            assertEquals(204, scim.delete("scim/v2/Users/" + userId).status());
            List<String> deleted = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deleted.addAll(
                        json(SignedJWT.parse(receiver.next().set()).getPayload().toString())
                                .getJsonObject("events")
                                .keySet());
            }
            assertEquals(List.of(PROV + "delete", CAEP_SESSION_REVOKED, RISC + "account-purged"), deleted);
        }
    }

    @Test
    void aPollReceiverSeesAnEventUntilItAcknowledgesIt() throws Exception {
        String integration = AdminSetup.createIntegration(admin(), "Okta poll", "okta");
        Http scim = scim(AdminSetup.saveScim(admin(), integration));
        Http.Reply stream = admin().post(
                        "api/v1/ssf/streams",
                        "{\"delivery\":{\"method\":\"urn:ietf:rfc:8936\"},\"events_requested\":[\"" + PROV
                                + "create:notice\"],\"integration_ids\":[\"" + integration + "\"]}");
        assertEquals(201, stream.status(), stream.toString());
        String pollUrl = stream.json().getJsonObject("delivery").getString("endpoint_url");
        String pollPath = URI.create(pollUrl).getPath().substring(1);

        scim.post("scim/v2/Users", user("grace@example.com"));
        JsonObject first = admin().post(pollPath, "{\"returnImmediately\":false,\"maxEvents\":10}")
                .json();
        JsonObject sets = first.getJsonObject("sets");
        assertEquals(1, sets.size(), first.toString());
        String jti = sets.keySet().iterator().next();
        JsonObject notice = verified(sets.getString(jti), jwks(), PROV + "create:notice");
        assertTrue(notice.getJsonArray("attributes").toString().contains("userName"));

        JsonObject again =
                admin().post(pollPath, "{\"returnImmediately\":true}").json();
        assertEquals(List.of(jti), new ArrayList<>(again.getJsonObject("sets").keySet()), "not acknowledged yet");

        JsonObject acknowledged = admin().post(pollPath, "{\"ack\":[\"" + jti + "\"],\"returnImmediately\":true}")
                .json();
        assertTrue(acknowledged.getJsonObject("sets").isEmpty(), acknowledged.toString());
        assertFalse(acknowledged.getBoolean("moreAvailable", false));
    }

    @Test
    void aStreamGetsNoEventAboutASubjectItRemovedUntilItAddsItBack() throws Exception {
        try (ReceiverStub removing = new ReceiverStub();
                ReceiverStub keeping = new ReceiverStub()) {
            String integration = AdminSetup.createIntegration(admin(), "Okta subjects", "okta");
            Http scim = scim(AdminSetup.saveScim(admin(), integration));
            List<String> types = List.of(PROV + "create:full", PROV + "patch:full", FEED + "add", FEED + "remove");
            String removingStream = createStream(push(removing.url()), types, integration);
            createStream(push(keeping.url()), types, integration);
            String pollStream = createStream("{\"method\":\"urn:ietf:rfc:8936\"}", types, integration);
            String ada = scim.post("scim/v2/Users", user("ada.subject@example.com"))
                    .json()
                    .getString("id");
            String bob = scim.post("scim/v2/Users", user("bob.subject@example.com"))
                    .json()
                    .getString("id");
            for (ReceiverStub receiver : List.of(removing, keeping)) {
                assertEquals(List.of(ada, bob), List.of(resourceId(receiver.next()), resourceId(receiver.next())));
            }
            String pollPath = "api/v1/ssf/poll/" + pollStream;
            acknowledgeAll(pollPath, 2);

            String email = "{\"format\":\"email\",\"email\":\"ADA.subject@example.com\"}";
            assertEquals(204, subjects("remove", removingStream, email).status());
            assertEquals(FEED + "remove", type(removing.next()));
            String complex = "{\"format\":\"complex\",\"user\":{\"format\":\"opaque\",\"id\":"
                    + "\"ada.subject@example.com\"},\"tenant\":{\"format\":\"opaque\",\"id\":\"" + integration
                    + "\"}}";
            assertEquals(204, subjects("remove", pollStream, complex).status());

            assertEquals(
                    200,
                    scim.patch("scim/v2/Users/" + ada, replace("displayName", "\"Ada\""))
                            .status());
            assertEquals(
                    200,
                    scim.patch("scim/v2/Users/" + bob, replace("displayName", "\"Bob\""))
                            .status());
            ReceiverStub.Push next = removing.next();
            assertEquals(
                    List.of(PROV + "patch:full", bob),
                    List.of(type(next), resourceId(next)),
                    "in order, so Ada's change, committed first, was held back");
            for (String expected : List.of(ada, bob)) {
                ReceiverStub.Push both = keeping.next();
                assertEquals(List.of(PROV + "patch:full", expected), List.of(type(both), resourceId(both)));
            }
            List<JsonObject> polled = acknowledgeAll(pollPath, 2);
            assertEquals(
                    FEED + "remove",
                    polled.get(0).getJsonObject("events").keySet().iterator().next());
            assertEquals(bob, polled.get(1).getJsonObject("sub_id").getString("id"));

            assertEquals(200, subjects("add", removingStream, email).status());
            assertEquals(FEED + "add", type(removing.next()));
            assertEquals(
                    200,
                    scim.patch("scim/v2/Users/" + ada, replace("nickName", "\"Countess\""))
                            .status());
            ReceiverStub.Push again = removing.next();
            assertEquals(List.of(PROV + "patch:full", ada), List.of(type(again), resourceId(again)));
        }
    }

    private String createStream(String delivery, List<String> types, String integration) {
        Http.Reply created = admin().post(
                        "api/v1/ssf/streams",
                        "{\"delivery\":" + delivery + ",\"events_requested\":"
                                + Json.createArrayBuilder(types).build() + ",\"integration_ids\":[\"" + integration
                                + "\"]}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("stream_id");
    }

    private static String push(String url) {
        return "{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"" + url + "\"}";
    }

    private Http.Reply subjects(String change, String streamId, String subject) {
        return admin().post(
                        "api/v1/ssf/streams/subjects:" + change,
                        "{\"stream_id\":\"" + streamId + "\",\"subject\":" + subject + "}");
    }

    /** Polls until {@code count} SETs came, acknowledging each; their claims, in order. */
    private List<JsonObject> acknowledgeAll(String pollPath, int count) throws Exception {
        List<JsonObject> claims = new ArrayList<>();
        List<String> ack = new ArrayList<>();
        while (claims.size() < count) {
            JsonObject answer = admin().post(
                            pollPath,
                            "{\"returnImmediately\":false,\"ack\":"
                                    + Json.createArrayBuilder(ack).build() + "}")
                    .json();
            ack = new ArrayList<>(answer.getJsonObject("sets").keySet());
            assertFalse(ack.isEmpty(), "no SET within the long poll: " + claims);
            for (String jti : ack) {
                claims.add(json(SignedJWT.parse(answer.getJsonObject("sets").getString(jti))
                        .getPayload()
                        .toString()));
            }
        }
        JsonObject last = admin().post(
                        pollPath,
                        "{\"returnImmediately\":true,\"ack\":"
                                + Json.createArrayBuilder(ack).build() + "}")
                .json();
        assertTrue(last.getJsonObject("sets").isEmpty(), "no more than " + count + ": " + last);
        return claims;
    }

    private static String type(ReceiverStub.Push push) {
        return push.claims().getJsonObject("events").keySet().iterator().next();
    }

    private static String resourceId(ReceiverStub.Push push) {
        return push.claims().getJsonObject("sub_id").getString("id");
    }

    private String createPushStream(String url, String integration) {
        Http.Reply created = admin().post(
                        "api/v1/ssf/streams",
                        "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"" + url
                                + "\",\"authorization_header\":\"Bearer receiver-secret\"},"
                                + "\"events_requested\":[\"" + PROV + "create:full\",\"" + PROV + "patch:full\",\""
                                + PROV + "deactivate\",\"" + PROV + "delete\",\"" + CAEP_SESSION_REVOKED + "\",\""
                                + RISC + "account-disabled\",\"" + RISC + "account-purged\"],"
                                + "\"integration_ids\":[\"" + integration + "\"]}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("stream_id");
    }

    /** The SET's one event of {@code type}, after checking its signature, header and issuer. */
    private static JsonObject verified(String compact, JWKSet keys, String type) throws Exception {
        SignedJWT jwt = SignedJWT.parse(compact);
        assertEquals(new JOSEObjectType("secevent+jwt"), jwt.getHeader().getType());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertNotNull(key, "the SET's kid is in the JWKS");
        assertTrue(jwt.verify(new RSASSAVerifier(key)), "signature verifies against jwks_uri");
        JsonObject claims = json(jwt.getPayload().toString());
        assertEquals(ISSUER, claims.getString("iss"));
        assertEquals(
                Map.of(type, true),
                Map.of(claims.getJsonObject("events").keySet().iterator().next(), true));
        return claims.getJsonObject("events").getJsonObject(type);
    }

    private JWKSet jwks() throws Exception {
        JsonObject metadata = app().get(".well-known/ssf-configuration").json();
        assertEquals(ISSUER, metadata.getString("issuer"));
        String path = URI.create(metadata.getString("jwks_uri")).getPath().substring(1);
        return JWKSet.parse(app().get(path).body());
    }

    private static String user(String userName) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"emails\":[{\"value\":\"" + userName + "\",\"primary\":true}],\"active\":true}";
    }

    private static String replace(String path, String value) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"replace\","
                + "\"path\":\"" + path + "\",\"value\":" + value + "}]}";
    }

    private static JsonObject json(String text) {
        return Json.createReader(new java.io.StringReader(text)).readObject();
    }

    private Http scim(String token) {
        return app().withHeaders(Map.of("Authorization", "Bearer " + token, "Content-Type", "application/scim+json"));
    }
}
