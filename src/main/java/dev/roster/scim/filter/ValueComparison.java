package dev.roster.scim.filter;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Compares one attribute value with a filter literal (RFC 7644 section 3.4.2.2). {@code ne} is not handled
 * here: the evaluator defines it as "no value is equal" over all of an attribute's values.
 *
 * <ul>
 *   <li>strings: {@code eq}, {@code co}, {@code sw}, {@code ew} and ordering honour caseExact; {@code eq} and
 *       ordering are chronological when both sides are date-times (so {@code ...T21:00:00Z} equals
 *       {@code ...T14:00:00-07:00}), otherwise by text. A number literal is compared by its text (Entra writes
 *       {@code externalId eq 1234} for the string "1234");</li>
 *   <li>numbers: exact BigDecimal comparison, so {@code 1.0 eq 1}; no substring operators;</li>
 *   <li>booleans: {@code eq} only;</li>
 *   <li>anything else (objects, arrays, type mismatches) never matches.</li>
 * </ul>
 */
final class ValueComparison {

    private ValueComparison() {}

    static boolean test(JsonValue attribute, ComparisonOperator operator, JsonValue literal, boolean caseExact) {
        if (operator == ComparisonOperator.NE) {
            throw new IllegalArgumentException("ne is the negation of eq over all values; see FilterEvaluator");
        }
        return switch (attribute.getValueType()) {
            case STRING ->
                literalText(literal)
                        .map(text -> strings(((JsonString) attribute).getString(), operator, text, caseExact))
                        .orElse(false);
            case NUMBER ->
                literalNumber(literal)
                        .map(number -> numbers(((JsonNumber) attribute).bigDecimalValue(), operator, number))
                        .orElse(false);
            case TRUE, FALSE -> operator == ComparisonOperator.EQ && attribute.equals(literal);
            default -> false;
        };
    }

    private static boolean strings(String value, ComparisonOperator operator, String literal, boolean caseExact) {
        switch (operator) {
            case CO:
                return contains(value, literal, caseExact);
            case SW:
                return value.regionMatches(!caseExact, 0, literal, 0, literal.length());
            case EW:
                return value.regionMatches(!caseExact, value.length() - literal.length(), literal, 0, literal.length());
            default:
                break;
        }
        return orders(compareStrings(value, literal, caseExact), operator);
    }

    /** Chronological when both sides are date-times (different offsets, fraction lengths), else by text. */
    private static int compareStrings(String value, String literal, boolean caseExact) {
        Optional<Instant> valueInstant = DateTimeValues.parse(value);
        if (valueInstant.isPresent()) {
            Optional<Instant> literalInstant = DateTimeValues.parse(literal);
            if (literalInstant.isPresent()) {
                return valueInstant.get().compareTo(literalInstant.get());
            }
        }
        return caseExact ? value.compareTo(literal) : String.CASE_INSENSITIVE_ORDER.compare(value, literal);
    }

    /** regionMatches keeps case folding identical to equalsIgnoreCase; values are short, so O(n·m) is fine. */
    private static boolean contains(String value, String literal, boolean caseExact) {
        for (int start = 0; start + literal.length() <= value.length(); start++) {
            if (value.regionMatches(!caseExact, start, literal, 0, literal.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean numbers(BigDecimal value, ComparisonOperator operator, BigDecimal literal) {
        return orders(value.compareTo(literal), operator);
    }

    /** Whether {@code order}, a {@code compareTo} result, satisfies {@code eq} or an ordering operator. */
    private static boolean orders(int order, ComparisonOperator operator) {
        return switch (operator) {
            case EQ -> order == 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            default -> false; // co, sw, ew: substrings, defined for strings only and matched before the order
        };
    }

    private static Optional<String> literalText(JsonValue literal) {
        if (literal instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        if (literal instanceof JsonNumber number) {
            return Optional.of(number.toString());
        }
        return Optional.empty();
    }

    /** A quoted literal that reads as a JSON number still compares numerically with a number attribute. */
    private static Optional<BigDecimal> literalNumber(JsonValue literal) {
        if (literal instanceof JsonNumber number) {
            return Optional.of(number.bigDecimalValue());
        }
        if (literal instanceof JsonString string && JsonLiteralReader.isJsonNumber(string.getString())) {
            try {
                return Optional.of(new BigDecimal(string.getString()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
