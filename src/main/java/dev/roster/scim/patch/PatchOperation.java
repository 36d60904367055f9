package dev.roster.scim.patch;

import dev.roster.scim.filter.PatchPath;
import jakarta.json.JsonValue;
import java.util.Objects;

/**
 * One parsed PATCH operation.
 *
 * @param op    add, replace or remove
 * @param path  the target, or null for a path-less add/replace (whose value is then a JSON object of attributes)
 * @param value the value, or null when the request carried none (remove usually has none)
 */
public record PatchOperation(PatchOp op, PatchPath path, JsonValue value) {

    public PatchOperation {
        Objects.requireNonNull(op, "op");
    }

    public static PatchOperation pathless(PatchOp op, JsonValue value) {
        return new PatchOperation(op, null, value);
    }

    public boolean hasPath() {
        return path != null;
    }

    public boolean hasValue() {
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    public PatchOperation withValue(JsonValue newValue) {
        return new PatchOperation(op, path, newValue);
    }
}
