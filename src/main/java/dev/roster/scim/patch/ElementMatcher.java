package dev.roster.scim.patch;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.CaseExactness;
import dev.roster.scim.filter.Filter;
import dev.roster.scim.filter.FilterEvaluator;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;

/**
 * Decides whether one element of a multi-valued attribute matches the value filter of a PATCH path, with the
 * schema's caseExact for each sub-attribute: {@code emails[type eq "Work"]} matches {@code "work"} (type is not
 * caseExact), {@code members[value eq "…"]} compares ids exactly.
 */
final class ElementMatcher {

    private ElementMatcher() {}

    /** @param filter paths relative to the element, as in {@code emails[type eq "work"]} */
    static boolean matches(AttributeDefinition attribute, Filter filter, JsonObject element) {
        return new FilterEvaluator(caseExactness(attribute)).matches(filter, element);
    }

    private static CaseExactness caseExactness(AttributeDefinition attribute) {
        return (AttributePath relative) -> relative.schemaUrn() == null
                && !relative.hasSubAttribute()
                && attribute
                        .subAttribute(relative.attribute())
                        .map(AttributeDefinition::caseExact)
                        .orElse(false);
    }
}
