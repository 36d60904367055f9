package dev.roster.directory.query;

import dev.roster.directory.index.ScimDateTimes;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;

/**
 * Turns a filter's comparison value into the SQL parameter its target compares with. Lenient where IdPs
 * are (Entra's unquoted numbers against text, "True" strings against booleans), strict where a comparison
 * would be meaningless (a word against a number or a date), which is 400 invalidFilter.
 */
final class Literals {

    private Literals() {}

    static Object toParameter(ValueKind kind, JsonValue literal, AttributePath path) {
        return switch (kind) {
            case TEXT_EXACT -> text(literal, path);
            case TEXT_CI -> text(literal, path).toLowerCase(Locale.ROOT);
            case BOOLEAN -> bool(literal, path);
            case NUMBER -> number(literal, path);
            case DATE_TIME -> dateMillis(literal, path);
        };
    }

    static String text(JsonValue literal, AttributePath path) {
        if (literal instanceof JsonString s) {
            return s.getString();
        }
        if (literal instanceof JsonNumber n) {
            return n.toString();
        }
        if (literal == JsonValue.TRUE || literal == JsonValue.FALSE) {
            return literal.toString();
        }
        throw ScimException.invalidFilter("'" + path + "' cannot be compared with " + literal);
    }

    private static Boolean bool(JsonValue literal, AttributePath path) {
        if (literal == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (literal == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        if (literal instanceof JsonString s) {
            if ("true".equalsIgnoreCase(s.getString())) {
                return Boolean.TRUE;
            }
            if ("false".equalsIgnoreCase(s.getString())) {
                return Boolean.FALSE;
            }
        }
        throw ScimException.invalidFilter("'" + path + "' is a boolean; " + literal + " is not");
    }

    private static Double number(JsonValue literal, AttributePath path) {
        if (literal instanceof JsonNumber n) {
            return n.doubleValue();
        }
        if (literal instanceof JsonString s) {
            try {
                return Double.valueOf(s.getString());
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw ScimException.invalidFilter("'" + path + "' is a number; " + literal + " is not");
    }

    static long dateMillis(JsonValue literal, AttributePath path) {
        if (literal instanceof JsonString s) {
            var millis = ScimDateTimes.toEpochMillis(s.getString());
            if (millis.isPresent()) {
                return millis.getAsLong();
            }
        }
        throw ScimException.invalidFilter(
                "'" + path + "' is a dateTime; " + literal + " is not an xsd:dateTime such as 2025-01-31T12:00:00Z");
    }

    /** LIKE pattern for co/sw/ew with the wildcard characters of the value escaped. */
    static String likePattern(String value, dev.roster.scim.filter.ComparisonOperator op) {
        String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return switch (op) {
            case CO -> "%" + escaped + "%";
            case SW -> escaped + "%";
            case EW -> "%" + escaped;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }
}
