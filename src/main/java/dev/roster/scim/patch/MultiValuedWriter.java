package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Operations on multi-valued attributes ({@code emails}, {@code phoneNumbers}, {@code roles}…), RFC 7644 section
 * 3.5.2: add appends (skipping exact duplicates), replace swaps the whole list, filtered paths act on the matching
 * elements. When a filtered add/replace matches nothing, the element is created from the filter's {@code eq}
 * conditions, which Entra relies on ({@code emails[type eq "work"].value} on a user without a work email).
 */
final class MultiValuedWriter {

    private MultiValuedWriter() {}

    static void apply(WorkingDocument document, PatchOp op, Target.Attribute target, JsonValue value) {
        AttributeDefinition attribute = target.attribute();
        JsonValue current = document.get(target.container(), attribute.name());
        Elements elements = new Elements(attribute, current);
        if (target.isFiltered()) {
            applyToMatching(op, target, elements, matching(target, elements), value);
        } else if (target.subAttribute() != null) {
            applyToMatching(op, target, elements, elements.allIndexes(), value);
        } else {
            applyToWhole(op, attribute, elements, value);
        }
        elements.keepOnePrimary();
        JsonValue next = elements.toJson();
        if (op != PatchOp.ADD && !target.isFiltered() && target.subAttribute() == null) {
            MutabilityGuard.checkChange(attribute, attribute.name(), current, next);
        }
        document.put(target.container(), attribute.name(), next);
    }

    private static void applyToWhole(PatchOp op, AttributeDefinition attribute, Elements elements, JsonValue value) {
        if (op == PatchOp.REMOVE) {
            elements.clear();
            return;
        }
        if (op == PatchOp.REPLACE) {
            elements.clear();
        }
        JsonValue checked = ValueChecker.attributeValue(attribute, value);
        if (checked.getValueType() == ValueType.ARRAY) {
            checked.asJsonArray().forEach(elements::addUnlessPresent);
        }
    }

    private static void applyToMatching(
            PatchOp op, Target.Attribute target, Elements elements, List<Integer> matches, JsonValue value) {
        if (op == PatchOp.REMOVE && target.subAttribute() == null) {
            elements.removeAll(matches); // nothing matched: nothing to do, IdPs remove what is already gone
            return;
        }
        JsonObject changes = changes(op, target, value);
        if (matches.isEmpty() && op != PatchOp.REMOVE) {
            elements.add(ComplexValues.withoutNulls(ComplexValues.merge(target.attribute(), seed(target), changes)));
            return;
        }
        for (int index : matches) {
            elements.merge(index, changes);
        }
        if (op == PatchOp.REMOVE) {
            elements.dropHollow(matches);
        }
    }

    /** The sub-attributes an operation on matching elements writes; for remove, the one it clears. */
    private static JsonObject changes(PatchOp op, Target.Attribute target, JsonValue value) {
        AttributeDefinition attribute = target.attribute();
        AttributeDefinition sub = target.subAttribute();
        if (sub != null) {
            JsonValue subValue =
                    op == PatchOp.REMOVE ? JsonValue.NULL : ValueChecker.subAttributeValue(attribute, sub, value);
            return CachedJson.createObjectBuilder().add(sub.name(), subValue).build();
        }
        JsonValue element =
                value.getValueType() == ValueType.ARRAY && value.asJsonArray().size() == 1
                        ? value.asJsonArray().get(0)
                        : value; // one element sent as a one-element array
        if (!attribute.isComplex() || element.getValueType() != ValueType.OBJECT) {
            throw ScimException.invalidValue(
                    "The value for '" + attribute.name() + "[…]' must be an object of sub-attributes");
        }
        return ValueChecker.element(attribute, element, attribute.name()).asJsonObject();
    }

    /** What a new element starts from: the filter's eq conditions, or nothing for {@code attr.sub} on no elements. */
    private static JsonObject seed(Target.Attribute target) {
        if (!target.isFiltered()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        Optional<JsonObject> seed = FilterSeed.from(target.attribute(), target.filter());
        return seed.orElseThrow(
                () -> ScimException.noTarget(
                        "No value of '" + target.attribute().name()
                                + "' matches the filter, and a new one can only be created from 'eq' conditions joined by 'and'"));
    }

    private static List<Integer> matching(Target.Attribute target, Elements elements) {
        Filter filter = target.filter();
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            JsonValue element = elements.get(i);
            if (element.getValueType() == ValueType.OBJECT
                    && ElementMatcher.matches(target.attribute(), filter, element.asJsonObject())) {
                matches.add(i);
            }
        }
        return matches;
    }

    /** The working list of one attribute's elements, remembering which ones this operation wrote. */
    private static final class Elements {

        private final AttributeDefinition attribute;
        private final List<JsonValue> values = new ArrayList<>();
        private final List<JsonValue> written = new ArrayList<>();

        Elements(AttributeDefinition attribute, JsonValue current) {
            this.attribute = attribute;
            if (current != null && current.getValueType() == ValueType.ARRAY) {
                values.addAll(current.asJsonArray());
            } else if (!WorkingDocument.isUnassigned(current)) {
                values.add(current); // a lone value stored where an array belongs: treat it as one element
            }
        }

        int size() {
            return values.size();
        }

        JsonValue get(int index) {
            return values.get(index);
        }

        /** Every element that can take a sub-attribute (all of them in a well-formed document). */
        List<Integer> allIndexes() {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).getValueType() == ValueType.OBJECT) {
                    indexes.add(i);
                }
            }
            return indexes;
        }

        void clear() {
            values.clear();
        }

        void add(JsonValue element) {
            values.add(element);
            written.add(element);
        }

        /** RFC 7644 section 3.5.2.1: an add of a value that is already there does not duplicate it. */
        void addUnlessPresent(JsonValue element) {
            JsonValue clean = element.getValueType() == ValueType.OBJECT
                    ? ComplexValues.withoutNulls(element.asJsonObject())
                    : element;
            if (!values.contains(clean)) {
                values.add(clean);
            }
            written.add(clean);
        }

        void merge(int index, JsonObject changes) {
            JsonObject merged = ComplexValues.merge(attribute, values.get(index).asJsonObject(), changes);
            values.set(index, merged);
            written.add(merged);
        }

        void removeAll(List<Integer> indexes) {
            for (int i = indexes.size() - 1; i >= 0; i--) {
                values.remove((int) indexes.get(i));
            }
        }

        /**
         * After a sub-attribute was removed, drops elements left empty or without their {@code value}: an email
         * without an address means nothing, and Entra clears {@code emails[type eq "work"].value} to delete it.
         */
        void dropHollow(List<Integer> indexes) {
            boolean hasValue = attribute.subAttribute("value").isPresent();
            List<Integer> hollow = indexes.stream()
                    .filter(i -> {
                        JsonObject element = values.get(i).asJsonObject();
                        return element.isEmpty() || (hasValue && CaseInsensitiveJson.get(element, "value") == null);
                    })
                    .toList();
            removeAll(hollow);
        }

        /**
         * RFC 7643 section 2.4: "primary" is true for at most one value. The value this operation marked primary
         * last wins; the others lose the flag.
         */
        void keepOnePrimary() {
            if (attribute.subAttribute("primary").isEmpty()) {
                return;
            }
            JsonValue winner = null;
            for (JsonValue element : written) {
                if (isPrimary(element) && values.contains(element)) {
                    winner = element;
                }
            }
            if (winner == null) {
                return;
            }
            int winnerIndex = values.lastIndexOf(winner);
            for (int i = 0; i < values.size(); i++) {
                if (i != winnerIndex && isPrimary(values.get(i))) {
                    values.set(i, CaseInsensitiveJson.with(values.get(i).asJsonObject(), "primary", JsonValue.FALSE));
                }
            }
        }

        private static boolean isPrimary(JsonValue element) {
            return element.getValueType() == ValueType.OBJECT
                    && JsonValue.TRUE.equals(CaseInsensitiveJson.get(element.asJsonObject(), "primary"));
        }

        JsonValue toJson() {
            if (values.isEmpty()) {
                return JsonValue.NULL;
            }
            JsonArrayBuilder array = CachedJson.createArrayBuilder();
            values.forEach(array::add);
            return array.build();
        }
    }
}
