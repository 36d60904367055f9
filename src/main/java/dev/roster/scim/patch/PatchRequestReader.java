package dev.roster.scim.patch;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.PatchPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;

/** Turns a PATCH body into a {@link PatchRequest}, rejecting what no quirk can repair. */
final class PatchRequestReader {

    private PatchRequestReader() {}

    static PatchRequest read(JsonObject body, int maxOperations) {
        requirePatchOpSchema(body);
        JsonValue operations = CaseInsensitiveJson.get(body, "Operations");
        if (operations == null || operations.getValueType() != ValueType.ARRAY) {
            throw ScimException.invalidSyntax("'Operations' must be an array of PATCH operations");
        }
        JsonArray array = operations.asJsonArray();
        if (array.isEmpty()) {
            throw ScimException.invalidSyntax("'Operations' must hold at least one operation");
        }
        if (array.size() > maxOperations) {
            // 413 as for a Bulk request over maxOperations (RFC 7644 section 3.7.4): the request is larger than
            // Roster processes, whatever its values. tooMany is about filters, invalidValue about values.
            throw ScimException.status(
                    413,
                    "The PATCH request holds " + array.size() + " operations; at most " + maxOperations
                            + " are accepted in one request");
        }
        List<PatchOperation> parsed = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != ValueType.OBJECT) {
                throw ScimException.invalidSyntax("Operations[" + i + "] must be an object");
            }
            parsed.add(readOperation(array.getJsonObject(i)));
        }
        return new PatchRequest(parsed);
    }

    private static void requirePatchOpSchema(JsonObject body) {
        JsonValue schemas = CaseInsensitiveJson.get(body, "schemas");
        boolean declared = schemas != null
                && schemas.getValueType() == ValueType.ARRAY
                && schemas.asJsonArray().stream()
                        .anyMatch(s -> s instanceof JsonString str
                                && str.getString().equalsIgnoreCase(PatchRequest.PATCH_OP_SCHEMA));
        if (!declared) {
            throw ScimException.invalidSyntax("'schemas' must contain " + PatchRequest.PATCH_OP_SCHEMA);
        }
    }

    private static PatchOperation readOperation(JsonObject json) {
        JsonValue opValue = CaseInsensitiveJson.get(json, "op");
        if (!(opValue instanceof JsonString opName)) {
            throw ScimException.invalidSyntax("each operation needs an 'op' of add, replace or remove");
        }
        PatchOp op = PatchOp.fromWire(opName.getString());
        PatchPath path = readPath(CaseInsensitiveJson.get(json, "path"));
        JsonValue value = CaseInsensitiveJson.get(json, "value");
        boolean hasValue = value != null && value.getValueType() != ValueType.NULL;

        if (op == PatchOp.REMOVE && path == null) {
            // RFC 7644 section 3.5.2.2: a remove without path cannot say what to remove.
            throw ScimException.noTarget("remove needs a 'path'");
        }
        if (op != PatchOp.REMOVE && !hasValue) {
            throw ScimException.invalidValue(op.wireName() + " needs a 'value'");
        }
        if (op != PatchOp.REMOVE && path == null && value.getValueType() != ValueType.OBJECT) {
            throw ScimException.invalidValue(
                    op.wireName() + " without 'path' needs an object of attributes as 'value'");
        }
        return new PatchOperation(op, path, hasValue ? value : null);
    }

    /** An absent, null or blank path means "no path"; some clients send {@code "path":""} with path-less values. */
    private static PatchPath readPath(JsonValue path) {
        if (path == null || path.getValueType() == ValueType.NULL) {
            return null;
        }
        if (!(path instanceof JsonString text)) {
            throw ScimException.invalidPath("'path' must be a string");
        }
        return text.getString().isBlank() ? null : PatchPaths.parse(text.getString());
    }
}
