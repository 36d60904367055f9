package dev.roster.scim.patch;

import dev.roster.scim.filter.Filter;
import dev.roster.scim.schema.AttributeDefinition;
import jakarta.json.JsonObject;

/** Decides whether one element of a multi-valued attribute matches the value filter of a PATCH path. */
final class ElementMatcher {

    private final ResourceSchema schema;

    ElementMatcher(ResourceSchema schema) {
        this.schema = schema;
    }

    boolean matches(AttributeDefinition attribute, Filter filter, JsonObject element) {
        throw new UnsupportedOperationException("waiting for FilterEvaluator");
    }
}
