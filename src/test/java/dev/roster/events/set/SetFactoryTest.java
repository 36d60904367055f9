package dev.roster.events.set;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.changes.OutboxRow;
import dev.roster.scim.resources.SecurityEventUris;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetFactoryTest {

    private static final SetFactory FACTORY = new SetFactory("https://roster.example.test");
    private static final JsonObject ADA =
            json("{\"document\":{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                    + "\"userName\":\"ada\",\"externalId\":\"00u1\",\"active\":false,\"emails\":[{\"value\":\"a@x.test\"},"
                    + "{\"value\":\"ada@example.com\",\"primary\":true}]},\"attributes\":[\"active\"]}");

    @Test
    void aDeactivationGivesItsScimCaepAndRiscEventsWithOneTxn() {
        OutboxRow row =
                new OutboxRow(42, 7, "int-1", null, "User", "u-1", "PATCH", "DEACTIVATED", 3, 1_700_000_000_000L, ADA);
        List<SecurityEvent> events = FACTORY.events(row, stream(EventTypes.SUPPORTED), 1_700_000_001_000L);
        assertEquals(
                List.of(
                        SecurityEventUris.PATCH_FULL,
                        SecurityEventUris.PATCH_NOTICE,
                        SecurityEventUris.DEACTIVATE,
                        EventTypes.SESSION_REVOKED,
                        EventTypes.ACCOUNT_DISABLED),
                events.stream().map(SecurityEvent::eventType).toList());
        assertEquals(
                List.of("42-0", "42-1", "42-2", "42-3", "42-4"),
                events.stream().map(SecurityEvent::jti).toList());
        assertEquals(
                1,
                events.stream().map(e -> e.claims().getClaim("txn")).distinct().count());
        @SuppressWarnings("unchecked")
        Map<String, Object> subject =
                (Map<String, Object>) events.get(3).claims().getClaim("sub_id");
        assertEquals("complex", subject.get("format"));
        assertEquals(Map.of("format", "email", "email", "ada@example.com"), subject.get("user"));
        assertEquals(Map.of("format", "opaque", "id", "int-1"), subject.get("tenant"));
        @SuppressWarnings("unchecked")
        Map<String, Object> scim = (Map<String, Object>) events.get(0).claims().getClaim("sub_id");
        assertEquals(Map.of("format", "scim", "uri", "/Users/u-1", "id", "u-1", "externalId", "00u1"), scim);
    }

    @Test
    void aStreamGetsOnlyWhatItRequestedButKeepsTheJtiOfEachEvent() {
        OutboxRow row = new OutboxRow(42, 7, "int-1", null, "User", "u-1", "PATCH", "DEACTIVATED", 3, 0, ADA);
        List<SecurityEvent> events = FACTORY.events(row, stream(List.of(EventTypes.SESSION_REVOKED)), 0);
        assertEquals(List.of("42-3"), events.stream().map(SecurityEvent::jti).toList());
        assertEquals(42, SecurityEvent.outboxIdOf("42-3"));
        assertEquals(-1, SecurityEvent.outboxIdOf("nope"));
    }

    @Test
    void aMembershipChangeIsThePatchOpThatMakesIt() {
        JsonObject payload = json("{\"document\":{\"displayName\":\"Analysts\"},\"attributes\":[\"members\"],"
                + "\"members\":{\"added\":[\"u-2\"],\"removed\":[\"u-3\",\"u-4\"],\"removedAll\":false}}");
        OutboxRow row = new OutboxRow(9, 1, "int-1", null, "Group", "g-1", "PATCH", null, 5, 0, payload);
        JsonObject patch = json(FACTORY.events(row, stream(List.of(SecurityEventUris.PATCH_FULL)), 0)
                .get(0)
                .claims()
                .toString());
        JsonObject event = patch.getJsonObject("events").getJsonObject(SecurityEventUris.PATCH_FULL);
        assertEquals("W/\"5\"", event.getString("version"));
        assertEquals(
                json("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                        + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"u-3\\\" or value eq \\\"u-4\\\"]\"},"
                        + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u-2\"}]}]}"),
                event.getJsonObject("data"));
    }

    @Test
    void verificationGoesToTheStreamWhateverItRequested() {
        OutboxRow row =
                new OutboxRow(11, 2, null, "s-1", "Stream", "s-1", "VERIFY", null, 0, 0, json("{\"state\":\"abc\"}"));
        List<SecurityEvent> events = FACTORY.events(row, stream(List.of()), 0);
        assertEquals(
                List.of(EventTypes.VERIFICATION),
                events.stream().map(SecurityEvent::eventType).toList());
        JsonObject claims = json(events.get(0).claims().toString());
        assertEquals(json("{\"format\":\"opaque\",\"id\":\"s-1\"}"), claims.getJsonObject("sub_id"));
        assertEquals(
                "abc",
                claims.getJsonObject("events")
                        .getJsonObject(EventTypes.VERIFICATION)
                        .getString("state"));
        assertEquals("https://receiver.example.test", claims.getString("aud"));
    }

    private static StreamTarget stream(List<String> requested) {
        return new StreamTarget("s-1", "https://receiver.example.test", Set.copyOf(requested));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
