package dev.roster.scim.schema;

/**
 * What an {@link dev.roster.scim.filter.AttributePath} names in a resource type.
 *
 * @param schema       the schema the attribute belongs to (core, an extension, or the common attributes)
 * @param attribute    the top-level attribute
 * @param subAttribute the sub-attribute, or null when the path names the top-level attribute
 */
public record ResolvedAttribute(
        SchemaDefinition schema, AttributeDefinition attribute, AttributeDefinition subAttribute) {

    /** The innermost definition the path names. */
    public AttributeDefinition target() {
        return subAttribute != null ? subAttribute : attribute;
    }

    /** True for attributes of an extension schema (their JSON lives under the schema URN key). */
    public boolean inExtension(ResourceTypeDefinition type) {
        return !schema.id().equals(type.schema().id()) && !schema.id().equals(SchemaRegistry.COMMON_SCHEMA);
    }
}
