package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.Map;

/**
 * Merging sub-attributes into a complex value: what add and replace do to a complex attribute or to one element
 * of a multi-valued one ("sub-attributes that are not specified in the value are left unchanged", RFC 7644
 * section 3.5.2.3).
 */
final class ComplexValues {

    private ComplexValues() {}

    /**
     * {@code current} with the sub-attributes of {@code changes} set; a null sub-attribute in {@code changes} is
     * removed. Both are canonical (schema spelling), {@code current} may be null.
     */
    static JsonObject merge(AttributeDefinition attribute, JsonObject current, JsonObject changes) {
        JsonObject merged = current == null ? JsonValue.EMPTY_JSON_OBJECT : current;
        for (Map.Entry<String, JsonValue> change : changes.entrySet()) {
            AttributeDefinition sub = attribute.subAttribute(change.getKey()).orElseThrow();
            JsonValue before = CaseInsensitiveJson.get(merged, sub.name());
            MutabilityGuard.checkChange(sub, attribute.name() + "." + sub.name(), before, change.getValue());
            merged = WorkingDocument.isUnassigned(change.getValue())
                    ? CaseInsensitiveJson.without(merged, sub.name())
                    : CaseInsensitiveJson.with(merged, sub.name(), change.getValue());
        }
        return merged;
    }

    /** A new complex value from canonical input: null sub-attributes simply do not exist yet. */
    static JsonObject withoutNulls(JsonObject value) {
        JsonObjectBuilder builder = CachedJson.createObjectBuilder();
        value.forEach((name, subValue) -> {
            if (subValue.getValueType() != ValueType.NULL) {
                builder.add(name, subValue);
            }
        });
        return builder.build();
    }

    /** The object behind a value, or null when there is none (or it is not an object). */
    static JsonObject asObject(JsonValue value) {
        return value != null && value.getValueType() == ValueType.OBJECT ? value.asJsonObject() : null;
    }
}
