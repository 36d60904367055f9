package dev.roster.scim.patch.quirks;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.ComparisonOperator;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.PatchPath;
import dev.roster.scim.patch.CaseInsensitiveJson;
import dev.roster.scim.patch.PatchOp;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.ResourceSchema;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.List;

/**
 * Microsoft Entra ID removes group members by value list:
 * {@code {"op":"Remove","path":"members","value":[{"value":"<id>"}]}}. Standard RFC 7644 names the members in
 * the path and sends no value, and a remove of {@code members} without filter would remove every member. Each
 * listed member becomes {@code {"op":"remove","path":"members[value eq \"<id>\"]"}}; an empty list removes
 * nothing.
 *
 * <p>Not applied when: the operation is not a remove; the path is not the Group's {@code members} as a whole
 * (a filter or sub-attribute is already standard); there is no value; an element is not an object with a
 * string {@code value} (the engine then refuses the request rather than guess).
 */
public final class MemberRemoveByValueList implements PatchQuirk {

    @Override
    public boolean appliesTo(PatchOperation operation, ResourceSchema schema) {
        if (operation.op() != PatchOp.REMOVE || !operation.hasValue() || !namesAllMembers(operation, schema)) {
            return false;
        }
        return elements(operation.value()).stream().allMatch(MemberRemoveByValueList::hasStringValue);
    }

    @Override
    public List<PatchOperation> rewrite(PatchOperation operation, ResourceSchema schema) {
        AttributePath members = operation.path().attribute();
        return elements(operation.value()).stream()
                .map(element -> (JsonString) CaseInsensitiveJson.get(element.asJsonObject(), "value"))
                .map(id -> new PatchOperation(
                        PatchOp.REMOVE,
                        new PatchPath(
                                members,
                                new Filter.Comparison(AttributePath.of("value"), ComparisonOperator.EQ, id),
                                null),
                        null))
                .toList();
    }

    private static boolean namesAllMembers(PatchOperation operation, ResourceSchema schema) {
        PatchPath path = operation.path();
        return !path.hasValueFilter()
                && !path.attribute().hasSubAttribute()
                && schema.resolve(path.attribute())
                        .filter(schema::isGroupMembers)
                        .isPresent();
    }

    private static List<JsonValue> elements(JsonValue value) {
        return value.getValueType() == ValueType.ARRAY ? value.asJsonArray() : List.of(value);
    }

    private static boolean hasStringValue(JsonValue element) {
        return element.getValueType() == ValueType.OBJECT
                && CaseInsensitiveJson.get(element.asJsonObject(), "value") instanceof JsonString;
    }
}
