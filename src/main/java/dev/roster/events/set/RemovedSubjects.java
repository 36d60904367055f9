package dev.roster.events.set;

import dev.roster.json.CachedJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subjects a receiver removed from its stream (SSF §8.1.3.3), read once per delivery run, and whether an
 * outbox row is about one of them: then the stream gets none of the row's events.
 *
 * <p>A removed subject matches a resource when it names it the way Roster's SETs do ({@link SubjectNames}):
 *
 * <ul>
 *   <li>{@code scim}: every member it gives of {@code uri} ({@code /Users/{id}} or {@code /Groups/{id}}, also as
 *       the end of an absolute URL), {@code id} and {@code externalId} is the resource's;
 *   <li>{@code email}: one of the user's email addresses;
 *   <li>{@code opaque}: the user's {@code userName};
 *   <li>{@code complex} (SSF §8.1.3.1: a member one side does not define matches): its {@code user}, if given,
 *       matches as above and its {@code tenant}, if given, is {@code opaque} with the integration's id; members
 *       Roster's subjects never carry ({@code device}, {@code session} …) are passed over, but one of {@code user}
 *       and {@code tenant} must be there;
 *   <li>{@code aliases}: any of its identifiers matches.
 * </ul>
 *
 * A subject that names nothing Roster knows (another format, no member given) matches nothing. So removing a user
 * by any of its names stops all of its events, SCIM, CAEP and RISC alike; a tenant alone stops the integration's.
 */
public final class RemovedSubjects {

    public static final RemovedSubjects NONE = new RemovedSubjects(List.of());

    /** Each way a removed subject can match, as the names a resource must all have, filed under one of them. */
    private final Map<String, List<Set<String>>> byName = new HashMap<>();

    private RemovedSubjects(List<Set<String>> alternatives) {
        for (Set<String> required : alternatives) {
            byName.computeIfAbsent(required.iterator().next(), name -> new ArrayList<>())
                    .add(required);
        }
    }

    /** @param subjects removed subjects as stored: JSON objects */
    public static RemovedSubjects of(List<String> subjects) {
        if (subjects.isEmpty()) {
            return NONE;
        }
        List<Set<String>> alternatives = new ArrayList<>();
        for (String subject : subjects) {
            try (var reader = CachedJson.createReader(new StringReader(subject))) {
                alternatives.addAll(alternatives(reader.readObject()));
            }
        }
        return new RemovedSubjects(alternatives);
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** Whether a resource with these {@link SubjectNames} is one of the removed subjects. */
    boolean covers(Set<String> names) {
        for (String name : names) {
            for (Set<String> required : byName.getOrDefault(name, List.of())) {
                if (names.containsAll(required)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ways the subject can match: any one of the sets, all of whose names a resource must have. */
    static List<Set<String>> alternatives(JsonObject subject) {
        String format = subject.getString("format", "");
        return switch (format) {
            case "scim" -> one(scim(subject));
            case "email" -> one(member(subject, "email", SubjectNames.EMAIL, true));
            case "opaque" -> one(member(subject, "id", SubjectNames.USER_NAME, true));
            case "aliases" -> aliases(subject);
            case "complex" -> complex(subject);
            default -> List.of();
        };
    }

    private static Set<String> scim(JsonObject subject) {
        Set<String> required = new HashSet<>();
        String uri = string(subject, "uri");
        if (uri != null) {
            int path = Math.max(uri.lastIndexOf("/Users/"), uri.lastIndexOf("/Groups/"));
            required.add(SubjectNames.URI + (path < 0 ? uri : uri.substring(path)));
        }
        required.addAll(member(subject, "id", SubjectNames.ID, false));
        required.addAll(member(subject, "externalId", SubjectNames.EXTERNAL_ID, false));
        return required;
    }

    private static List<Set<String>> aliases(JsonObject subject) {
        JsonValue identifiers = subject.get("identifiers");
        if (identifiers == null || identifiers.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<Set<String>> any = new ArrayList<>();
        for (JsonValue identifier : identifiers.asJsonArray()) {
            if (identifier.getValueType() == JsonValue.ValueType.OBJECT
                    && !"aliases".equals(identifier.asJsonObject().getString("format", ""))) {
                any.addAll(alternatives(identifier.asJsonObject()));
            }
        }
        return any;
    }

    private static List<Set<String>> complex(JsonObject subject) {
        JsonObject user = object(subject, "user");
        JsonObject tenant = object(subject, "tenant");
        if ((user == null && subject.containsKey("user"))
                || (user != null && "complex".equals(user.getString("format", "")))
                || (tenant == null && subject.containsKey("tenant"))) {
            return List.of();
        }
        Set<String> tenantName = Set.of();
        if (tenant != null) {
            tenantName = "opaque".equals(tenant.getString("format", ""))
                    ? member(tenant, "id", SubjectNames.TENANT, false)
                    : Set.of();
            if (tenantName.isEmpty()) {
                return List.of();
            }
        }
        if (user == null) {
            return one(tenantName);
        }
        List<Set<String>> any = new ArrayList<>();
        for (Set<String> names : alternatives(user)) {
            Set<String> required = new HashSet<>(names);
            required.addAll(tenantName);
            any.add(required);
        }
        return any;
    }

    private static List<Set<String>> one(Set<String> required) {
        return required.isEmpty() ? List.of() : List.of(Set.copyOf(required));
    }

    private static Set<String> member(JsonObject subject, String member, String prefix, boolean ignoreCase) {
        String value = string(subject, member);
        if (value == null) {
            return Set.of();
        }
        return Set.of(prefix + (ignoreCase ? SubjectNames.folded(value) : value));
    }

    private static String string(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING
                ? ((JsonString) value).getString()
                : null;
    }

    private static JsonObject object(JsonObject object, String member) {
        JsonValue value = object.get(member);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }
}
