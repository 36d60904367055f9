package dev.roster.scim.schema;

import java.util.List;

/**
 * A resource type (RFC 7643 section 6): {@code User} at {@code /Users} with the core User schema and the
 * EnterpriseUser extension; {@code Group} at {@code /Groups}.
 */
public record ResourceTypeDefinition(
        String name, String endpoint, String description, SchemaDefinition schema, List<SchemaExtension> extensions) {

    public ResourceTypeDefinition {
        extensions = List.copyOf(extensions);
    }

    public record SchemaExtension(SchemaDefinition schema, boolean required) {}
}
