package dev.roster.directory.index;

import dev.roster.scim.schema.ResolvedAttribute;
import dev.roster.scim.schema.ResourceTypeDefinition;
import java.util.Locale;

/**
 * How attributes are named in {@code scim_attribute_value}: core attributes by their lower-cased name,
 * extension attributes by lower-cased {@code urn:name}, sub-attributes lower-cased or '' for none.
 * The indexer and the filter translator both use this, so they cannot disagree.
 */
public final class IndexedNames {

    private IndexedNames() {}

    public static String attr(ResourceTypeDefinition type, String schemaId, String attributeName) {
        String name = attributeName.toLowerCase(Locale.ROOT);
        return schemaId.equals(type.schema().id()) ? name : schemaId.toLowerCase(Locale.ROOT) + ":" + name;
    }

    public static String attr(ResourceTypeDefinition type, ResolvedAttribute resolved) {
        return attr(type, resolved.schema().id(), resolved.attribute().name());
    }

    public static String sub(String subAttributeName) {
        return subAttributeName == null ? "" : subAttributeName.toLowerCase(Locale.ROOT);
    }
}
