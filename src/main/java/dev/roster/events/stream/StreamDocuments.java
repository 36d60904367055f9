package dev.roster.events.stream;

import dev.roster.events.set.EventTypes;
import dev.roster.json.CachedJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A stream as SSF's stream configuration object (§8.1.1): the receiver's fields and the transmitter's. The
 * {@code authorization_header} is never in it: a receiver that lost it sets a new one.
 */
public final class StreamDocuments {

    /** Where poll receivers fetch their SETs, under the public URL. */
    static final String POLL_PATH = "/api/v1/ssf/poll/";

    private StreamDocuments() {}

    /** A poll stream's {@code endpoint_url}, which is also its {@code aud}. */
    public static String pollUrl(String issuer, String streamId) {
        return issuer + POLL_PATH + streamId;
    }

    /** The events a stream gets: those it requested that Roster transmits, in Roster's order. */
    public static List<String> eventsDelivered(List<String> requested) {
        return EventTypes.SUPPORTED.stream().filter(requested::contains).toList();
    }

    /** The configuration object a receiver reads. */
    public static JsonObject configuration(StreamEntity stream, String issuer) {
        return builder(stream, issuer).build();
    }

    /** What the admin sees of a stream: its configuration, its status and how delivery goes. */
    public static JsonObject summary(StreamEntity stream, String issuer, String receiverName, String lag) {
        JsonObjectBuilder summary = builder(stream, issuer)
                .add("status", stream.status().wireName())
                .add("lag", lag)
                .add("created_at", Instant.ofEpochMilli(stream.createdAt()).toString());
        addIfPresent(summary, "status_reason", stream.statusReason());
        if (stream.receiverId() != null) {
            summary.add(
                    "receiver",
                    CachedJson.createObjectBuilder()
                            .add("id", stream.receiverId())
                            .add("name", receiverName == null ? "" : receiverName));
        }
        addTime(summary, "last_delivered_at", stream.lastDeliveredAt());
        addIfPresent(summary, "last_error", stream.lastError());
        addTime(summary, "last_error_at", stream.lastErrorAt());
        return summary.build();
    }

    private static JsonObjectBuilder builder(StreamEntity stream, String issuer) {
        List<String> requested = stream.eventsRequested();
        JsonObjectBuilder delivery = CachedJson.createObjectBuilder()
                .add("method", stream.deliveryMethod().wireName())
                .add("endpoint_url", endpointUrl(stream, issuer));
        JsonObjectBuilder configuration = CachedJson.createObjectBuilder()
                .add("stream_id", stream.id())
                .add("iss", issuer)
                .add("aud", stream.audience())
                .add("delivery", delivery)
                .add("events_supported", strings(EventTypes.SUPPORTED))
                .add("events_requested", strings(requested))
                .add("events_delivered", strings(eventsDelivered(requested)));
        addIfPresent(configuration, "description", stream.description());
        Set<String> integrations = stream.integrationIds();
        if (!integrations.isEmpty()) {
            configuration.add(
                    "integration_ids", strings(integrations.stream().sorted().toList()));
        }
        return configuration;
    }

    /** The URL SETs travel through: the receiver's for push, Roster's own for poll. */
    static String endpointUrl(StreamEntity stream, String issuer) {
        return stream.deliveryMethod() == DeliveryMethod.PUSH ? stream.endpointUrl() : pollUrl(issuer, stream.id());
    }

    private static JsonArray strings(List<String> values) {
        return CachedJson.createArrayBuilder(values).build();
    }

    private static void addIfPresent(JsonObjectBuilder builder, String name, String value) {
        if (value != null) {
            builder.add(name, value);
        }
    }

    private static void addTime(JsonObjectBuilder builder, String name, Long epochMillis) {
        if (epochMillis != null) {
            builder.add(name, Instant.ofEpochMilli(epochMillis).toString());
        }
    }
}
