package dev.roster.directory.query;

import dev.roster.directory.index.IndexedNames;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.ResolvedAttribute;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import dev.roster.scim.spi.ResourceType;
import java.util.Locale;

/**
 * Maps an attribute path of a filter or sortBy to where its values live: a column of the resource's table,
 * the membership table, or the attribute index. The column choices here must match what the store writes
 * and what {@link dev.roster.directory.index.AttributeIndexer} skips.
 */
final class FilterTargetResolver {

    private final ResourceType kind;
    private final ResourceTypeDefinition type;
    private final SchemaRegistry registry;

    FilterTargetResolver(ResourceType kind, SchemaRegistry registry) {
        this.kind = kind;
        this.type = kind.definition(registry);
        this.registry = registry;
    }

    ResourceTypeDefinition type() {
        return type;
    }

    FilterTarget resolve(AttributePath path) {
        ResolvedAttribute resolved = registry.resolve(type, path)
                .orElseThrow(
                        () -> ScimException.invalidFilter("Unknown attribute '" + path + "' for " + kind.scimName()));
        String schemaId = resolved.schema().id();
        String name = resolved.attribute().name().toLowerCase(Locale.ROOT);
        String sub = resolved.subAttribute() == null
                ? null
                : resolved.subAttribute().name().toLowerCase(Locale.ROOT);
        if (schemaId.equals(SchemaRegistry.COMMON_SCHEMA)) {
            return common(path, name, sub);
        }
        if (schemaId.equals(type.schema().id())) {
            FilterTarget special = coreColumn(name, sub);
            if (special != null) {
                return special;
            }
        }
        return indexed(path, resolved);
    }

    private FilterTarget common(AttributePath path, String name, String sub) {
        switch (name) {
            case "id":
                return new FilterTarget.Column("r.id", ValueKind.TEXT_EXACT, false);
            case "externalid":
                return new FilterTarget.Column("r.external_id", ValueKind.TEXT_EXACT, true);
            case "meta":
                if ("created".equals(sub)) {
                    return new FilterTarget.Column("r.created_at", ValueKind.DATE_TIME, false);
                }
                if ("lastmodified".equals(sub)) {
                    return new FilterTarget.Column("r.modified_at", ValueKind.DATE_TIME, false);
                }
                if ("resourcetype".equals(sub)) {
                    return new FilterTarget.Constant(kind.scimName());
                }
                throw ScimException.invalidFilter("Filtering on '" + path + "' is not supported");
            default:
                throw ScimException.invalidFilter("Filtering on '" + path + "' is not supported");
        }
    }

    private FilterTarget coreColumn(String name, String sub) {
        if (kind == ResourceType.USER) {
            return switch (name) {
                case "username" -> new FilterTarget.Column("r.user_name_ci", ValueKind.TEXT_CI, false);
                case "active" -> new FilterTarget.Column("r.active", ValueKind.BOOLEAN, false);
                case "groups" -> new FilterTarget.Membership(FilterTarget.MembershipSide.USER_GROUPS, sub);
                default -> null;
            };
        }
        return switch (name) {
            case "displayname" -> new FilterTarget.Column("r.display_name_ci", ValueKind.TEXT_CI, false);
            case "members" -> new FilterTarget.Membership(FilterTarget.MembershipSide.GROUP_MEMBERS, sub);
            default -> null;
        };
    }

    private FilterTarget indexed(AttributePath path, ResolvedAttribute resolved) {
        String attr = IndexedNames.attr(type, resolved);
        AttributeDefinition attribute = resolved.attribute();
        AttributeDefinition target = resolved.subAttribute();
        if (target == null && attribute.isComplex()) {
            // RFC 7644 3.4.2.2: a filter on a multi-valued complex attribute without a sub-attribute means its value.
            target = attribute.subAttribute("value").orElse(null);
            if (target == null) {
                return new FilterTarget.Indexed(attr, null, null, attribute);
            }
        }
        if (target == null) {
            target = attribute;
        }
        return new FilterTarget.Indexed(
                attr, target == attribute ? "" : IndexedNames.sub(target.name()), kindOf(target, path), target);
    }

    /** The complex attribute a value path {@code attr[...]} filters the elements of. */
    AttributeDefinition complexAttribute(AttributePath path) {
        ResolvedAttribute resolved = registry.resolve(type, path.parent())
                .orElseThrow(
                        () -> ScimException.invalidFilter("Unknown attribute '" + path + "' for " + kind.scimName()));
        if (!resolved.attribute().isComplex()) {
            throw ScimException.invalidFilter("'" + path + "' has no sub-attributes to filter on");
        }
        return resolved.attribute();
    }

    static ValueKind kindOf(AttributeDefinition definition, AttributePath path) {
        return switch (definition.type()) {
            case STRING, REFERENCE -> definition.caseExact() ? ValueKind.TEXT_EXACT : ValueKind.TEXT_CI;
            case BOOLEAN -> ValueKind.BOOLEAN;
            case INTEGER, DECIMAL -> ValueKind.NUMBER;
            case DATE_TIME -> ValueKind.DATE_TIME;
            case BINARY, COMPLEX -> throw ScimException.invalidFilter("'" + path + "' cannot be compared");
        };
    }
}
