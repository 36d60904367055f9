package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Normalises a Group's {@code members} into {@code [{"value", "display"?, "type"?}]}. Kept apart from the
 * document because Roster stores membership as rows, not inside the group's JSON.
 *
 * <p>Accepted shapes, all seen from real clients: full objects; objects with {@code "$ref": null} (Entra);
 * objects without {@code type} (Okta); plain strings {@code "<id>"} (Microsoft's test collection); a single
 * object instead of an array. {@code $ref} is dropped (Roster computes it), {@code type} must be User or Group
 * in any case, and a repeated value is kept once.
 */
final class MemberNormalizer {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private MemberNormalizer() {}

    /** @param definition the Group schema's {@code members} attribute (for the canonical type names) */
    static JsonArray normalize(AttributeDefinition definition, JsonValue members) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        if (members == null || members.getValueType() == JsonValue.ValueType.NULL) {
            return out.build();
        }
        List<String> types = definition.subAttribute("type").orElseThrow().canonicalValues();
        Iterable<JsonValue> given =
                members.getValueType() == JsonValue.ValueType.ARRAY ? members.asJsonArray() : List.of(members);
        Set<String> seen = new HashSet<>();
        for (JsonValue element : given) {
            JsonObjectBuilder member = member(element, types);
            if (member == null) {
                continue;
            }
            JsonValue built = member.build();
            if (seen.add(built.asJsonObject().getString("value"))) {
                out.add(built);
            }
        }
        return out.build();
    }

    private static JsonObjectBuilder member(JsonValue element, List<String> types) {
        switch (element.getValueType()) {
            case NULL:
                return null;
            case STRING:
                return JSON.createObjectBuilder().add("value", value((JsonString) element));
            case OBJECT:
                Map<String, JsonValue> given = AttributeNames.byLowerCaseName(element.asJsonObject());
                JsonValue value = given.get("value");
                if (!(value instanceof JsonString text)) {
                    throw ScimException.invalidValue("Attribute 'members.value' is required and must be a string");
                }
                JsonObjectBuilder member = JSON.createObjectBuilder().add("value", value(text));
                JsonValue display = given.get("display");
                if (display != null && display.getValueType() != JsonValue.ValueType.NULL) {
                    if (!(display instanceof JsonString)) {
                        throw ScimException.invalidValue("Attribute 'members.display' must be a string");
                    }
                    member.add("display", display);
                }
                JsonValue type = given.get("type");
                if (type != null && type.getValueType() != JsonValue.ValueType.NULL) {
                    member.add("type", type(type, types));
                }
                return member;
            default:
                throw ScimException.invalidValue("Attribute 'members' must hold objects with a 'value'");
        }
    }

    private static String value(JsonString value) {
        if (value.getString().isBlank()) {
            throw ScimException.invalidValue("Attribute 'members.value' must not be blank");
        }
        return value.getString();
    }

    private static String type(JsonValue type, List<String> canonicalTypes) {
        if (type instanceof JsonString text) {
            for (String canonical : canonicalTypes) {
                if (canonical.equalsIgnoreCase(text.getString().strip())) {
                    return canonical;
                }
            }
        }
        throw ScimException.invalidValue("Attribute 'members.type' must be one of " + canonicalTypes);
    }
}
