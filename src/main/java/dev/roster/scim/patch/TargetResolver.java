package dev.roster.scim.patch;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.PatchPath;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.Mutability;
import dev.roster.scim.schema.ResolvedAttribute;
import java.util.Optional;

/**
 * Resolves PATCH paths against the schema. Explicit paths are strict (unknown attribute → invalidPath, readOnly
 * → mutability); keys of a path-less value are lenient (unknown and readOnly keys are skipped, the way a PUT
 * ignores them, because Okta sends {@code id} alongside the attributes it changes).
 */
final class TargetResolver {

    private final ResourceSchema schema;
    private final WorkingDocument document;

    TargetResolver(ResourceSchema schema, WorkingDocument document) {
        this.schema = schema;
        this.document = document;
    }

    Target resolve(PatchPath path) {
        AttributePath attributePath = path.attribute();
        if (attributePath.hasSubAttribute() && path.hasValueFilter()) {
            throw ScimException.invalidPath("'" + attributePath + "' cannot be followed by a filter");
        }
        Optional<Target> extensionObject = wholeExtension(path);
        if (extensionObject.isPresent()) {
            return extensionObject.get();
        }
        Optional<ResolvedAttribute> resolved = schema.resolve(attributePath.parent());
        if (resolved.isEmpty()) {
            return unresolved(path);
        }
        AttributeDefinition attribute = resolved.get().attribute();
        AttributeDefinition sub = subAttribute(attribute, subAttributeName(path));
        if (schema.isGroupMembers(resolved.get())) {
            return new Target.Members(attribute, path.valueFilter(), sub);
        }
        if (isWriteOnly(attribute) || isWriteOnly(sub)) {
            return new Target.Discarded(attribute.name());
        }
        if (attribute.isReadOnly() || (sub != null && sub.isReadOnly())) {
            String name = sub == null ? attribute.name() : attribute.name() + "." + sub.name();
            throw ScimException.mutability("Attribute '" + name + "' is readOnly");
        }
        if (path.hasValueFilter() && !attribute.multiValued()) {
            throw ScimException.invalidPath("'" + attribute.name() + "' is single-valued and cannot take a filter");
        }
        return new Target.Attribute(container(resolved.get()), attribute, path.valueFilter(), sub);
    }

    /** The target of one key of a path-less value, or empty when the key is to be skipped. */
    Optional<Target> resolveValueKey(AttributePath key) {
        Optional<ResolvedAttribute> resolved = schema.resolve(key);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        AttributeDefinition attribute = resolved.get().attribute();
        if (schema.isGroupMembers(resolved.get())) {
            return Optional.of(new Target.Members(attribute, null, null));
        }
        if (attribute.isReadOnly() || isWriteOnly(attribute)) {
            return Optional.empty();
        }
        return Optional.of(Target.Attribute.whole(container(resolved.get()), attribute));
    }

    private String container(ResolvedAttribute resolved) {
        return resolved.inExtension(schema.type()) ? resolved.schema().id() : null;
    }

    /** A path that is just a schema URN ({@code urn:…:enterprise:2.0:User}) names the whole extension object. */
    private Optional<Target> wholeExtension(PatchPath path) {
        AttributePath attributePath = path.attribute();
        if (path.hasValueFilter() || attributePath.hasSubAttribute()) {
            return Optional.empty();
        }
        String urn = attributePath.toString();
        if (schema.extension(urn).isPresent()) {
            return Optional.of(
                    new Target.ExtensionObject(schema.extension(urn).get().id(), true));
        }
        if (isUnregisteredUrn(urn) && document.hasExtension(urn)) {
            return Optional.of(new Target.ExtensionObject(urn, false));
        }
        return Optional.empty();
    }

    private Target unresolved(PatchPath path) {
        AttributePath attributePath = path.attribute();
        String urn = attributePath.schemaUrn();
        if (urn != null && isUnregisteredUrn(urn)) {
            if (path.hasValueFilter()) {
                throw ScimException.invalidPath(
                        "'" + attributePath + "' has no registered schema, so it cannot" + " take a filter");
            }
            return new Target.PlainAttribute(urn, attributePath.attribute(), attributePath.subAttribute());
        }
        throw ScimException.invalidPath("Unknown attribute '" + attributePath + "'");
    }

    private boolean isUnregisteredUrn(String urn) {
        return urn.regionMatches(true, 0, "urn:", 0, 4)
                && schema.registry().schema(urn).isEmpty()
                && !schema.isKnownSchema(urn);
    }

    private static String subAttributeName(PatchPath path) {
        return path.hasValueFilter() ? path.subAttribute() : path.attribute().subAttribute();
    }

    private static AttributeDefinition subAttribute(AttributeDefinition attribute, String name) {
        if (name == null) {
            return null;
        }
        return attribute
                .subAttribute(name)
                .orElseThrow(
                        () -> ScimException.invalidPath("Unknown attribute '" + attribute.name() + "." + name + "'"));
    }

    private static boolean isWriteOnly(AttributeDefinition definition) {
        return definition != null && definition.mutability() == Mutability.WRITE_ONLY;
    }
}
