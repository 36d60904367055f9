package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.AttributeType;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;

/**
 * Writes attribute definitions back in the RFC 7643 section 8.7.1 representation. Rendering from the parsed
 * model (rather than echoing the shipped files) guarantees /Schemas shows exactly what Roster enforces.
 */
final class SchemaRepresentation {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private SchemaRepresentation() {}

    static JsonArray attributes(List<AttributeDefinition> attributes) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        attributes.forEach(a -> array.add(attribute(a)));
        return array.build();
    }

    private static JsonObject attribute(AttributeDefinition a) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("name", a.name())
                .add("type", a.type().wireName())
                .add("multiValued", a.multiValued())
                .add("description", a.description())
                .add("required", a.required())
                .add("caseExact", a.caseExact())
                .add("mutability", a.mutability().wireName())
                .add("returned", a.returned().wireName())
                .add("uniqueness", a.uniqueness().wireName());
        if (!a.canonicalValues().isEmpty()) {
            json.add("canonicalValues", strings(a.canonicalValues()));
        }
        if (a.type() == AttributeType.REFERENCE) {
            json.add("referenceTypes", strings(a.referenceTypes()));
        }
        if (a.isComplex()) {
            json.add("subAttributes", attributes(a.subAttributes()));
        }
        return json.build();
    }

    private static JsonArray strings(List<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }
}
