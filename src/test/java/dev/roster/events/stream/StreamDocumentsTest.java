package dev.roster.events.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.events.set.EventTypes;
import dev.roster.scim.resources.SecurityEventUris;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamDocumentsTest {

    private static final String ISSUER = "https://roster.example.com";

    private static StreamEntity stream(String id, DeliveryMethod method, String url, List<String> requested) {
        StreamEntity stream = new StreamEntity(
                id, null, method == DeliveryMethod.PUSH ? url : StreamDocuments.pollUrl(ISSUER, id), 7, 1000);
        stream.deliver(method, url, method == DeliveryMethod.PUSH ? "v1:sealed" : null, 1000);
        stream.request(requested, 1000);
        stream.cover(Set.of(), 1000);
        return stream;
    }

    @Test
    void eventsDeliveredAreTheRequestedOnesRosterTransmitsInItsOrder() {
        assertEquals(
                List.of(SecurityEventUris.DEACTIVATE, EventTypes.SESSION_REVOKED),
                StreamDocuments.eventsDelivered(
                        List.of(EventTypes.SESSION_REVOKED, "urn:example:unknown", SecurityEventUris.DEACTIVATE)));
        assertEquals(List.of(), StreamDocuments.eventsDelivered(List.of()));
    }

    @Test
    void aPollStreamsEndpointIsRostersOwn() {
        JsonObject poll = StreamDocuments.configuration(
                stream("s-1", DeliveryMethod.POLL, null, List.of(SecurityEventUris.DELETE)), ISSUER);
        assertEquals("s-1", poll.getString("stream_id"));
        assertEquals(ISSUER, poll.getString("iss"));
        assertEquals(ISSUER + "/api/v1/ssf/poll/s-1", poll.getString("aud"));
        assertEquals("urn:ietf:rfc:8936", poll.getJsonObject("delivery").getString("method"));
        assertEquals(
                ISSUER + "/api/v1/ssf/poll/s-1", poll.getJsonObject("delivery").getString("endpoint_url"));
        assertEquals(
                EventTypes.SUPPORTED.size(),
                poll.getJsonArray("events_supported").size());
        assertEquals(List.of(SecurityEventUris.DELETE), strings(poll, "events_delivered"));
        assertFalse(poll.containsKey("integration_ids"), "covering all integrations is said by leaving it out");
        assertFalse(poll.containsKey("description"));
    }

    @Test
    void aPushStreamNeverShowsItsAuthorizationHeader() {
        StreamEntity push = stream("s-2", DeliveryMethod.PUSH, "https://r.example/e", List.of());
        push.cover(Set.of("okta-b", "okta-a"), 2000);
        JsonObject configuration = StreamDocuments.configuration(push, ISSUER);
        assertEquals("https://r.example/e", configuration.getString("aud"));
        assertEquals(
                Json.createObjectBuilder()
                        .add("method", "urn:ietf:rfc:8935")
                        .add("endpoint_url", "https://r.example/e")
                        .build(),
                configuration.getJsonObject("delivery"));
        assertFalse(configuration.toString().contains("sealed"));
        assertEquals(List.of("okta-a", "okta-b"), strings(configuration, "integration_ids"));

        JsonObject summary = StreamDocuments.summary(push, ISSUER, null, "100000+");
        assertEquals("enabled", summary.getString("status"));
        assertEquals("100000+", summary.getString("lag"));
        assertFalse(summary.containsKey("receiver"), "the admin's own stream");
        assertFalse(summary.toString().contains("sealed"));
    }

    @Test
    void subjectsAreStoredWithTheirMembersSorted() {
        String a = StreamService.canonical(Json.createReader(new StringReader(
                        "{\"format\":\"complex\",\"user\":{\"format\":\"email\",\"email\":\"j@example.com\"},"
                                + "\"tenant\":{\"id\":\"1\",\"format\":\"opaque\"}}"))
                .readObject());
        String b = StreamService.canonical(Json.createReader(
                        new StringReader("{\"tenant\":{\"format\":\"opaque\",\"id\":\"1\"},\"format\":\"complex\","
                                + "\"user\":{\"email\":\"j@example.com\",\"format\":\"email\"}}"))
                .readObject());
        assertEquals(a, b);
        assertTrue(a.startsWith("{\"format\":\"complex\",\"tenant\""), a);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
