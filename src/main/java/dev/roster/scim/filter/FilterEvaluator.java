package dev.roster.scim.filter;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates a {@link Filter} against one JSON object in memory. Built for the PATCH engine, which must pick
 * elements of a multi-valued attribute ({@code members[value eq "…"]}, {@code emails[type eq "work"]});
 * directory searches are translated to SQL instead and never load resources to filter them here.
 *
 * <p>Semantics (RFC 7644 section 3.4.2.2):
 * <ul>
 *   <li>Attribute names match case-insensitively. A URN-qualified path looks under the member named by the
 *       URN (extension attributes live there) and falls back to the top level (core attributes).</li>
 *   <li>A multi-valued attribute matches when any of its values matches; {@code emails.value} looks at each
 *       element's {@code value}, and a complex value without a sub-attribute ({@code emails co "x"}) is
 *       compared through its {@code value} sub-attribute, as in the RFC's own example.</li>
 *   <li>{@code ne} is the negation of {@code eq}: true when no value equals the literal, so also when the
 *       attribute is missing. {@code eq null} is true for a missing or null attribute.</li>
 *   <li>{@code pr} is true when there is a value that is not null, not an empty string, not an empty array and
 *       not an object without such values.</li>
 *   <li>{@code path[filter]} is true when ONE element satisfies the whole inner filter:
 *       {@code emails[type eq "work" and value co "@x"]} does not match a work address at @y plus a home
 *       address at @x.</li>
 *   <li>String, number, boolean and date-time comparisons: see {@link ValueComparison}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe when its {@link CaseExactness} is.
 */
public final class FilterEvaluator {

    /** RFC 7643: a complex attribute's primary value, compared when a filter names no sub-attribute. */
    private static final String VALUE = "value";

    private final CaseExactness caseExactness;

    /** @param caseExactness which attributes compare case-sensitively; paths are relative to the object */
    public FilterEvaluator(CaseExactness caseExactness) {
        this.caseExactness = Objects.requireNonNull(caseExactness, "caseExactness");
    }

    /** An evaluator for which every attribute is case-insensitive (the RFC 7643 default). */
    public static FilterEvaluator caseInsensitive() {
        return new FilterEvaluator(CaseExactness.caseInsensitive());
    }

    /** True when {@code object} satisfies {@code filter}. */
    public boolean matches(Filter filter, JsonObject object) {
        return matches(filter, object, caseExactness);
    }

    private static boolean matches(Filter filter, JsonObject object, CaseExactness caseExactness) {
        if (filter instanceof Filter.Comparison comparison) {
            return comparison(comparison, object, caseExactness);
        }
        if (filter instanceof Filter.Present present) {
            return valuesAt(object, present.path()).stream().anyMatch(FilterEvaluator::hasContent);
        }
        if (filter instanceof Filter.And and) {
            return matches(and.left(), object, caseExactness) && matches(and.right(), object, caseExactness);
        }
        if (filter instanceof Filter.Or or) {
            return matches(or.left(), object, caseExactness) || matches(or.right(), object, caseExactness);
        }
        if (filter instanceof Filter.Not not) {
            return !matches(not.filter(), object, caseExactness);
        }
        if (filter instanceof Filter.ValuePath valuePath) {
            return valuePath(valuePath, object, caseExactness);
        }
        throw new IllegalArgumentException(
                "Unknown filter node " + filter.getClass().getName());
    }

    private static boolean comparison(Filter.Comparison comparison, JsonObject object, CaseExactness caseExactness) {
        List<JsonValue> values = comparableValues(object, comparison.path());
        ComparisonOperator operator = comparison.operator();
        JsonValue literal = comparison.value();
        if (literal.getValueType() == JsonValue.ValueType.NULL) {
            // "x eq null" asks for absence; nothing else is meaningful against null.
            return switch (operator) {
                case EQ -> values.isEmpty();
                case NE -> !values.isEmpty();
                default -> false;
            };
        }
        boolean caseExact = caseExactness.isCaseExact(comparison.path());
        if (operator == ComparisonOperator.NE) {
            return values.stream().noneMatch(v -> ValueComparison.test(v, ComparisonOperator.EQ, literal, caseExact));
        }
        return values.stream().anyMatch(v -> ValueComparison.test(v, operator, literal, caseExact));
    }

    private static boolean valuePath(Filter.ValuePath valuePath, JsonObject object, CaseExactness caseExactness) {
        AttributePath parent = valuePath.path();
        // Inner paths are relative to the element; ask the caller about the full path (emails.type).
        CaseExactness elementCaseExactness = relative -> caseExactness.isCaseExact(
                relative.schemaUrn() == null && !relative.hasSubAttribute() && !parent.hasSubAttribute()
                        ? new AttributePath(parent.schemaUrn(), parent.attribute(), relative.attribute())
                        : relative);
        for (JsonValue element : valuesAt(object, parent)) {
            if (element instanceof JsonObject elementObject
                    && matches(valuePath.filter(), elementObject, elementCaseExactness)) {
                return true;
            }
        }
        return false;
    }

    /** Values at the path with complex values replaced by their {@code value} sub-attribute. */
    private static List<JsonValue> comparableValues(JsonObject object, AttributePath path) {
        List<JsonValue> values = valuesAt(object, path);
        if (path.hasSubAttribute() || values.stream().noneMatch(v -> v instanceof JsonObject)) {
            return values;
        }
        List<JsonValue> comparable = new ArrayList<>(values.size());
        for (JsonValue value : values) {
            if (value instanceof JsonObject complex) {
                addFlattened(member(complex, VALUE), comparable);
            } else {
                comparable.add(value);
            }
        }
        return comparable;
    }

    /** The non-null values a path reaches, arrays flattened: {@code emails.value} gives every element's value. */
    private static List<JsonValue> valuesAt(JsonObject object, AttributePath path) {
        List<JsonValue> top = new ArrayList<>();
        addFlattened(topLevel(object, path), top);
        if (!path.hasSubAttribute()) {
            return top;
        }
        List<JsonValue> values = new ArrayList<>();
        for (JsonValue value : top) {
            if (value instanceof JsonObject complex) {
                addFlattened(member(complex, path.subAttribute()), values);
            }
        }
        return values;
    }

    /** Extension attributes live under their schema URN; core attributes at the top even when qualified. */
    private static JsonValue topLevel(JsonObject object, AttributePath path) {
        if (path.schemaUrn() != null && member(object, path.schemaUrn()) instanceof JsonObject extension) {
            return member(extension, path.attribute());
        }
        return member(object, path.attribute());
    }

    private static void addFlattened(JsonValue value, List<JsonValue> out) {
        if (value instanceof JsonArray array) {
            for (JsonValue element : array) {
                if (element.getValueType() != JsonValue.ValueType.NULL) {
                    out.add(element);
                }
            }
        } else if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
            out.add(value);
        }
    }

    /** SCIM attribute names are case-insensitive; try the exact key first because it nearly always hits. */
    private static JsonValue member(JsonObject object, String name) {
        JsonValue exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** RFC 7644 {@code pr}: a non-empty value, or for a complex attribute a non-empty sub-attribute. */
    private static boolean hasContent(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> false;
            case STRING -> !((JsonString) value).getString().isEmpty();
            case ARRAY -> value.asJsonArray().stream().anyMatch(FilterEvaluator::hasContent);
            case OBJECT -> value.asJsonObject().values().stream().anyMatch(FilterEvaluator::hasContent);
            default -> true;
        };
    }
}
