package dev.roster.scim.patch;

import dev.roster.json.CachedJson;
import dev.roster.scim.filter.ComparisonOperator;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The element a value filter describes, for a filtered add/replace that matched nothing:
 * {@code emails[type eq "work"]} describes {@code {"type":"work"}}. Only {@code eq} comparisons joined by
 * {@code and} describe one element unambiguously; anything else ({@code or}, {@code ne}, {@code pr}) does not.
 */
final class FilterSeed {

    private FilterSeed() {}

    static Optional<JsonObject> from(AttributeDefinition attribute, Filter filter) {
        Map<String, JsonValue> conditions = new LinkedHashMap<>();
        if (!collect(attribute, filter, conditions)) {
            return Optional.empty();
        }
        JsonObjectBuilder seed = CachedJson.createObjectBuilder();
        conditions.forEach(seed::add);
        return Optional.of(seed.build());
    }

    private static boolean collect(AttributeDefinition attribute, Filter filter, Map<String, JsonValue> conditions) {
        if (filter instanceof Filter.And and) {
            return collect(attribute, and.left(), conditions) && collect(attribute, and.right(), conditions);
        }
        if (!(filter instanceof Filter.Comparison comparison)
                || comparison.operator() != ComparisonOperator.EQ
                || comparison.path().hasSubAttribute()
                || comparison.path().schemaUrn() != null) {
            return false;
        }
        Optional<AttributeDefinition> sub =
                attribute.subAttribute(comparison.path().attribute());
        if (sub.isEmpty() || sub.get().isReadOnly()) {
            return false;
        }
        JsonValue value = ValueChecker.subAttributeValue(attribute, sub.get(), comparison.value());
        if (value == JsonValue.NULL) {
            return false;
        }
        JsonValue earlier = conditions.putIfAbsent(sub.get().name(), value);
        return earlier == null || earlier.equals(value); // type eq "a" and type eq "b" describes nothing
    }
}
