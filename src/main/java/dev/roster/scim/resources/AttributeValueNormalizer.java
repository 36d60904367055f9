package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.Mutability;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks and canonicalises one attribute value against its definition (RFC 7643 section 2.3 types).
 * Returns null for "unassigned" (null, empty array, empty complex value), which the caller leaves out.
 *
 * <p>Strict on types (a string where a number belongs is {@code invalidValue} naming the attribute), lenient
 * where IdPs are known to deviate: Entra's {@code "True"}/{@code "False"} become booleans, a single value for
 * a multi-valued attribute is wrapped in an array, and a canonical value in the wrong case
 * ({@code "Work"}) takes the schema's spelling.
 */
final class AttributeValueNormalizer {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private AttributeValueNormalizer() {}

    /**
     * @param path the attribute's name as shown in error details, e.g. {@code emails.primary}
     */
    static JsonValue normalize(AttributeDefinition definition, JsonValue value, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!definition.multiValued()) {
            if (value.getValueType() == JsonValue.ValueType.ARRAY) {
                throw ScimException.invalidValue("Attribute '" + path + "' is single-valued but an array was given");
            }
            return single(definition, value, path);
        }
        List<JsonValue> elements = new ArrayList<>();
        Iterable<JsonValue> given =
                value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
        for (JsonValue element : given) {
            if (element.getValueType() == JsonValue.ValueType.ARRAY) {
                throw ScimException.invalidValue("Attribute '" + path + "' holds a nested array");
            }
            JsonValue normalized = single(definition, element, path);
            if (normalized != null) {
                elements.add(normalized);
            }
        }
        if (elements.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        (definition.isComplex() ? atMostOnePrimary(elements) : elements).forEach(array::add);
        return array.build();
    }

    private static JsonValue single(AttributeDefinition definition, JsonValue value, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return definition.isComplex() ? complex(definition, value, path) : simple(definition, value, path);
    }

    /** Sub-attributes in schema order with schema spelling; unknown and read-only ones are not the client's to set. */
    private static JsonObject complex(AttributeDefinition definition, JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidValue("Attribute '" + path + "' must be a JSON object");
        }
        Map<String, JsonValue> given = AttributeNames.byLowerCaseName(value.asJsonObject());
        JsonObjectBuilder out = JSON.createObjectBuilder();
        boolean any = false;
        for (AttributeDefinition sub : definition.subAttributes()) {
            String subPath = path + "." + sub.name();
            JsonValue normalized = sub.mutability() == Mutability.READ_ONLY
                    ? null
                    : normalize(sub, given.get(AttributeNames.lower(sub.name())), subPath);
            if (normalized != null) {
                out.add(sub.name(), normalized);
                any = true;
            } else if (sub.required() && sub.mutability() != Mutability.READ_ONLY) {
                throw ScimException.invalidValue("Attribute '" + subPath + "' is required");
            }
        }
        return any ? out.build() : null;
    }

    private static JsonValue simple(AttributeDefinition definition, JsonValue value, String path) {
        switch (definition.type()) {
            case STRING, REFERENCE, BINARY:
                return canonical(definition, text(value, path, "a string"));
            case BOOLEAN:
                return bool(value, path);
            case INTEGER:
                if (value instanceof JsonNumber number && number.isIntegral()) {
                    return value;
                }
                throw ScimException.invalidValue("Attribute '" + path + "' must be an integer");
            case DECIMAL:
                if (value.getValueType() == JsonValue.ValueType.NUMBER) {
                    return value;
                }
                throw ScimException.invalidValue("Attribute '" + path + "' must be a number");
            case DATE_TIME:
                return dateTime(text(value, path, "an ISO-8601 dateTime string"), path);
            default:
                throw new IllegalStateException("complex handled above: " + definition.type());
        }
    }

    private static JsonString text(JsonValue value, String path, String expected) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw ScimException.invalidValue("Attribute '" + path + "' must be " + expected);
        }
        return (JsonString) value;
    }

    private static JsonValue bool(JsonValue value, String path) {
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value;
        }
        // Entra ID sends booleans as "True"/"False" in create bodies and PATCH values.
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = ((JsonString) value).getString().strip();
            if (text.equalsIgnoreCase("true")) {
                return JsonValue.TRUE;
            }
            if (text.equalsIgnoreCase("false")) {
                return JsonValue.FALSE;
            }
        }
        throw ScimException.invalidValue("Attribute '" + path + "' must be a boolean");
    }

    private static JsonValue dateTime(JsonString value, String path) {
        try {
            // xsd:dateTime as RFC 7643 section 2.3.5 asks; the offset is optional, fractions up to nanoseconds.
            DateTimeFormatter.ISO_DATE_TIME.parse(value.getString());
            return value;
        } catch (DateTimeParseException e) {
            throw ScimException.invalidValue("Attribute '" + path + "' must be an ISO-8601 dateTime string");
        }
    }

    private static JsonValue canonical(AttributeDefinition definition, JsonString value) {
        for (String canonical : definition.canonicalValues()) {
            if (canonical.equalsIgnoreCase(value.getString()) && !canonical.equals(value.getString())) {
                return CachedJson.createValue(canonical);
            }
        }
        return value;
    }

    /** RFC 7643 section 2.4: "primary": true appears at most once; the first one wins, later ones become false. */
    private static List<JsonValue> atMostOnePrimary(List<JsonValue> elements) {
        boolean seen = false;
        List<JsonValue> result = new ArrayList<>(elements.size());
        for (JsonValue element : elements) {
            JsonObject object = element.asJsonObject();
            if (JsonValue.TRUE.equals(object.get("primary"))) {
                if (seen) {
                    element = JSON.createObjectBuilder(object)
                            .add("primary", false)
                            .build();
                }
                seen = true;
            }
            result.add(element);
        }
        return result;
    }
}
