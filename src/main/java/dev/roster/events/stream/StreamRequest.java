package dev.roster.events.stream;

import dev.roster.json.CachedJson;
import dev.roster.json.WireName;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The receiver-supplied fields of a stream configuration as a request body gave them (SSF §8.1.1): each is
 * {@code null} when the body left it out, which PATCH reads as "unchanged" and POST and PUT as "none". A field
 * given as JSON null counts as given and empty. Plain Java, so the rules are unit-tested without a container.
 *
 * @param eventsRequested the event-type URIs asked for, unknown ones included (SSF: the transmitter ignores them)
 * @param description free text, cut to {@value #MAX_DESCRIPTION} characters (SSF allows truncation)
 * @param integrationIds Roster's extension: the integrations the stream covers; empty for all
 * @param delivery the {@code delivery} object
 */
public record StreamRequest(
        Given<List<String>> eventsRequested,
        Given<String> description,
        Given<Set<String>> integrationIds,
        Given<DeliveryRequest> delivery) {

    static final int MAX_DESCRIPTION = 1000;
    static final int MAX_EVENTS = 100;
    static final int MAX_URI = 500;
    static final int MAX_INTEGRATIONS = 1000;
    static final int MAX_AUTHORIZATION = 2000;
    /** The column {@code events_requested} holds the list as JSON. */
    static final int MAX_EVENTS_JSON = 4000;

    /** A field the body gave (its value may be null or empty); a {@code Given} that is itself null was left out. */
    public record Given<T>(T value) {}

    /**
     * {@code delivery}: each member {@code null} when left out.
     *
     * @param method push or poll
     * @param endpointUrl the receiver's URL (push); for poll the transmitter's, which a body may only repeat
     * @param authorizationHeader the header Roster sends with each push
     */
    public record DeliveryRequest(
            Given<DeliveryMethod> method, Given<String> endpointUrl, Given<String> authorizationHeader) {}

    /** Reads the receiver's fields of {@code body}; transmitter fields and unknown members are not read here. */
    public static StreamRequest read(JsonObject body) {
        return new StreamRequest(
                given(body, "events_requested", StreamRequest::eventTypes),
                given(body, "description", value -> truncate(string(value, "description"))),
                given(body, "integration_ids", StreamRequest::integrationIds),
                given(body, "delivery", StreamRequest::delivery));
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonValue value);
    }

    private static <T> Given<T> given(JsonObject body, String name, Reader<T> reader) {
        if (!body.containsKey(name)) {
            return null;
        }
        JsonValue value = body.get(name);
        return new Given<>(value.getValueType() == JsonValue.ValueType.NULL ? null : reader.read(value));
    }

    private static List<String> eventTypes(JsonValue value) {
        List<String> uris = new ArrayList<>(new LinkedHashSet<>(strings(value, "events_requested", MAX_EVENTS)));
        for (String uri : uris) {
            if (uri.isBlank() || uri.length() > MAX_URI) {
                throw StreamException.badRequest(
                        "events_requested must list event-type URIs of 1 to " + MAX_URI + " characters");
            }
        }
        if (CachedJson.createArrayBuilder(uris).build().toString().length() > MAX_EVENTS_JSON) {
            throw StreamException.badRequest(
                    "events_requested must be at most " + MAX_EVENTS_JSON + " characters as JSON");
        }
        return uris;
    }

    private static Set<String> integrationIds(JsonValue value) {
        Set<String> ids = new TreeSet<>(strings(value, "integration_ids", MAX_INTEGRATIONS));
        if (ids.stream().anyMatch(id -> id.isBlank() || id.length() > 64)) {
            throw StreamException.badRequest("integration_ids must list integration ids");
        }
        return ids;
    }

    private static DeliveryRequest delivery(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw StreamException.badRequest("delivery must be an object with method and endpoint_url");
        }
        JsonObject delivery = value.asJsonObject();
        return new DeliveryRequest(
                given(delivery, "method", StreamRequest::method),
                given(delivery, "endpoint_url", v -> string(v, "delivery.endpoint_url")),
                given(delivery, "authorization_header", StreamRequest::authorization));
    }

    private static DeliveryMethod method(JsonValue value) {
        String uri = string(value, "delivery.method");
        return WireName.find(DeliveryMethod.class, uri)
                .orElseThrow(() -> StreamException.badRequest("delivery.method must be "
                        + DeliveryMethod.PUSH.wireName() + " (push) or " + DeliveryMethod.POLL.wireName()
                        + " (poll)"));
    }

    private static String authorization(JsonValue value) {
        String header = string(value, "delivery.authorization_header");
        if (header.isEmpty()
                || header.length() > MAX_AUTHORIZATION
                || header.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw StreamException.badRequest("delivery.authorization_header must be an HTTP header value of 1 to "
                    + MAX_AUTHORIZATION + " printable ASCII characters");
        }
        return header;
    }

    /** The string a member holds. */
    static String string(JsonValue value, String name) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw StreamException.badRequest(name + " must be a string");
        }
        return ((JsonString) value).getString();
    }

    private static List<String> strings(JsonValue value, String name, int max) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY || ((JsonArray) value).size() > max) {
            throw StreamException.badRequest(name + " must be an array of at most " + max + " strings");
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue element : (JsonArray) value) {
            strings.add(string(element, name));
        }
        return strings;
    }

    private static String truncate(String text) {
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
    }
}
