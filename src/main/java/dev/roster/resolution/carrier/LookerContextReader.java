package dev.roster.resolution.carrier;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/** Turns the JSON of a Looker context comment into a {@link LookerContextFinding}. */
final class LookerContextReader {

    /** 18 digits always fit in a long, and no Looker instance has a quintillion users. */
    private static final int MAX_ID_DIGITS = 18;

    private LookerContextReader() {}

    /**
     * Reads {@code {"user_id":123,"history_slug":"…","instance_slug":"…"}}. A {@code null} user_id means
     * Looker ran the query on no one's behalf and yields {@link UnattributedReason#EMPTY_USER}.
     *
     * @throws CarrierFormatException if the JSON is unusable or user_id is missing or not a positive integer
     */
    static CarrierFinding read(String json, int statementIndex) throws CarrierFormatException {
        JsonObject context = BoundedJson.readObject(json);
        JsonValue userId = context.get("user_id");
        if (userId == null) {
            throw new CarrierFormatException("Looker context without user_id");
        }
        if (userId.getValueType() == JsonValue.ValueType.NULL) {
            return UnattributedFinding.emptyUser(
                    CarrierKind.LOOKER_CONTEXT,
                    statementIndex,
                    "Looker context with a null user_id: Looker ran the query for no user");
        }
        return new LookerContextFinding(
                statementIndex,
                positiveId(userId),
                text(context, "history_slug"),
                text(context, "history_id"),
                text(context, "instance_slug"));
    }

    /**
     * Accepts a JSON number or a string of digits. Checking the digits before converting keeps a hostile
     * {@code 1e999999999} from ever becoming a BigInteger.
     */
    private static long positiveId(JsonValue value) throws CarrierFormatException {
        String digits = value instanceof JsonString string ? string.getString() : value.toString();
        boolean allDigits = !digits.isEmpty()
                && digits.length() <= MAX_ID_DIGITS
                && digits.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!allDigits || Long.parseLong(digits) == 0) {
            throw new CarrierFormatException("Looker user_id is not a positive integer");
        }
        return Long.parseLong(digits);
    }

    /** A string, or a number in its JSON form ({@code history_id} is numeric); anything else is absent. */
    private static Optional<String> text(JsonObject context, String key) {
        JsonValue value = context.get(key);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.NUMBER) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }
}
