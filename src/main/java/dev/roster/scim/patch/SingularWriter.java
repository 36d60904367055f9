package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Operations on single-valued attributes: {@code active}, {@code name}, {@code name.givenName},
 * {@code urn:…:enterprise:2.0:User:manager}. For these, add and replace mean the same thing (RFC 7644 sections
 * 3.5.2.1 and 3.5.2.3): a simple value is set, a complex value has the given sub-attributes merged in.
 */
final class SingularWriter {

    private SingularWriter() {}

    static void apply(WorkingDocument document, PatchOp op, Target.Attribute target, JsonValue value) {
        AttributeDefinition attribute = target.attribute();
        JsonValue current = document.get(target.container(), attribute.name());
        JsonValue next = target.subAttribute() == null
                ? wholeValue(op, attribute, current, value)
                : withSubAttribute(op, attribute, target.subAttribute(), current, value);
        MutabilityGuard.checkChange(attribute, attribute.name(), current, next);
        document.put(target.container(), attribute.name(), next);
    }

    private static JsonValue wholeValue(PatchOp op, AttributeDefinition attribute, JsonValue current, JsonValue value) {
        if (op == PatchOp.REMOVE) {
            return JsonValue.NULL;
        }
        JsonValue checked = ValueChecker.attributeValue(attribute, value);
        if (!attribute.isComplex() || checked == JsonValue.NULL) {
            return checked;
        }
        return ComplexValues.merge(attribute, ComplexValues.asObject(current), checked.asJsonObject());
    }

    private static JsonValue withSubAttribute(
            PatchOp op, AttributeDefinition attribute, AttributeDefinition sub, JsonValue current, JsonValue value) {
        JsonValue subValue =
                op == PatchOp.REMOVE ? JsonValue.NULL : ValueChecker.subAttributeValue(attribute, sub, value);
        JsonObject change =
                CachedJson.createObjectBuilder().add(sub.name(), subValue).build();
        return ComplexValues.merge(attribute, ComplexValues.asObject(current), change);
    }
}
