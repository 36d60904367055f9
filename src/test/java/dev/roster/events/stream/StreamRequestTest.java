package dev.roster.events.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamRequestTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static StreamRequest read(String text) {
        return StreamRequest.read(json(text));
    }

    @Test
    void fieldsLeftOutAreNotGivenAndNullIsGivenEmpty() {
        StreamRequest none = read("{\"stream_id\":\"x\",\"iss\":\"https://elsewhere\",\"unknown\":1}");
        assertNull(none.eventsRequested());
        assertNull(none.description());
        assertNull(none.integrationIds());
        assertNull(none.delivery());

        StreamRequest nulls =
                read("{\"events_requested\":null,\"description\":null,\"integration_ids\":null,\"delivery\":null}");
        assertNull(nulls.eventsRequested().value());
        assertNull(nulls.description().value());
        assertNull(nulls.integrationIds().value());
        assertNull(nulls.delivery().value());
    }

    @Test
    void theReceiversFieldsAreRead() {
        StreamRequest request = read("{\"events_requested\":[\"urn:b\",\"urn:a\",\"urn:b\"],"
                + "\"description\":\"proxy\",\"integration_ids\":[\"okta-2\",\"okta-1\"],"
                + "\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":\"https://r.example/e\","
                + "\"authorization_header\":\"Bearer abc\"}}");
        assertEquals(List.of("urn:b", "urn:a"), request.eventsRequested().value(), "duplicates count once");
        assertEquals("proxy", request.description().value());
        assertEquals(Set.of("okta-1", "okta-2"), request.integrationIds().value());
        StreamRequest.DeliveryRequest delivery = request.delivery().value();
        assertEquals(DeliveryMethod.PUSH, delivery.method().value());
        assertEquals("https://r.example/e", delivery.endpointUrl().value());
        assertEquals("Bearer abc", delivery.authorizationHeader().value());

        StreamRequest.DeliveryRequest poll = read("{\"delivery\":{\"method\":\"urn:ietf:rfc:8936\"}}")
                .delivery()
                .value();
        assertEquals(DeliveryMethod.POLL, poll.method().value());
        assertNull(poll.endpointUrl());
        assertNull(poll.authorizationHeader());
    }

    @Test
    void aLongDescriptionIsCut() {
        String description = "d".repeat(StreamRequest.MAX_DESCRIPTION + 50);
        assertEquals(
                StreamRequest.MAX_DESCRIPTION,
                read("{\"description\":\"" + description + "\"}")
                        .description()
                        .value()
                        .length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"events_requested\":\"urn:a\"}",
                "{\"events_requested\":[1]}",
                "{\"events_requested\":[\"\"]}",
                "{\"description\":42}",
                "{\"integration_ids\":[\"\"]}",
                "{\"integration_ids\":\"okta-1\"}",
                "{\"delivery\":\"push\"}",
                "{\"delivery\":{\"method\":\"urn:example:pigeon\"}}",
                "{\"delivery\":{\"method\":8935}}",
                "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"endpoint_url\":[]}}",
                "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"authorization_header\":\"\"}}",
                "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"authorization_header\":\"Bearer a\\r\\nX: y\"}}",
                "{\"delivery\":{\"method\":\"urn:ietf:rfc:8935\",\"authorization_header\":\"Bearer \u00e9t\u00e9\"}}"
            })
    void invalidFieldsAreRefused(String body) {
        assertEquals(400, assertThrows(StreamException.class, () -> read(body)).status());
    }

    @Test
    void eventTypesTooLongForTheirColumnAreRefused() {
        StringBuilder wide = new StringBuilder("{\"events_requested\":[");
        for (int i = 0; i < 10; i++) {
            wide.append(i == 0 ? "" : ",")
                    .append("\"urn:e:")
                    .append(i)
                    .append("x".repeat(450))
                    .append('"');
        }
        String body = wide.append("]}").toString();
        assertThrows(StreamException.class, () -> read(body));
    }

    @Test
    void tooManyEventTypesAreRefused() {
        StringBuilder many = new StringBuilder("{\"events_requested\":[");
        for (int i = 0; i <= StreamRequest.MAX_EVENTS; i++) {
            many.append(i == 0 ? "" : ",").append("\"urn:e:").append(i).append('"');
        }
        String body = many.append("]}").toString();
        assertThrows(StreamException.class, () -> read(body));
    }
}
