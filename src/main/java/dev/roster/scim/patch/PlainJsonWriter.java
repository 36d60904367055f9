package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;

/**
 * Operations under an extension URN that has no registered schema (Okta custom attributes such as
 * {@code urn:okta:…:1.0:User:costCenter}). Without a schema nothing can be type-checked, so the extension object
 * is treated as plain JSON: add appends to arrays and merges objects, replace sets, remove deletes.
 */
final class PlainJsonWriter {

    private PlainJsonWriter() {}

    static void apply(WorkingDocument document, PatchOp op, Target.PlainAttribute target, JsonValue value) {
        JsonObject extension = document.extension(target.urn());
        JsonValue current = CaseInsensitiveJson.get(extension, target.name());
        JsonValue next = target.subName() == null
                ? write(op, current, value)
                : withMember(
                        ComplexValues.asObject(current),
                        target.subName(),
                        write(op, CaseInsensitiveJson.get(orEmpty(current), target.subName()), value));
        document.putExtension(target.urn(), withMember(extension, target.name(), next));
    }

    /** A path-less value's object for an unregistered extension: each member as if it had its own path. */
    static void merge(WorkingDocument document, PatchOp op, String urn, JsonObject members) {
        members.forEach((name, value) -> apply(document, op, new Target.PlainAttribute(urn, name, null), value));
    }

    private static JsonValue write(PatchOp op, JsonValue current, JsonValue value) {
        if (op == PatchOp.REMOVE || WorkingDocument.isUnassigned(value)) {
            return JsonValue.NULL;
        }
        if (op == PatchOp.ADD && current != null && current.getValueType() == ValueType.ARRAY) {
            JsonArrayBuilder appended = CachedJson.createArrayBuilder(current.asJsonArray());
            List<JsonValue> added = value.getValueType() == ValueType.ARRAY ? value.asJsonArray() : List.of(value);
            added.forEach(v -> {
                if (!current.asJsonArray().contains(v)) {
                    appended.add(v);
                }
            });
            return appended.build();
        }
        if (current != null && current.getValueType() == ValueType.OBJECT && value.getValueType() == ValueType.OBJECT) {
            JsonObject merged = current.asJsonObject();
            for (var member : value.asJsonObject().entrySet()) {
                merged = withMember(merged, member.getKey(), member.getValue());
            }
            return merged;
        }
        return value;
    }

    private static JsonObject withMember(JsonObject object, String name, JsonValue value) {
        JsonObject base = orEmpty(object);
        return WorkingDocument.isUnassigned(value)
                ? CaseInsensitiveJson.without(base, name)
                : CaseInsensitiveJson.with(base, name, value);
    }

    private static JsonObject orEmpty(JsonValue value) {
        return value != null && value.getValueType() == ValueType.OBJECT
                ? value.asJsonObject()
                : JsonValue.EMPTY_JSON_OBJECT;
    }
}
