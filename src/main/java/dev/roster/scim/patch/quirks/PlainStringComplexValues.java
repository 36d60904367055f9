package dev.roster.scim.patch.quirks;

import dev.roster.json.CachedJson;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.ResourceSchema;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import java.util.Optional;

/**
 * A plain string where a complex attribute with a {@code value} sub-attribute is expected means
 * {@code {"value": string}}:
 * <ul>
 *   <li>Microsoft's SCIM test collection adds group members as {@code "value":["<id>"]} or
 *       {@code "value":"<id>"} instead of {@code [{"value":"<id>"}]};</li>
 *   <li>Microsoft Entra ID sets the manager as {@code {"op":"Add","path":"urn:…:enterprise:2.0:User:manager",
 *       "value":"<id>"}}.</li>
 * </ul>
 *
 * <p>Not applied when: the operation has no path, or its path names a sub-attribute ({@code manager.value},
 * {@code emails[type eq "work"].value}: there a string is right); the attribute is not complex or has no
 * {@code value} sub-attribute; the value holds no string (objects are left alone).
 */
public final class PlainStringComplexValues implements PatchQuirk {

    @Override
    public boolean appliesTo(PatchOperation operation, ResourceSchema schema) {
        if (!operation.hasValue() || target(operation, schema).isEmpty()) {
            return false;
        }
        JsonValue value = operation.value();
        return value.getValueType() == ValueType.STRING
                || (value.getValueType() == ValueType.ARRAY
                        && value.asJsonArray().stream().anyMatch(v -> v.getValueType() == ValueType.STRING));
    }

    @Override
    public List<PatchOperation> rewrite(PatchOperation operation, ResourceSchema schema) {
        JsonValue value = operation.value();
        if (value.getValueType() == ValueType.STRING) {
            return List.of(operation.withValue(wrap(value)));
        }
        JsonArrayBuilder elements = CachedJson.createArrayBuilder();
        value.asJsonArray()
                .forEach(element -> elements.add(element.getValueType() == ValueType.STRING ? wrap(element) : element));
        return List.of(operation.withValue(elements.build()));
    }

    /** The complex attribute the path names as a whole, if it has a {@code value} sub-attribute. */
    private static Optional<AttributeDefinition> target(PatchOperation operation, ResourceSchema schema) {
        if (!operation.hasPath()
                || operation.path().subAttribute() != null
                || operation.path().attribute().hasSubAttribute()) {
            return Optional.empty();
        }
        return schema.definition(operation.path().attribute())
                .filter(a -> a.isComplex() && a.subAttribute("value").isPresent());
    }

    private static JsonValue wrap(JsonValue string) {
        return CachedJson.createObjectBuilder().add("value", string).build();
    }
}
