package dev.roster.scim.resources;

import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the RFC 7644 section 3.4.2.5 {@code attributes} and {@code excludedAttributes} query parameters into
 * a {@link Projection} that shapes every resource of a response. Parse once per request, apply to each
 * resource of the page.
 *
 * <p>Accepted names (case-insensitive): {@code userName}, {@code name.givenName}, {@code meta.created},
 * {@code urn:ietf:params:scim:schemas:core:2.0:User:userName} (same as {@code userName}),
 * {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User} (the whole extension),
 * {@code urn:…:enterprise:2.0:User:manager.value}, an unqualified extension attribute ({@code department}),
 * and the URN of an extension Roster does not know (matched against the resource's own keys).
 * A value filter ({@code emails[type eq "work"]}) counts as its attribute name. Unknown names and empty
 * elements are ignored, never an error: the parameters only narrow the answer.
 */
public final class AttributeProjection {

    private final SchemaRegistry registry;

    /**
     * Most requests name no attributes: their projection is built once per resource type (it is immutable).
     * Keyed by the type's name: hashing the type record would walk its whole schema on every request.
     */
    private final Map<String, Projection> defaults = new ConcurrentHashMap<>();

    /** @param registry resolves short extension names and supplies the common attributes (id, meta) */
    public AttributeProjection(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * Builds the projection for one request.
     *
     * @param type               the resource type of the resources it will be applied to
     * @param attributes         the raw {@code attributes} parameter, or null/blank when absent
     * @param excludedAttributes the raw {@code excludedAttributes} parameter, or null/blank when absent; when both
     *                           are given, exclusions are applied to what {@code attributes} selected
     */
    public Projection parse(ResourceTypeDefinition type, String attributes, String excludedAttributes) {
        if (isBlank(attributes) && isBlank(excludedAttributes)) {
            return defaults.computeIfAbsent(type.name(), name -> build(type, null, null));
        }
        return build(type, attributes, excludedAttributes);
    }

    private static boolean isBlank(String parameter) {
        return parameter == null || parameter.isBlank();
    }

    private Projection build(ResourceTypeDefinition type, String attributes, String excludedAttributes) {
        List<String> included = AttributeListParser.names(attributes);
        Paths include = paths(type, included);
        Paths exclude = paths(type, AttributeListParser.names(excludedAttributes));
        // An attributes parameter naming only unknown attributes still narrows the answer to the
        // returned:always attributes, so "present" is decided on the names, not on what resolved.
        Selection includeTree = included.isEmpty() ? null : include.tree.build();
        return new Projection(
                type, registry.common(), includeTree, exclude.tree.build(), include.unknownUrns, exclude.unknownUrns);
    }

    /** Default projection: everything but returned:never and returned:request attributes. */
    public Projection defaults(ResourceTypeDefinition type) {
        return parse(type, null, null);
    }

    /** JSON key paths of known attributes, plus names under URNs Roster does not know (resolved per resource). */
    private static final class Paths {
        final Selection.Builder tree = new Selection.Builder();
        final List<String> unknownUrns = new ArrayList<>();
    }

    private Paths paths(ResourceTypeDefinition type, List<String> names) {
        Paths paths = new Paths();
        for (String name : names) {
            if (AttributeNames.isUrn(name)) {
                addQualified(type, name, paths);
            } else {
                addUnqualified(type, name, paths);
            }
        }
        return paths;
    }

    private void addQualified(ResourceTypeDefinition type, String name, Paths paths) {
        Optional<SchemaDefinition> owner = knownSchemas(type).stream()
                .filter(s -> name.equalsIgnoreCase(s.id()) || AttributeNames.qualifiedBy(name, s.id()))
                .findFirst();
        if (owner.isEmpty()) {
            paths.unknownUrns.add(AttributeNames.lower(name));
            return;
        }
        SchemaDefinition schema = owner.get();
        boolean core = schema.id().equals(type.schema().id());
        if (name.length() == schema.id().length()) {
            // The whole schema: the extension object, or for the core URN every core attribute.
            if (core) {
                schema.attributes().forEach(a -> paths.tree.add(List.of(a.name())));
            } else {
                paths.tree.add(List.of(schema.id()));
            }
            return;
        }
        List<String> rest = AttributeNames.dotted(name.substring(schema.id().length() + 1));
        if (rest.isEmpty()) {
            return; // "urn:…:User:" names nothing
        }
        paths.tree.add(core ? rest : AttributeNames.prefixed(schema.id(), rest));
    }

    private void addUnqualified(ResourceTypeDefinition type, String name, Paths paths) {
        List<String> path = AttributeNames.dotted(name);
        if (path.isEmpty()) {
            return;
        }
        // Extension attributes live under their URN key in the JSON, so a short name must find its schema.
        String extensionId = registry.resolve(type, AttributePath.of(path.get(0)))
                .filter(r -> r.inExtension(type))
                .map(r -> r.schema().id())
                .orElse(null);
        paths.tree.add(extensionId == null ? path : AttributeNames.prefixed(extensionId, path));
    }

    /** Core first, then extensions, longest URN first so a URN that prefixes another cannot steal its names. */
    private static List<SchemaDefinition> knownSchemas(ResourceTypeDefinition type) {
        List<SchemaDefinition> schemas = new ArrayList<>();
        schemas.add(type.schema());
        type.extensions().forEach(e -> schemas.add(e.schema()));
        schemas.sort(
                Comparator.comparingInt((SchemaDefinition s) -> s.id().length()).reversed());
        return schemas;
    }
}
