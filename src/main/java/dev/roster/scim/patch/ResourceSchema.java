package dev.roster.scim.patch;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.ResolvedAttribute;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema view one PATCH works against: a resource type and the registry that resolves its attribute paths.
 * Shared by the quirk rewriters and the engine so both read the schema the same way.
 */
public record ResourceSchema(SchemaRegistry registry, ResourceTypeDefinition type) {

    public ResourceSchema {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(type, "type");
    }

    public Optional<ResolvedAttribute> resolve(AttributePath path) {
        return registry.resolve(type, path);
    }

    /** The innermost definition a path names (the sub-attribute for {@code a.b}), if the schema knows it. */
    public Optional<AttributeDefinition> definition(AttributePath path) {
        return resolve(path).map(ResolvedAttribute::target);
    }

    /** True when {@code urn} is the core schema of this resource type. */
    public boolean isCoreSchema(String urn) {
        return type.schema().id().equalsIgnoreCase(urn);
    }

    /** The extension schema with this URN, when it is registered for this resource type. */
    public Optional<SchemaDefinition> extension(String urn) {
        return type.extensions().stream()
                .map(ResourceTypeDefinition.SchemaExtension::schema)
                .filter(s -> s.id().equalsIgnoreCase(urn))
                .findFirst();
    }

    /** True for the core or a registered extension schema URN of this resource type. */
    public boolean isKnownSchema(String urn) {
        return isCoreSchema(urn) || extension(urn).isPresent();
    }

    /** True when the resolved attribute is Group {@code members}, which lives in the membership table. */
    public boolean isGroupMembers(ResolvedAttribute resolved) {
        return isCoreSchema(SchemaRegistry.GROUP_SCHEMA)
                && resolved.schema().id().equalsIgnoreCase(SchemaRegistry.GROUP_SCHEMA)
                && resolved.attribute().name().equalsIgnoreCase("members");
    }
}
