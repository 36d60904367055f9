package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.Returned;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable, parsed {@code attributes} / {@code excludedAttributes} pair for one resource type (built by
 * {@link AttributeProjection}). Thread-safe; apply it to every resource of a response.
 *
 * <p>Rules (RFC 7643 section 7, RFC 7644 section 3.4.2.5): {@code returned:never} (password) is never emitted;
 * {@code returned:always} (id, schemas) always is, whatever the parameters say; {@code returned:request} only
 * when named in {@code attributes}; {@code returned:default} unless {@code attributes} leaves it out or
 * {@code excludedAttributes} names it. {@code meta} is default, so {@code attributes=userName} drops it.
 * Complex values and multi-valued elements left empty by a sub-attribute selection disappear.
 */
public final class Projection {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    /** Top-level definitions by lower-cased name: core attributes, common attributes, schemas. */
    private final Map<String, AttributeDefinition> topLevel;
    /** Known extension schemas by lower-cased URN (the key their object has in the resource). */
    private final Map<String, SchemaDefinition> extensions;

    private final Selection rootCoverage;
    private final Selection excluded;
    private final List<String> unknownUrnIncludes;
    private final List<String> unknownUrnExcludes;

    Projection(
            ResourceTypeDefinition type,
            SchemaDefinition common,
            Selection included,
            Selection excluded,
            List<String> unknownUrnIncludes,
            List<String> unknownUrnExcludes) {
        Map<String, AttributeDefinition> names = new HashMap<>();
        common.attributes().forEach(a -> names.put(AttributeNames.lower(a.name()), a));
        type.schema().attributes().forEach(a -> names.put(AttributeNames.lower(a.name()), a));
        names.put("schemas", SchemaRegistry.SCHEMAS_ATTRIBUTE);
        this.topLevel = Map.copyOf(names);
        Map<String, SchemaDefinition> urns = new HashMap<>();
        type.extensions().forEach(e -> urns.put(AttributeNames.lower(e.schema().id()), e.schema()));
        this.extensions = Map.copyOf(urns);
        this.rootCoverage = included == null ? Selection.DEFAULTS : included;
        this.excluded = excluded;
        this.unknownUrnIncludes = List.copyOf(unknownUrnIncludes);
        this.unknownUrnExcludes = List.copyOf(unknownUrnExcludes);
    }

    /**
     * Whether a top-level core attribute would appear in the output (when it has a value). Lets callers skip
     * computing attributes that live outside the document, such as a group's members, when they are excluded.
     */
    public boolean includes(String attribute) {
        String key = AttributeNames.lower(attribute);
        AttributeDefinition definition = topLevel.get(key);
        Returned returned = definition == null ? Returned.DEFAULT : definition.returned();
        if (returned == Returned.NEVER) {
            return false;
        }
        if (returned == Returned.ALWAYS) {
            return true;
        }
        Selection coverage = rootCoverage.coverageOf(key);
        if (coverage == null || (returned == Returned.REQUEST && coverage == Selection.DEFAULTS)) {
            return false;
        }
        Selection exclusion = excluded.child(key);
        return exclusion == null || !exclusion.isWhole();
    }

    /** The resource as the client asked to see it. The input is not changed. */
    public JsonObject apply(JsonObject resource) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : resource.entrySet()) {
            String key = entry.getKey();
            JsonValue projected = key.indexOf(':') >= 0
                    ? projectExtension(key, entry.getValue())
                    : projectValue(
                            topLevel.get(AttributeNames.lower(key)),
                            entry.getValue(),
                            rootCoverage.coverageOf(key),
                            excluded.child(key));
            if (projected != null) {
                out.add(key, projected);
            }
        }
        return out.build();
    }

    private JsonValue projectExtension(String key, JsonValue value) {
        String urn = AttributeNames.lower(key);
        SchemaDefinition schema = extensions.get(urn);
        Selection coverage;
        Selection exclusion;
        if (schema != null) {
            coverage = rootCoverage.coverageOf(urn);
            exclusion = excluded.child(urn);
        } else {
            // An extension Roster does not know (Okta custom attributes): match names against its key here.
            coverage = rootCoverage == Selection.DEFAULTS ? Selection.DEFAULTS : fromUrns(urn, unknownUrnIncludes);
            exclusion = fromUrns(urn, unknownUrnExcludes);
        }
        Function<String, AttributeDefinition> definitions =
                name -> schema == null ? null : schema.attribute(name).orElse(null);
        boolean hides = schema != null && hidesAny(schema.attributes(), coverage);
        return project(value, definitions, hides, coverage, exclusion);
    }

    private JsonValue projectValue(
            AttributeDefinition definition, JsonValue value, Selection coverage, Selection exclusion) {
        Returned returned = definition == null ? Returned.DEFAULT : definition.returned();
        if (returned == Returned.NEVER) {
            return null;
        }
        if (returned == Returned.ALWAYS) {
            coverage = Selection.WHOLE;
            exclusion = null;
        } else if (returned == Returned.REQUEST && coverage == Selection.DEFAULTS) {
            return null;
        }
        Function<String, AttributeDefinition> subDefinitions = name ->
                definition == null ? null : definition.subAttribute(name).orElse(null);
        return project(
                value,
                subDefinitions,
                definition != null && hidesAny(definition.subAttributes(), coverage),
                coverage,
                exclusion);
    }

    /** Shapes one value (scalar, object, or array) whose own returned characteristic has been honoured. */
    private JsonValue project(
            JsonValue value,
            Function<String, AttributeDefinition> children,
            boolean hidesChildren,
            Selection coverage,
            Selection exclusion) {
        if (coverage == null || (exclusion != null && exclusion.isWhole())) {
            return null;
        }
        boolean partial = coverage != Selection.WHOLE && coverage != Selection.DEFAULTS;
        boolean untouched = !partial && !hidesChildren && (exclusion == null || exclusion.isEmpty());
        if (untouched) {
            return value; // the common case on list pages: no copying
        }
        switch (value.getValueType()) {
            case OBJECT:
                return projectObject(value.asJsonObject(), children, coverage, exclusion);
            case ARRAY:
                JsonArrayBuilder elements = JSON.createArrayBuilder();
                boolean any = false;
                for (JsonValue element : value.asJsonArray()) {
                    JsonValue projected = element.getValueType() == JsonValue.ValueType.OBJECT
                            ? projectObject(element.asJsonObject(), children, coverage, exclusion)
                            : partial ? null : element;
                    if (projected != null) {
                        elements.add(projected);
                        any = true;
                    }
                }
                return any ? elements.build() : null;
            default:
                // A sub-attribute was asked of a simple value: there is nothing to return.
                return partial ? null : value;
        }
    }

    private JsonObject projectObject(
            JsonObject object,
            Function<String, AttributeDefinition> definitions,
            Selection coverage,
            Selection exclusion) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        boolean any = false;
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonValue projected = projectValue(
                    definitions.apply(key),
                    entry.getValue(),
                    coverage.coverageOf(key),
                    exclusion == null ? null : exclusion.child(key));
            if (projected != null) {
                out.add(key, projected);
                any = true;
            }
        }
        return any ? out.build() : null;
    }

    /** True when some attribute below must be removed even though its parent is fully covered. */
    private static boolean hidesAny(List<AttributeDefinition> attributes, Selection coverage) {
        for (AttributeDefinition attribute : attributes) {
            if (attribute.returned() == Returned.NEVER
                    || (attribute.returned() == Returned.REQUEST && coverage == Selection.DEFAULTS)
                    || hidesAny(attribute.subAttributes(), coverage)) {
                return true;
            }
        }
        return false;
    }

    /** Selection for an unknown extension key from names such as {@code urn:x:User} or {@code urn:x:User:a.b}. */
    private static Selection fromUrns(String urn, List<String> names) {
        Selection.Builder builder = new Selection.Builder();
        for (String name : names) {
            if (name.equals(urn)) {
                return Selection.WHOLE;
            }
            if (name.startsWith(urn + ":")) {
                List<String> path = AttributeNames.dotted(name.substring(urn.length() + 1));
                if (!path.isEmpty()) {
                    builder.add(path);
                }
            }
        }
        return builder.isEmpty() ? null : builder.build();
    }
}
