package dev.roster.scim.patch;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.ComparisonOperator;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.patch.MembershipChange.AddMembers;
import dev.roster.scim.patch.MembershipChange.RemoveAllMembers;
import dev.roster.scim.patch.MembershipChange.RemoveMembers;
import dev.roster.scim.patch.MembershipChange.ReplaceMembers;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.spi.MemberRef;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns operations on Group {@code members} into {@link MembershipChange}s for the store, which applies them as
 * set operations on the membership table: adding one member to a large group must never load its member list.
 * Adjacent changes of the same kind are combined (Okta adds and removes members one operation at a time).
 */
final class MembersTranslator {

    private static final String ONLY_VALUE_EQ =
            "Filters on 'members' support only value eq \"<id>\", optionally" + " joined with 'or'";

    private final List<MembershipChange> changes = new ArrayList<>();

    List<MembershipChange> changes() {
        return List.copyOf(changes);
    }

    void apply(PatchOp op, Target.Members target, JsonValue value) {
        if (target.subAttribute() != null || (target.filter() != null && op != PatchOp.REMOVE)) {
            throw ScimException.mutability("Group members cannot be changed in place (members.value is immutable);"
                    + " add or remove members instead");
        }
        if (target.filter() != null) {
            Set<String> ids = new LinkedHashSet<>();
            collectIds(target.filter(), ids);
            record(new RemoveMembers(ids));
            return;
        }
        switch (op) {
            case ADD -> record(new AddMembers(memberRefs(target.attribute(), value)));
            case REPLACE -> record(new ReplaceMembers(memberRefs(target.attribute(), value)));
            case REMOVE -> {
                if (value != null) {
                    throw ScimException.invalidValue("remove of 'members' takes no value; name the members to remove"
                            + " with a path such as members[value eq \"<id>\"]");
                }
                record(new RemoveAllMembers());
            }
        }
    }

    private static void collectIds(Filter filter, Set<String> ids) {
        if (filter instanceof Filter.Or or) {
            collectIds(or.left(), ids);
            collectIds(or.right(), ids);
        } else if (filter instanceof Filter.Comparison comparison
                && comparison.operator() == ComparisonOperator.EQ
                && comparison.path().attribute().equalsIgnoreCase("value")
                && !comparison.path().hasSubAttribute()
                && comparison.value() instanceof JsonString id) {
            ids.add(id.getString());
        } else {
            throw ScimException.invalidFilter(ONLY_VALUE_EQ);
        }
    }

    private static List<MemberRef> memberRefs(AttributeDefinition members, JsonValue value) {
        List<JsonValue> elements = value.getValueType() == ValueType.ARRAY ? value.asJsonArray() : List.of(value);
        Map<String, MemberRef> byId = new LinkedHashMap<>(); // one entry per member even if sent twice
        for (JsonValue element : elements) {
            if (element.getValueType() == ValueType.NULL) {
                continue;
            }
            MemberRef ref = memberRef(members, element);
            byId.putIfAbsent(ref.value(), ref);
        }
        return List.copyOf(byId.values());
    }

    private static MemberRef memberRef(AttributeDefinition members, JsonValue element) {
        if (element.getValueType() != ValueType.OBJECT
                || !(CaseInsensitiveJson.get(element.asJsonObject(), "value") instanceof JsonString id)
                || id.getString().isBlank()) {
            throw ScimException.invalidValue("Each member must be an object with the member's id as 'value'");
        }
        JsonObject object = element.asJsonObject();
        // $ref is not kept: Entra sends it as null and the store derives it from the id.
        return new MemberRef(id.getString(), memberType(members, object), optionalString(object, "display"));
    }

    /** {@code type} in the schema's canonical spelling ({@code User}, {@code Group}) when the client sent one. */
    private static Optional<String> memberType(AttributeDefinition members, JsonObject object) {
        Optional<String> type = optionalString(object, "type");
        if (type.isEmpty()) {
            return type;
        }
        List<String> canonical = members.subAttribute("type")
                .map(AttributeDefinition::canonicalValues)
                .orElse(List.of());
        if (canonical.isEmpty()) {
            return type;
        }
        return Optional.of(canonical.stream()
                .filter(c -> c.equalsIgnoreCase(type.get()))
                .findFirst()
                .orElseThrow(() -> ScimException.invalidValue(
                        "Member type must be one of " + canonical + ", not '" + type.get() + "'")));
    }

    private static Optional<String> optionalString(JsonObject object, String name) {
        JsonValue value = CaseInsensitiveJson.get(object, name);
        if (value == null || value.getValueType() == ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw ScimException.invalidValue("Attribute 'members." + name + "' must be a string");
        }
        return Optional.of(text.getString());
    }

    /** Appends a change, folding it into the previous one when both add or both remove. */
    private void record(MembershipChange change) {
        MembershipChange last = changes.isEmpty() ? null : changes.get(changes.size() - 1);
        if (change instanceof AddMembers add && add.members().isEmpty()) {
            return;
        }
        if (change instanceof RemoveMembers remove && remove.ids().isEmpty()) {
            return;
        }
        if (last instanceof AddMembers previous && change instanceof AddMembers next) {
            Map<String, MemberRef> byId = new LinkedHashMap<>();
            previous.members().forEach(m -> byId.putIfAbsent(m.value(), m));
            next.members().forEach(m -> byId.putIfAbsent(m.value(), m));
            changes.set(changes.size() - 1, new AddMembers(List.copyOf(byId.values())));
        } else if (last instanceof RemoveMembers previous && change instanceof RemoveMembers next) {
            Set<String> ids = new LinkedHashSet<>(previous.ids());
            ids.addAll(next.ids());
            changes.set(changes.size() - 1, new RemoveMembers(ids));
        } else {
            changes.add(change);
        }
    }
}
