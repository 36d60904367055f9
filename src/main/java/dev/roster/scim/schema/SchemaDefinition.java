package dev.roster.scim.schema;

import java.util.List;
import java.util.Optional;

/** A schema (RFC 7643 section 7): its URN id, name, description and top-level attributes. */
public record SchemaDefinition(String id, String name, String description, List<AttributeDefinition> attributes) {

    public SchemaDefinition {
        attributes = List.copyOf(attributes);
    }

    /** Top-level attribute by case-insensitive name. */
    public Optional<AttributeDefinition> attribute(String attributeName) {
        return attributes.stream()
                .filter(a -> a.name().equalsIgnoreCase(attributeName))
                .findFirst();
    }
}
