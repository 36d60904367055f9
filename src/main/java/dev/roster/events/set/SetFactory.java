package dev.roster.events.set;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.roster.changes.OutboxRow;
import dev.roster.changes.RowFilter;
import dev.roster.json.CachedJson;
import dev.roster.scim.resources.SecurityEventUris;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an outbox row into the SETs one stream gets: one event per SET (SSF 4.2.1), the SETs of one change sharing
 * a {@code txn}. A directory change gives its RFC 9967 event ({@code full} with the data, {@code notice} with the
 * attribute names, whichever the stream asked for), and a user's deactivation or deletion also the CAEP and RISC
 * events a data layer acts on. The candidates of a row are always listed in the same order, so a SET's
 * {@code jti} ({@code {row}-{index}}) is the same every time it is sent again.
 */
public final class SetFactory {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final Set<String> DIRECTORY_OPERATIONS = Set.of("CREATE", "PUT", "PATCH", "DELETE");

    private final String issuer;

    /** @param issuer the transmitter's {@code iss}: Roster's public URL */
    public SetFactory(String issuer) {
        this.issuer = issuer;
    }

    public List<SecurityEvent> events(OutboxRow row, StreamTarget stream, long nowMillis) {
        return prepare(row).forStream(stream, nowMillis);
    }

    /**
     * What the row gives any stream, made once for all of them: every candidate event with its claims but those
     * that name the stream ({@code aud}) or the moment ({@code iat}), and the names of the row's resource a removed
     * subject is matched against.
     */
    public RowEvents prepare(OutboxRow row) {
        List<Candidate> candidates = candidates(row);
        List<RowEvents.Prepared> prepared = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            String jti = row.id() + "-" + i;
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .jwtID(jti)
                    .claim("txn", txn(row))
                    .claim("toe", row.occurredAt() / 1000)
                    .claim("sub_id", map(candidate.subject()))
                    .claim("events", Map.of(candidate.type(), map(candidate.payload())))
                    .build();
            prepared.add(new RowEvents.Prepared(jti, candidate.type(), candidate.always(), claims));
        }
        return new RowEvents(row.id(), prepared, SubjectNames.of(row));
    }

    /**
     * The directory changes that can give a stream asking for {@code requested} any event, read off the rules of
     * {@link #candidates}: its RFC 9967 event by the operation, the (de)activation events and CAEP/RISC ones by
     * the activation, a deletion's CAEP/RISC ones by the operation.
     */
    public static RowFilter rowsFor(Set<String> requested) {
        Set<String> operations = new HashSet<>();
        Set<String> activations = new HashSet<>();
        for (String type : requested) {
            switch (type) {
                case SecurityEventUris.CREATE_FULL, SecurityEventUris.CREATE_NOTICE -> operations.add("CREATE");
                case SecurityEventUris.PUT_FULL, SecurityEventUris.PUT_NOTICE -> operations.add("PUT");
                case SecurityEventUris.PATCH_FULL, SecurityEventUris.PATCH_NOTICE -> operations.add("PATCH");
                case SecurityEventUris.DELETE, EventTypes.ACCOUNT_PURGED -> operations.add("DELETE");
                case SecurityEventUris.ACTIVATE, EventTypes.ACCOUNT_ENABLED -> activations.add("ACTIVATED");
                case SecurityEventUris.DEACTIVATE, EventTypes.ACCOUNT_DISABLED -> activations.add("DEACTIVATED");
                case EventTypes.SESSION_REVOKED -> {
                    activations.add("DEACTIVATED");
                    operations.add("DELETE");
                }
                default -> {
                    // Feed events come from the stream's own rows, which are always read; other URIs give nothing.
                }
            }
        }
        return operations.containsAll(DIRECTORY_OPERATIONS)
                ? RowFilter.ALL
                : new RowFilter(false, operations, activations);
    }

    /** One event a row may give, with its subject; {@code always} for SSF's own events. */
    record Candidate(String type, JsonObject subject, JsonObject payload, boolean always) {}

    private static List<Candidate> candidates(OutboxRow row) {
        JsonObject p = row.payload();
        List<Candidate> list = new ArrayList<>();
        switch (row.operation()) {
            case "VERIFY" -> list.add(streamEvent(EventTypes.VERIFICATION, row, p));
            case "STREAM_UPDATED" -> list.add(streamEvent(EventTypes.STREAM_UPDATED, row, p));
            case "FEED_ADD" ->
                list.add(new Candidate(SecurityEventUris.FEED_ADD, p.getJsonObject("subject"), empty(), false));
            case "FEED_REMOVE" ->
                list.add(new Candidate(SecurityEventUris.FEED_REMOVE, p.getJsonObject("subject"), empty(), false));
            case "CREATE" -> {
                list.add(scim(SecurityEventUris.CREATE_FULL, row, data(createData(row))));
                list.add(scim(SecurityEventUris.CREATE_NOTICE, row, notice(createdAttributes(p), null)));
            }
            case "PUT" -> {
                list.add(scim(SecurityEventUris.PUT_FULL, row, withVersion(data(document(p)), row)));
                list.add(scim(SecurityEventUris.PUT_NOTICE, row, notice(p.getJsonArray("attributes"), row)));
            }
            case "PATCH" -> {
                list.add(scim(SecurityEventUris.PATCH_FULL, row, withVersion(data(patchOp(p)), row)));
                list.add(scim(SecurityEventUris.PATCH_NOTICE, row, notice(p.getJsonArray("attributes"), row)));
            }
            case "DELETE" -> list.add(scim(SecurityEventUris.DELETE, row, empty()));
            default -> throw new IllegalArgumentException("Unknown outbox operation " + row.operation());
        }
        boolean user = "User".equals(row.resourceType());
        if ("ACTIVATED".equals(row.activation())) {
            list.add(scim(SecurityEventUris.ACTIVATE, row, empty()));
            if (user) {
                list.add(account(EventTypes.ACCOUNT_ENABLED, row, empty()));
            }
        } else if ("DEACTIVATED".equals(row.activation()) && user) {
            list.add(scim(SecurityEventUris.DEACTIVATE, row, empty()));
            list.add(account(EventTypes.SESSION_REVOKED, row, revoked(row, "deactivated")));
            list.add(account(EventTypes.ACCOUNT_DISABLED, row, empty()));
        }
        if ("DELETE".equals(row.operation()) && user) {
            list.add(account(EventTypes.SESSION_REVOKED, row, revoked(row, "deleted")));
            list.add(account(EventTypes.ACCOUNT_PURGED, row, empty()));
        }
        return list;
    }

    private static Candidate streamEvent(String type, OutboxRow row, JsonObject payload) {
        JsonObject subject = CachedJson.createObjectBuilder()
                .add("format", "opaque")
                .add("id", row.streamId())
                .build();
        return new Candidate(type, subject, payload, true);
    }

    private static Candidate scim(String type, OutboxRow row, JsonObject payload) {
        return new Candidate(type, scimSubject(row), payload, false);
    }

    private static Candidate account(String type, OutboxRow row, JsonObject payload) {
        return new Candidate(type, userSubject(row), payload, false);
    }

    /** RFC 9967 2.1: the resource's path, its id and its externalId when it has one. */
    static JsonObject scimSubject(OutboxRow row) {
        String path = ("User".equals(row.resourceType()) ? "/Users/" : "/Groups/") + row.resourceId();
        JsonObjectBuilder subject = CachedJson.createObjectBuilder()
                .add("format", "scim")
                .add("uri", path)
                .add("id", row.resourceId());
        String externalId = document(row.payload()).getString("externalId", null);
        if (externalId != null) {
            subject.add("externalId", externalId);
        }
        return subject.build();
    }

    /**
     * The user as CAEP and RISC receivers match it: a complex subject (SSF 3.3) whose {@code user} is the primary
     * (else first) email, or the userName as an opaque id when the user has no email, and whose {@code tenant} is
     * the integration the user belongs to.
     */
    static JsonObject userSubject(OutboxRow row) {
        JsonObject document = document(row.payload());
        String email = email(document);
        JsonObject user = email != null
                ? CachedJson.createObjectBuilder()
                        .add("format", "email")
                        .add("email", email)
                        .build()
                : CachedJson.createObjectBuilder()
                        .add("format", "opaque")
                        .add("id", document.getString("userName", row.resourceId()))
                        .build();
        return CachedJson.createObjectBuilder()
                .add("format", "complex")
                .add("user", user)
                .add(
                        "tenant",
                        CachedJson.createObjectBuilder().add("format", "opaque").add("id", row.integrationId()))
                .build();
    }

    private static String email(JsonObject document) {
        JsonArray emails = document.getJsonArray("emails");
        if (emails == null) {
            return null;
        }
        String first = null;
        for (JsonValue value : emails) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                continue;
            }
            JsonObject email = value.asJsonObject();
            String address = email.getString("value", null);
            if (address == null) {
                continue;
            }
            if (email.getBoolean("primary", false)) {
                return address;
            }
            if (first == null) {
                first = address;
            }
        }
        return first;
    }

    private static JsonObject revoked(OutboxRow row, String why) {
        return CachedJson.createObjectBuilder()
                .add("event_timestamp", row.occurredAt() / 1000)
                .add(
                        "reason_admin",
                        CachedJson.createObjectBuilder()
                                .add("en", "The identity provider " + why + " the user through SCIM"))
                .build();
    }

    private static JsonObject createData(OutboxRow row) {
        return CachedJson.createObjectBuilder(document(row.payload()))
                .add("id", row.resourceId())
                .build();
    }

    private static JsonArray createdAttributes(JsonObject payload) {
        JsonArrayBuilder names = CachedJson.createArrayBuilder();
        names.add("id");
        document(payload).keySet().stream().filter(k -> !k.equals("schemas")).forEach(names::add);
        return names.build();
    }

    /**
     * The change as the PatchOp that makes it (RFC 9967 2.4.2): each changed attribute replaced with its new value
     * or removed, members added and removed.
     */
    static JsonObject patchOp(JsonObject payload) {
        JsonObject document = document(payload);
        JsonArrayBuilder operations = CachedJson.createArrayBuilder();
        for (JsonString attribute : payload.getJsonArray("attributes").getValuesAs(JsonString.class)) {
            String name = attribute.getString();
            if (name.equals("members")) {
                continue;
            }
            JsonValue value = document.get(name);
            JsonObjectBuilder op = CachedJson.createObjectBuilder().add("path", name);
            operations.add(
                    value == null
                            ? op.add("op", "remove")
                            : op.add("op", "replace").add("value", value));
        }
        JsonObject members = payload.getJsonObject("members");
        if (members != null) {
            if (members.getBoolean("removedAll", false)) {
                operations.add(
                        CachedJson.createObjectBuilder().add("op", "remove").add("path", "members"));
            }
            JsonArray removed = members.getJsonArray("removed");
            if (!removed.isEmpty()) {
                operations.add(CachedJson.createObjectBuilder()
                        .add("op", "remove")
                        .add("path", "members[" + valueIn(removed) + "]"));
            }
            JsonArray added = members.getJsonArray("added");
            if (!added.isEmpty()) {
                JsonArrayBuilder values = CachedJson.createArrayBuilder();
                for (JsonString id : added.getValuesAs(JsonString.class)) {
                    values.add(CachedJson.createObjectBuilder().add("value", id.getString()));
                }
                operations.add(CachedJson.createObjectBuilder()
                        .add("op", "add")
                        .add("path", "members")
                        .add("value", values));
            }
        }
        return CachedJson.createObjectBuilder()
                .add("schemas", CachedJson.createArrayBuilder().add(PATCH_OP))
                .add("Operations", operations)
                .build();
    }

    private static String valueIn(JsonArray ids) {
        StringBuilder filter = new StringBuilder();
        for (JsonString id : ids.getValuesAs(JsonString.class)) {
            if (!filter.isEmpty()) {
                filter.append(" or ");
            }
            filter.append("value eq \"")
                    .append(id.getString().replace("\"", "\\\""))
                    .append('"');
        }
        return filter.toString();
    }

    private static JsonObject data(JsonObject data) {
        return CachedJson.createObjectBuilder().add("data", data).build();
    }

    private static JsonObject notice(JsonArray attributes, OutboxRow row) {
        JsonObject notice = CachedJson.createObjectBuilder()
                .add("attributes", attributes == null ? JsonValue.EMPTY_JSON_ARRAY : attributes)
                .build();
        return row == null ? notice : withVersion(notice, row);
    }

    private static JsonObject withVersion(JsonObject payload, OutboxRow row) {
        return CachedJson.createObjectBuilder(payload)
                .add("version", "W/\"" + row.version() + "\"")
                .build();
    }

    private static JsonObject empty() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject document(JsonObject payload) {
        JsonObject document = payload.getJsonObject("document");
        return document == null ? JsonValue.EMPTY_JSON_OBJECT : document;
    }

    private static String txn(OutboxRow row) {
        return row.streamId() != null ? "stream-" + row.id() : row.resourceId() + "." + row.version();
    }

    private static Map<String, Object> map(JsonObject json) {
        try {
            return JSONObjectUtils.parse(json.toString());
        } catch (ParseException e) {
            throw new IllegalStateException("JSON-P wrote JSON that Nimbus cannot read", e);
        }
    }
}
