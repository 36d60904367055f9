package dev.roster.resolution.carrier;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/** Turns the JSON of a custom application's context comment into a {@link CustomContextFinding}. */
final class CustomContextReader {

    private CustomContextReader() {}

    /**
     * Reads {@code {"user":…,"userGroup":…,"serviceName":…,"attributes":{…}}}; only {@code user} is required.
     * A null or blank user yields {@link UnattributedReason#EMPTY_USER}: the wrapper ran without a signed-in
     * person.
     *
     * @throws CarrierFormatException if the JSON is unusable or a member has the wrong type
     */
    static CarrierFinding read(String json, int statementIndex) throws CarrierFormatException {
        JsonObject context = BoundedJson.readObject(json);
        if (!context.containsKey("user")) {
            throw new CarrierFormatException("custom context without user");
        }
        Optional<String> user = optionalString(context, "user");
        if (user.isEmpty()) {
            return UnattributedFinding.emptyUser(
                    CarrierKind.CUSTOM_CONTEXT, statementIndex, "custom context with an empty user");
        }
        return new CustomContextFinding(
                statementIndex,
                user.get(),
                optionalString(context, "userGroup"),
                optionalString(context, "serviceName"),
                attributes(context));
    }

    /** A trimmed string member, empty when absent, null or blank; checked because it ends up in logs. */
    private static Optional<String> optionalString(JsonObject context, String key) throws CarrierFormatException {
        JsonValue value = context.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new CarrierFormatException("custom context " + key + " is not a string");
        }
        String text = string.getString().strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IdentityValues.requireName(text, "custom context " + key));
    }

    private static JsonObject attributes(JsonObject context) throws CarrierFormatException {
        JsonValue value = context.get("attributes");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new CarrierFormatException("custom context attributes is not an object");
        }
        return value.asJsonObject();
    }
}
