package dev.roster.scim.patch.quirks;

import dev.roster.json.CachedJson;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.PatchPath;
import dev.roster.scim.patch.PatchOp;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.ResourceSchema;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Microsoft Entra ID sends booleans as the strings {@code "True"} and {@code "False"}:
 * {@code {"op":"Replace","path":"active","value":"False"}}. Where the schema says an attribute or sub-attribute
 * is a boolean, such a string (any case) becomes the JSON boolean, so that the engine's type check passes. The
 * resource normaliser does the same for whole documents (create, PUT); this covers values aimed at a path.
 *
 * <p>Not applied when: the operation is a remove; the target is not boolean (a string "True" in
 * {@code displayName} stays a string); the string is anything but true/false; the path is unknown (the engine
 * reports it).
 */
public final class BooleanStrings implements PatchQuirk {

    @Override
    public boolean appliesTo(PatchOperation operation, ResourceSchema schema) {
        return operation.op() != PatchOp.REMOVE
                && operation.hasValue()
                && !coerced(operation, schema).equals(operation.value());
    }

    @Override
    public List<PatchOperation> rewrite(PatchOperation operation, ResourceSchema schema) {
        return List.of(operation.withValue(coerced(operation, schema)));
    }

    private static JsonValue coerced(PatchOperation operation, ResourceSchema schema) {
        JsonValue value = operation.value();
        if (!operation.hasPath()) {
            return value.getValueType() == ValueType.OBJECT ? pathless(value.asJsonObject(), schema) : value;
        }
        return target(operation.path(), schema)
                .map(definition -> coerce(definition, value))
                .orElse(value);
    }

    /** The innermost definition a path names: {@code emails[type eq "work"].primary} names emails.primary. */
    private static Optional<AttributeDefinition> target(PatchPath path, ResourceSchema schema) {
        Optional<AttributeDefinition> named = schema.definition(path.attribute());
        if (path.subAttribute() == null) {
            return named;
        }
        return named.flatMap(attribute -> attribute.subAttribute(path.subAttribute()));
    }

    private static JsonObject pathless(JsonObject value, ResourceSchema schema) {
        JsonObjectBuilder coerced = CachedJson.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : value.entrySet()) {
            String key = member.getKey();
            JsonValue memberValue = member.getValue();
            if (schema.extension(key).isPresent() && memberValue.getValueType() == ValueType.OBJECT) {
                String urn = schema.extension(key).get().id();
                JsonObjectBuilder extension = CachedJson.createObjectBuilder();
                memberValue
                        .asJsonObject()
                        .forEach((name, v) -> extension.add(
                                name,
                                schema.definition(new AttributePath(urn, name, null))
                                        .map(d -> coerce(d, v))
                                        .orElse(v)));
                coerced.add(key, extension);
            } else {
                coerced.add(
                        key,
                        schema.definition(AttributePath.of(key))
                                .map(d -> coerce(d, memberValue))
                                .orElse(memberValue));
            }
        }
        return coerced.build();
    }

    private static JsonValue coerce(AttributeDefinition definition, JsonValue value) {
        if (definition.multiValued() && value.getValueType() == ValueType.ARRAY) {
            JsonArrayBuilder elements = CachedJson.createArrayBuilder();
            value.asJsonArray().forEach(element -> elements.add(coerceOne(definition, element)));
            return elements.build();
        }
        return coerceOne(definition, value);
    }

    private static JsonValue coerceOne(AttributeDefinition definition, JsonValue value) {
        if (definition.type() == AttributeType.BOOLEAN && value instanceof JsonString text) {
            if (text.getString().equalsIgnoreCase("true")) {
                return JsonValue.TRUE;
            }
            if (text.getString().equalsIgnoreCase("false")) {
                return JsonValue.FALSE;
            }
            return value;
        }
        if (definition.isComplex() && value.getValueType() == ValueType.OBJECT) {
            JsonObjectBuilder coerced = CachedJson.createObjectBuilder();
            value.asJsonObject()
                    .forEach((name, subValue) -> coerced.add(
                            name,
                            definition
                                    .subAttribute(name)
                                    .map(sub -> coerce(sub, subValue))
                                    .orElse(subValue)));
            return coerced.build();
        }
        return value;
    }
}
