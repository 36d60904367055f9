package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a PATCH value against the attribute it is written to and returns it in canonical form: sub-attribute
 * names in schema spelling, unknown and readOnly sub-attributes dropped (ignored the way a PUT ignores them),
 * null sub-attributes kept as {@link JsonValue#NULL} so that merging can remove them. Whole-document rules (required attributes, Entra string booleans on create) stay with the
 * resource normaliser; this is only what applying one operation correctly needs.
 */
final class ValueChecker {

    private ValueChecker() {}

    /**
     * A value for the whole attribute: an array for multi-valued ones (a single element is accepted and wrapped,
     * as several clients send one object where the RFC asks for an array). JSON null comes back as
     * {@link JsonValue#NULL}: the caller unassigns.
     */
    static JsonValue attributeValue(AttributeDefinition attribute, JsonValue value) {
        if (WorkingDocument.isUnassigned(value)) {
            return JsonValue.NULL;
        }
        if (!attribute.multiValued()) {
            return element(attribute, value, attribute.name());
        }
        JsonArrayBuilder elements = CachedJson.createArrayBuilder();
        List<JsonValue> given = value.getValueType() == ValueType.ARRAY ? value.asJsonArray() : List.of(value);
        for (JsonValue element : given) {
            if (element.getValueType() != ValueType.NULL) {
                elements.add(element(attribute, element, attribute.name()));
            }
        }
        return elements.build();
    }

    /** One value of the attribute (one element when it is multi-valued). */
    static JsonValue element(AttributeDefinition attribute, JsonValue value, String label) {
        if (attribute.isComplex()) {
            if (value.getValueType() != ValueType.OBJECT) {
                throw ScimException.invalidValue("Attribute '" + label + "' must be an object");
            }
            return complex(attribute, value.asJsonObject(), label);
        }
        return simple(attribute, value, label);
    }

    /** A value for one sub-attribute of a complex attribute; null means "remove it". */
    static JsonValue subAttributeValue(AttributeDefinition attribute, AttributeDefinition sub, JsonValue value) {
        if (WorkingDocument.isUnassigned(value)) {
            return JsonValue.NULL;
        }
        return simple(sub, value, attribute.name() + "." + sub.name());
    }

    private static JsonObject complex(AttributeDefinition attribute, JsonObject value, String label) {
        JsonObjectBuilder canonical = CachedJson.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : value.entrySet()) {
            Optional<AttributeDefinition> sub = attribute.subAttribute(member.getKey());
            if (sub.isEmpty() || sub.get().isReadOnly()) {
                continue;
            }
            // A null member stays: merging it into an existing value removes that sub-attribute (RFC 7643 2.5).
            JsonValue subValue = member.getValue().getValueType() == ValueType.NULL
                    ? JsonValue.NULL
                    : simple(
                            sub.get(),
                            member.getValue(),
                            label + "." + sub.get().name());
            canonical.add(sub.get().name(), subValue);
        }
        return canonical.build();
    }

    private static JsonValue simple(AttributeDefinition attribute, JsonValue value, String label) {
        boolean fits = switch (attribute.type()) {
            case STRING, REFERENCE, BINARY, DATE_TIME -> value.getValueType() == ValueType.STRING;
            case BOOLEAN -> value.getValueType() == ValueType.TRUE || value.getValueType() == ValueType.FALSE;
            case INTEGER -> value instanceof JsonNumber number && number.isIntegral();
            case DECIMAL -> value.getValueType() == ValueType.NUMBER;
            case COMPLEX -> value.getValueType() == ValueType.OBJECT;
        };
        if (!fits) {
            throw ScimException.invalidValue("Attribute '" + label + "' must be "
                    + withArticle(attribute.type().wireName()) + ", not " + describe(value));
        }
        return value;
    }

    /** How a JSON value reads in an error detail: "a string", "an object". */
    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
            default -> withArticle(value.getValueType().name().toLowerCase(Locale.ROOT));
        };
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
