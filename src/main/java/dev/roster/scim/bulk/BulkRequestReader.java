package dev.roster.scim.bulk;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.patch.CaseInsensitiveJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a BulkRequest body into a {@link BulkRequest}, or refuses it whole: nothing runs unless every operation
 * can be routed, because a half-understood request is worse than a clear 400. Attribute names are matched
 * case-insensitively like every other SCIM attribute (RFC 7643 section 2.1).
 */
public final class BulkRequestReader {

    private BulkRequestReader() {}

    /**
     * @param maxOperations the limit advertised as {@code bulk.maxOperations}; more operations → 413
     */
    public static BulkRequest read(JsonObject body, int maxOperations) {
        requireBulkRequestSchema(body);
        JsonArray operations = operationsOf(body);
        if (operations.size() > maxOperations) {
            // RFC 7644 section 3.7.4: 413 with a SCIM Error when a bulk limit is exceeded.
            throw ScimException.status(
                    413,
                    "The bulk request holds " + operations.size() + " operations; maxOperations is " + maxOperations);
        }
        int failOnErrors = failOnErrorsOf(body);
        List<BulkOperation> parsed = new ArrayList<>(operations.size());
        for (int i = 0; i < operations.size(); i++) {
            parsed.add(readOperation(operations.get(i), i));
        }
        requireUniqueBulkIds(parsed);
        return new BulkRequest(parsed, failOnErrors);
    }

    private static void requireBulkRequestSchema(JsonObject body) {
        JsonValue schemas = CaseInsensitiveJson.get(body, "schemas");
        boolean declared = schemas != null
                && schemas.getValueType() == ValueType.ARRAY
                && schemas.asJsonArray().stream()
                        .anyMatch(s ->
                                s instanceof JsonString str && str.getString().equalsIgnoreCase(BulkRequest.SCHEMA));
        if (!declared) {
            throw ScimException.invalidSyntax("'schemas' must contain " + BulkRequest.SCHEMA);
        }
    }

    private static JsonArray operationsOf(JsonObject body) {
        JsonValue operations = CaseInsensitiveJson.get(body, "Operations");
        if (operations == null || operations.getValueType() != ValueType.ARRAY) {
            throw ScimException.invalidSyntax("'Operations' must be an array of bulk operations");
        }
        return operations.asJsonArray();
    }

    private static int failOnErrorsOf(JsonObject body) {
        JsonValue value = CaseInsensitiveJson.get(body, "failOnErrors");
        if (value == null || value.getValueType() == ValueType.NULL) {
            return BulkRequest.NO_LIMIT;
        }
        if (value instanceof JsonNumber number
                && number.isIntegral()
                && number.bigIntegerValue().signum() > 0) {
            return number.bigIntegerValue()
                    .min(BigInteger.valueOf(BulkRequest.NO_LIMIT))
                    .intValue();
        }
        throw ScimException.invalidValue("'failOnErrors' must be a positive integer");
    }

    private static BulkOperation readOperation(JsonValue element, int index) {
        String where = "Operations[" + index + "]";
        if (element.getValueType() != ValueType.OBJECT) {
            throw ScimException.invalidSyntax(where + " must be an object");
        }
        JsonObject json = element.asJsonObject();
        String methodName = requiredString(json, "method", where);
        BulkMethod method = BulkMethod.fromWire(methodName)
                .orElseThrow(() -> ScimException.invalidValue(
                        where + ".method must be POST, PUT, PATCH or DELETE, not '" + methodName + "'"));
        String path = requiredString(json, "path", where);
        BulkPath target = BulkPath.parse(path, method, where);
        String bulkId = optionalString(json, "bulkId", where);
        if (bulkId != null && bulkId.isBlank()) {
            throw ScimException.invalidValue(where + ".bulkId must not be blank");
        }
        if (method == BulkMethod.POST && bulkId == null) {
            // RFC 7644 section 3.7: bulkId is REQUIRED for POST, so the response can say which create it was.
            throw ScimException.invalidValue(where + " is a POST and needs a 'bulkId'");
        }
        String version = optionalString(json, "version", where);
        JsonObject data = method.needsData() ? requiredData(json, method, where) : null;
        return new BulkOperation(index, method, path, target.endpoint(), target.resourceId(), bulkId, version, data);
    }

    private static JsonObject requiredData(JsonObject json, BulkMethod method, String where) {
        JsonValue data = CaseInsensitiveJson.get(json, "data");
        if (data == null || data.getValueType() == ValueType.NULL) {
            throw ScimException.invalidValue(where + " is a " + method + " and needs 'data'");
        }
        if (data.getValueType() != ValueType.OBJECT) {
            throw ScimException.invalidSyntax(where + ".data must be an object");
        }
        return data.asJsonObject();
    }

    private static String requiredString(JsonObject json, String name, String where) {
        String value = optionalString(json, name, where);
        if (value == null) {
            throw ScimException.invalidValue(where + " needs a '" + name + "'");
        }
        return value;
    }

    private static String optionalString(JsonObject json, String name, String where) {
        JsonValue value = CaseInsensitiveJson.get(json, name);
        if (value == null || value.getValueType() == ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw ScimException.invalidSyntax(where + "." + name + " must be a string");
        }
        return text.getString();
    }

    /** bulkIds name resources for the rest of the request, so two operations must not claim the same one. */
    private static void requireUniqueBulkIds(List<BulkOperation> operations) {
        Map<String, Integer> seen = new HashMap<>();
        for (BulkOperation operation : operations) {
            if (operation.bulkId() == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(operation.bulkId(), operation.index());
            if (first != null) {
                throw ScimException.invalidValue("Operations[" + operation.index() + "].bulkId '" + operation.bulkId()
                        + "' is already used by Operations[" + first + "]; bulkIds must be unique in a request");
            }
        }
    }
}
