package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites top-level keys that carry a path into the nested shape the schema describes, so the normaliser
 * sees one shape only. Entra writes {@code "name.givenName"} and
 * {@code "urn:…:enterprise:2.0:User:department"} as keys (path-less PATCH values, custom extension
 * attributes); a few clients wrap core attributes in a {@code "urn:…:core:2.0:User"} object. Merging is
 * case-insensitive, because the names will be canonicalised case-insensitively afterwards.
 */
final class FlatKeyExpander {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private FlatKeyExpander() {}

    static JsonObject expand(ResourceTypeDefinition type, JsonObject body) {
        if (body.keySet().stream().noneMatch(k -> k.indexOf('.') >= 0 || AttributeNames.isUrn(k))) {
            return body; // the usual body: nothing to rewrite
        }
        Map<String, Object> top = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (AttributeNames.isUrn(key)) {
                placeUrnKey(type, top, key, value);
            } else {
                place(top, AttributeNames.dotted(key), value);
            }
        }
        return toJson(top);
    }

    private static void placeUrnKey(ResourceTypeDefinition type, Map<String, Object> top, String key, JsonValue value) {
        String core = type.schema().id();
        if (key.equalsIgnoreCase(core)) {
            if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                value.asJsonObject().forEach((k, v) -> place(top, AttributeNames.dotted(k), v));
            }
            return;
        }
        if (AttributeNames.qualifiedBy(key, core)) {
            place(top, AttributeNames.dotted(key.substring(core.length() + 1)), value);
            return;
        }
        for (ResourceTypeDefinition.SchemaExtension extension : type.extensions()) {
            SchemaDefinition schema = extension.schema();
            if (key.equalsIgnoreCase(schema.id())) {
                place(top, List.of(schema.id()), value);
                return;
            }
            if (AttributeNames.qualifiedBy(key, schema.id())) {
                place(
                        top,
                        AttributeNames.prefixed(
                                schema.id(),
                                AttributeNames.dotted(key.substring(schema.id().length() + 1))),
                        value);
                return;
            }
        }
        int colon = key.lastIndexOf(':');
        boolean structured =
                value.getValueType() == JsonValue.ValueType.OBJECT || value.getValueType() == JsonValue.ValueType.NULL;
        if (structured || colon == key.length() - 1) {
            place(top, List.of(key), value); // an unknown extension object, kept as sent
        } else {
            // An unknown extension attribute written flat: "urn:…:CustomExtension:2.0:User:costCode".
            place(top, List.of(key.substring(0, colon), key.substring(colon + 1)), value);
        }
    }

    /** Puts value at path, merging objects with what earlier keys (in any case) already put there. */
    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> target, List<String> path, JsonValue value) {
        if (path.isEmpty()) {
            return;
        }
        Map<String, Object> node = target;
        for (String key : path.subList(0, path.size() - 1)) {
            String existing = existingKey(node, key);
            Object child = existing == null ? null : node.get(existing);
            if (child instanceof JsonObject object) {
                child = toMap(object);
                node.put(existing, child);
            } else if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.remove(existing);
                node.put(key, child);
            }
            node = (Map<String, Object>) child;
        }
        String last = path.get(path.size() - 1);
        String existing = existingKey(node, last);
        Object current = existing == null ? null : node.get(existing);
        if (value.getValueType() == JsonValue.ValueType.OBJECT
                && (current instanceof Map || current instanceof JsonObject)) {
            Map<String, Object> merged =
                    current instanceof JsonObject object ? toMap(object) : (Map<String, Object>) current;
            value.asJsonObject().forEach((k, v) -> place(merged, List.of(k), v));
            node.put(existing, merged);
        } else {
            node.remove(existing);
            node.put(last, value);
        }
    }

    private static String existingKey(Map<String, Object> node, String key) {
        for (String candidate : node.keySet()) {
            if (candidate.equalsIgnoreCase(key)) {
                return candidate;
            }
        }
        return null;
    }

    private static Map<String, Object> toMap(JsonObject object) {
        return new LinkedHashMap<>(object);
    }

    @SuppressWarnings("unchecked")
    private static JsonObject toJson(Map<String, Object> map) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        map.forEach((k, v) -> out.add(k, v instanceof Map ? toJson((Map<String, Object>) v) : (JsonValue) v));
        return out.build();
    }
}
