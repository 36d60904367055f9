package dev.roster.events.stream;

import dev.roster.changes.OutboxWriter;
import dev.roster.config.RosterConfig;
import dev.roster.integration.IntegrationEntity;
import dev.roster.json.CachedJson;
import dev.roster.json.WireName;
import dev.roster.platform.TimeOrderedIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * SSF stream management (§8.1): create, read, update (PATCH: the fields given), replace (PUT: all receiver
 * fields), delete, status, subjects and verification. A receiver manages only its own streams; another's is
 * answered 404 like one that does not exist ({@link StreamOwner}). Fields the transmitter supplies may be repeated
 * in an update but must then match ({@code aud} never changes). Events about the stream itself (verification,
 * subjects, status) go through the outbox like every other event, addressed to this stream alone.
 */
@ApplicationScoped
@Transactional
public class StreamService {

    /** Transmitter-supplied members a PATCH or PUT body may repeat, but not change. */
    private static final List<String> TRANSMITTER_FIELDS =
            List.of("iss", "aud", "events_supported", "events_delivered", "min_verification_interval");

    static final String RESOURCE_TYPE = "Stream";
    static final int MAX_SUBJECT = 1000;
    static final int MAX_STATE = 1000;

    @PersistenceContext(unitName = "roster")
    EntityManager em;

    @Inject
    RosterConfig config;

    @Inject
    StreamSecrets secrets;

    @Inject
    OutboxWriter outbox;

    /** SSF create (§8.1.1.1): a new enabled stream that gets the events committed from now on. */
    public JsonObject create(StreamOwner owner, JsonObject body) {
        StreamRequest request = StreamRequest.read(body);
        String id = TimeOrderedIds.next();
        Delivery delivery = delivery(id, null, request.delivery(), true);
        long now = System.currentTimeMillis();
        StreamEntity stream = new StreamEntity(
                id,
                owner.receiverId(),
                delivery.method() == DeliveryMethod.PUSH ? delivery.endpointUrl() : pollUrl(id),
                lastSequence(),
                now);
        stream.deliver(delivery.method(), delivery.endpointUrl(), delivery.sealedAuthorization(), now);
        stream.request(valueOr(request.eventsRequested(), List.of()), now);
        stream.describe(valueOr(request.description(), null), now);
        stream.cover(integrations(valueOr(request.integrationIds(), Set.of())), now);
        em.persist(stream);
        return configuration(stream);
    }

    /** SSF read (§8.1.1.2) of one stream. */
    public JsonObject read(StreamOwner owner, String streamId) {
        return configuration(find(owner, streamId));
    }

    /** SSF read without a stream id: the caller's streams (every stream for the admin), oldest first. */
    public JsonArray list(StreamOwner owner) {
        JsonArrayBuilder streams = CachedJson.createArrayBuilder();
        streams(owner).forEach(stream -> streams.add(configuration(stream)));
        return streams.build();
    }

    /** SSF update (§8.1.1.3): the receiver fields the body gives are applied, the others stay. */
    public JsonObject update(StreamOwner owner, JsonObject body) {
        StreamEntity stream = find(owner, streamId(body));
        refuseChangedTransmitterFields(stream, body);
        StreamRequest request = StreamRequest.read(body);
        long now = System.currentTimeMillis();
        if (request.delivery() != null) {
            Delivery delivery = delivery(stream.id(), stream, request.delivery(), true);
            stream.deliver(delivery.method(), delivery.endpointUrl(), delivery.sealedAuthorization(), now);
        }
        if (request.eventsRequested() != null) {
            stream.request(valueOr(request.eventsRequested(), List.of()), now);
        }
        if (request.description() != null) {
            stream.describe(request.description().value(), now);
        }
        if (request.integrationIds() != null) {
            stream.cover(integrations(valueOr(request.integrationIds(), Set.of())), now);
        }
        return configuration(stream);
    }

    /** SSF replace (§8.1.1.4): every receiver field as the body gives it; one it leaves out is removed. */
    public JsonObject replace(StreamOwner owner, JsonObject body) {
        StreamEntity stream = find(owner, streamId(body));
        refuseChangedTransmitterFields(stream, body);
        StreamRequest request = StreamRequest.read(body);
        long now = System.currentTimeMillis();
        Delivery delivery = delivery(stream.id(), stream, request.delivery(), false);
        stream.deliver(delivery.method(), delivery.endpointUrl(), delivery.sealedAuthorization(), now);
        stream.request(valueOr(request.eventsRequested(), List.of()), now);
        stream.describe(valueOr(request.description(), null), now);
        stream.cover(integrations(valueOr(request.integrationIds(), Set.of())), now);
        return configuration(stream);
    }

    /** SSF delete (§8.1.1.5); its subjects, acknowledgements and undelivered events go with it. */
    public void delete(StreamOwner owner, String streamId) {
        em.remove(find(owner, streamId));
    }

    /** SSF status (§8.1.2): {@code {stream_id, status, reason?}}. */
    public JsonObject status(StreamOwner owner, String streamId) {
        return statusDocument(find(owner, streamId));
    }

    /**
     * Sets the status. A change is announced to the receiver first with a stream-updated event (SSF §8.1.5: before
     * pausing or disabling, upon enabling). A disabled stream holds nothing, so enabling it again starts from the
     * events committed from then on; enabling a paused one clears its failures so delivery tries again at once.
     */
    public JsonObject setStatus(StreamOwner owner, JsonObject body) {
        StreamEntity stream = find(owner, streamId(body));
        StreamStatus status = WireName.find(StreamStatus.class, requiredString(body, "status"))
                .orElseThrow(() -> StreamException.badRequest("status must be enabled, paused or disabled"));
        String reason = optionalString(body, "reason", MAX_STATE);
        StreamStatus before = stream.status();
        if (status != before) {
            JsonObjectBuilder announcement = CachedJson.createObjectBuilder().add("status", status.wireName());
            if (reason != null) {
                announcement.add("reason", reason);
            }
            outbox.writeForStream(stream.id(), RESOURCE_TYPE, "STREAM_UPDATED", announcement.build());
            if (status == StreamStatus.ENABLED) {
                restart(stream, before == StreamStatus.DISABLED);
            }
        }
        stream.status(status, reason, System.currentTimeMillis());
        return statusDocument(stream);
    }

    /** SSF add subject (§8.1.3.2): the subject is included (every subject is, unless removed). */
    public void addSubject(StreamOwner owner, JsonObject body) {
        changeSubject(owner, body, true);
    }

    /**
     * SSF remove subject (§8.1.3.3): recorded and announced with feed:remove; from then on delivery gives the stream
     * no event about the subject until it is added again (see {@code RemovedSubjects} for what matches it).
     */
    public void removeSubject(StreamOwner owner, JsonObject body) {
        changeSubject(owner, body, false);
    }

    /** SSF verification (§8.1.4): a verification event, echoing {@code state}, is queued for the stream alone. */
    public void verify(StreamOwner owner, JsonObject body) {
        StreamEntity stream = find(owner, streamId(body));
        String state = optionalString(body, "state", MAX_STATE);
        JsonObjectBuilder payload = CachedJson.createObjectBuilder();
        if (state != null) {
            payload.add("state", state);
        }
        outbox.writeForStream(stream.id(), RESOURCE_TYPE, "VERIFY", payload.build());
    }

    /** The caller's streams, oldest first. */
    public List<StreamEntity> streams(StreamOwner owner) {
        if (owner.isAdmin()) {
            return em.createQuery("SELECT s FROM StreamEntity s ORDER BY s.createdAt, s.id", StreamEntity.class)
                    .getResultList();
        }
        return em.createQuery(
                        "SELECT s FROM StreamEntity s WHERE s.receiverId = :receiver ORDER BY s.createdAt, s.id",
                        StreamEntity.class)
                .setParameter("receiver", owner.receiverId())
                .getResultList();
    }

    /** Lag above this is answered as "100000+": counting further would scan a backlog for a number nobody needs. */
    public static final int LAG_BOUND = 100_000;

    /** Every stream with its status, lag and last delivery, for the admin. */
    public JsonArray summaries() {
        Map<String, String> receiverNames = new HashMap<>();
        em.createQuery("SELECT r FROM ReceiverEntity r", ReceiverEntity.class)
                .getResultList()
                .forEach(receiver -> receiverNames.put(receiver.id(), receiver.name()));
        JsonArrayBuilder summaries = CachedJson.createArrayBuilder();
        for (StreamEntity stream : streams(StreamOwner.ADMIN)) {
            summaries.add(StreamDocuments.summary(
                    stream, config.publicUrl(), receiverNames.get(stream.receiverId()), lag(stream)));
        }
        return summaries.build();
    }

    /**
     * The events committed after the stream's delivered position that it covers (its own and those of its
     * integrations), counted up to {@value #LAG_BOUND} in one statement. Event types are not looked at, and poll
     * acknowledgements above the position are counted as undelivered: an upper bound.
     */
    String lag(StreamEntity stream) {
        String covered = stream.integrationIds().isEmpty()
                ? "o.stream_id IS NULL"
                : "o.stream_id IS NULL AND o.integration_id IN "
                        + "(SELECT i.integration_id FROM event_stream_integration i WHERE i.stream_id = ?1)";
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM event_outbox o WHERE o.seq > ?2 "
                        + "AND (o.stream_id = ?1 OR " + covered + ") LIMIT " + (LAG_BOUND + 1) + ") t")
                .setParameter(1, stream.id())
                .setParameter(2, stream.deliveredSeq())
                .getSingleResult();
        long lag = ((Number) count).longValue();
        return lag > LAG_BOUND ? LAG_BOUND + "+" : Long.toString(lag);
    }

    /** The configuration object of a stream. */
    public JsonObject configuration(StreamEntity stream) {
        return StreamDocuments.configuration(stream, config.publicUrl());
    }

    private StreamEntity find(StreamOwner owner, String streamId) {
        if (streamId == null || streamId.isBlank()) {
            throw StreamException.badRequest("stream_id is required");
        }
        StreamEntity stream = streamId.length() > 36 ? null : em.find(StreamEntity.class, streamId);
        if (stream == null || !owner.owns(stream.receiverId())) {
            throw StreamException.noSuchStream(streamId);
        }
        return stream;
    }

    private void changeSubject(StreamOwner owner, JsonObject body, boolean included) {
        StreamEntity stream = find(owner, streamId(body));
        JsonValue subject = body.get("subject");
        if (subject == null || subject.getValueType() != JsonValue.ValueType.OBJECT) {
            throw StreamException.badRequest("subject must be a subject identifier object (RFC 9493)");
        }
        if (body.containsKey("verified") && !isBoolean(body.get("verified"))) {
            throw StreamException.badRequest("verified must be true or false");
        }
        String canonical = canonical(subject);
        if (canonical.length() > MAX_SUBJECT) {
            throw StreamException.badRequest("subject must be at most " + MAX_SUBJECT + " characters of JSON");
        }
        em.createNativeQuery("DELETE FROM event_stream_subject WHERE stream_id = ?1 AND subject = ?2")
                .setParameter(1, stream.id())
                .setParameter(2, canonical)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO event_stream_subject (stream_id, subject, included) VALUES (?1, ?2, ?3)")
                .setParameter(1, stream.id())
                .setParameter(2, canonical)
                .setParameter(3, included)
                .executeUpdate();
        outbox.writeForStream(
                stream.id(),
                RESOURCE_TYPE,
                included ? "FEED_ADD" : "FEED_REMOVE",
                CachedJson.createObjectBuilder().add("subject", subject).build());
    }

    /**
     * Back to enabled: failures are forgotten so delivery tries at once and the pause timer starts afresh; coming
     * from disabled, nothing was held, so the stream resumes after the last event committed so far.
     */
    private void restart(StreamEntity stream, boolean skipHeld) {
        String skip = skipHeld ? ", delivered_seq = GREATEST(delivered_seq, ?2)" : "";
        var update = em.createNativeQuery("UPDATE event_stream SET failing_since = NULL, attempts = 0, "
                        + "next_attempt_at = 0" + skip + " WHERE id = ?1")
                .setParameter(1, stream.id());
        if (skipHeld) {
            update.setParameter(2, lastSequence());
        }
        update.executeUpdate();
    }

    /** The highest sequence number handed out so far: a stream created now gets every event after it. */
    private long lastSequence() {
        Object max = em.createNativeQuery("SELECT COALESCE(MAX(seq), 0) FROM event_outbox")
                .getSingleResult();
        return ((Number) max).longValue();
    }

    /** The settled delivery of a create, update or replace. */
    private record Delivery(DeliveryMethod method, String endpointUrl, String sealedAuthorization) {}

    /**
     * What the stream's delivery becomes.
     *
     * @param current the stream before the change; null on create
     * @param given the body's {@code delivery}; null when left out (poll, or on PATCH unchanged)
     * @param merge PATCH: members {@code delivery} leaves out stay as they were
     */
    private Delivery delivery(
            String streamId,
            StreamEntity current,
            StreamRequest.Given<StreamRequest.DeliveryRequest> given,
            boolean merge) {
        StreamRequest.DeliveryRequest request = given == null ? null : given.value();
        if (request == null) {
            return new Delivery(DeliveryMethod.POLL, null, null);
        }
        boolean keep = merge && current != null;
        DeliveryMethod method = request.method() != null && request.method().value() != null
                ? request.method().value()
                : keep ? current.deliveryMethod() : null;
        if (method == null) {
            throw StreamException.badRequest("delivery.method is required");
        }
        String url =
                request.endpointUrl() == null ? null : request.endpointUrl().value();
        if (method == DeliveryMethod.POLL) {
            if (url != null && !url.equals(pollUrl(streamId))) {
                throw StreamException.badRequest(
                        "delivery.endpoint_url of a poll stream is the transmitter's (" + pollUrl(streamId) + ")");
            }
            return new Delivery(DeliveryMethod.POLL, null, null);
        }
        boolean keepUrl = keep && request.endpointUrl() == null && current.deliveryMethod() == DeliveryMethod.PUSH;
        String endpoint = keepUrl ? current.endpointUrl() : url;
        if (endpoint == null) {
            throw StreamException.badRequest("delivery.endpoint_url is required for push delivery");
        }
        if (!keepUrl) {
            endpoint = ReceiverUrls.withDns(config.eventsAllowPrivateReceivers())
                    .check(endpoint)
                    .toString();
        }
        boolean keepHeader =
                keep && request.authorizationHeader() == null && current.deliveryMethod() == DeliveryMethod.PUSH;
        String sealed = keepHeader
                ? current.sealedAuthorizationHeader()
                : secrets.seal(
                        streamId,
                        request.authorizationHeader() == null
                                ? null
                                : request.authorizationHeader().value());
        return new Delivery(DeliveryMethod.PUSH, endpoint, sealed);
    }

    /** The integrations named, each of which must exist. */
    private Set<String> integrations(Set<String> ids) {
        for (String id : ids) {
            if (em.find(IntegrationEntity.class, id) == null) {
                throw StreamException.badRequest("integration_ids: no integration with id '" + id + "'");
            }
        }
        return ids;
    }

    private void refuseChangedTransmitterFields(StreamEntity stream, JsonObject body) {
        JsonObject current = configuration(stream);
        for (String name : TRANSMITTER_FIELDS) {
            if (body.containsKey(name) && !sameValue(body.get(name), current.get(name))) {
                throw StreamException.badRequest(name + " is set by the transmitter and cannot be changed");
            }
        }
    }

    /** Equal JSON, where arrays of strings compare as sets (their order carries no meaning here). */
    private static boolean sameValue(JsonValue given, JsonValue current) {
        if (current == null) {
            return given.getValueType() == JsonValue.ValueType.NULL;
        }
        if (given.getValueType() == JsonValue.ValueType.ARRAY && current.getValueType() == JsonValue.ValueType.ARRAY) {
            return new HashSet<>(given.asJsonArray()).equals(new HashSet<>(current.asJsonArray()));
        }
        return given.equals(current);
    }

    private String pollUrl(String streamId) {
        return StreamDocuments.pollUrl(config.publicUrl(), streamId);
    }

    private static JsonObject statusDocument(StreamEntity stream) {
        JsonObjectBuilder status = CachedJson.createObjectBuilder()
                .add("stream_id", stream.id())
                .add("status", stream.status().wireName());
        if (stream.statusReason() != null) {
            status.add("reason", stream.statusReason());
        }
        return status.build();
    }

    private static String streamId(JsonObject body) {
        return requiredString(body, "stream_id");
    }

    private static String requiredString(JsonObject body, String name) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.STRING) {
            throw StreamException.badRequest(name + " is required");
        }
        return ((JsonString) value).getString();
    }

    private static String optionalString(JsonObject body, String name, int max) {
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = StreamRequest.string(value, name);
        if (text.length() > max) {
            throw StreamException.badRequest(name + " must be at most " + max + " characters");
        }
        return text;
    }

    private static boolean isBoolean(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE;
    }

    private static <T> T valueOr(StreamRequest.Given<T> given, T absent) {
        return given == null || given.value() == null ? absent : given.value();
    }

    /** The subject as JSON with its members sorted at every level, so equal subjects are stored equal. */
    static String canonical(JsonValue value) {
        return sorted(value).toString();
    }

    private static JsonValue sorted(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            Map<String, JsonValue> members = new TreeMap<>();
            value.asJsonObject().forEach((name, member) -> members.put(name, sorted(member)));
            JsonObjectBuilder object = CachedJson.createObjectBuilder();
            members.forEach(object::add);
            return object.build();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder array = CachedJson.createArrayBuilder();
            value.asJsonArray().forEach(element -> array.add(sorted(element)));
            return array.build();
        }
        return value;
    }
}
