package dev.roster.scim.bulk;

import dev.roster.json.CachedJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Replaces {@code "bulkId:<id>"} references (RFC 7644 section 3.7.2) with the ids they stand for. A reference
 * is a whole string value; strings that only contain the text are data, not references.
 */
public final class BulkIdReferences {

    public static final String PREFIX = "bulkId:";

    private BulkIdReferences() {}

    public static boolean isReference(String value) {
        return value.startsWith(PREFIX);
    }

    /** {@code value} itself, or what {@code lookup} answers for the bulkId it references. */
    public static String resolve(String value, UnaryOperator<String> lookup) {
        return isReference(value) ? lookup.apply(value.substring(PREFIX.length())) : value;
    }

    /**
     * {@code data} with every reference at any depth resolved; the same instance when it holds none.
     *
     * @param lookup bulkId → resource id; throws when the bulkId cannot be resolved
     */
    public static JsonObject resolveIn(JsonObject data, UnaryOperator<String> lookup) {
        return (JsonObject) resolveValue(data, lookup);
    }

    private static JsonValue resolveValue(JsonValue value, UnaryOperator<String> lookup) {
        switch (value.getValueType()) {
            case STRING:
                String text = ((JsonString) value).getString();
                return isReference(text) ? CachedJson.createValue(resolve(text, lookup)) : value;
            case OBJECT:
                return resolveObject(value.asJsonObject(), lookup);
            case ARRAY:
                return resolveArray(value.asJsonArray(), lookup);
            default:
                return value;
        }
    }

    private static JsonValue resolveObject(JsonObject object, UnaryOperator<String> lookup) {
        JsonObjectBuilder builder = CachedJson.createObjectBuilder();
        boolean changed = false;
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            JsonValue resolved = resolveValue(member.getValue(), lookup);
            changed |= resolved != member.getValue();
            builder.add(member.getKey(), resolved);
        }
        return changed ? builder.build() : object;
    }

    private static JsonValue resolveArray(JsonArray array, UnaryOperator<String> lookup) {
        JsonArrayBuilder builder = CachedJson.createArrayBuilder();
        boolean changed = false;
        for (JsonValue element : array) {
            JsonValue resolved = resolveValue(element, lookup);
            changed |= resolved != element;
            builder.add(resolved);
        }
        return changed ? builder.build() : array;
    }
}
