package dev.roster.scim.schema;

import dev.roster.json.CachedJson;
import dev.roster.json.WireName;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one RFC 7643 section 8.7.1 schema document into a {@link SchemaDefinition}.
 *
 * <p>Deliberately strict: every characteristic must be spelled out and unknown keys are rejected, because the
 * documents are ours and a typo such as {@code "mutabilty"} would otherwise silently fall back to a default
 * and change what clients may write. Every failure names the document and the attribute.
 */
final class SchemaDocumentReader {

    private static final Set<String> DOCUMENT_KEYS =
            Set.of("id", "name", "description", "attributes", "schemas", "meta");
    private static final Set<String> ATTRIBUTE_KEYS = Set.of(
            "name",
            "type",
            "multiValued",
            "description",
            "required",
            "caseExact",
            "mutability",
            "returned",
            "uniqueness",
            "canonicalValues",
            "referenceTypes",
            "subAttributes");

    private final String source;
    private final boolean describesDiscovery;

    private SchemaDocumentReader(String source, boolean describesDiscovery) {
        this.source = source;
        this.describesDiscovery = describesDiscovery;
    }

    /** Reads the classpath resource at {@code resourcePath}, a resource schema. */
    static SchemaDefinition readResource(String resourcePath) {
        return readResource(resourcePath, false);
    }

    /**
     * Reads the schema of a discovery document (RFC 7643 sections 5 to 7). Such a schema only describes what
     * {@code /Schemas} and its neighbours return, so it may do what RFC 7643 section 8.7.2 itself does for the
     * Schema schema and nest a complex attribute ({@code attributes.subAttributes}); resource schemas may not.
     */
    static SchemaDefinition readDiscoveryResource(String resourcePath) {
        return readResource(resourcePath, true);
    }

    private static SchemaDefinition readResource(String resourcePath, boolean describesDiscovery) {
        InputStream in = SchemaDocumentReader.class.getResourceAsStream(resourcePath);
        if (in == null) {
            throw new SchemaDocumentException("schema document " + resourcePath + " is missing from the classpath");
        }
        try (JsonReader reader = CachedJson.createReader(in)) {
            return new SchemaDocumentReader(resourcePath, describesDiscovery).schema(reader.readObject());
        } catch (JsonException e) {
            throw new SchemaDocumentException(
                    "schema document " + resourcePath + " is not a valid JSON object: " + e.getMessage(), e);
        }
    }

    /** Reads an already parsed resource schema; {@code source} only names it in error messages. */
    static SchemaDefinition read(String source, JsonObject document) {
        return new SchemaDocumentReader(source, false).schema(document);
    }

    private SchemaDefinition schema(JsonObject document) {
        rejectUnknownKeys(document, DOCUMENT_KEYS, "the document");
        String id = requiredString(document, "id", "the document");
        String name = requiredString(document, "name", id);
        String description = requiredString(document, "description", id);
        List<AttributeDefinition> attributes = attributes(requiredArray(document, "attributes", id), id);
        if (attributes.isEmpty()) {
            throw fail(id + " has no attributes");
        }
        return new SchemaDefinition(id, name, description, attributes);
    }

    private List<AttributeDefinition> attributes(JsonArray array, String owner) {
        List<AttributeDefinition> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonValue element : array) {
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                throw fail(owner + " has an attribute that is not a JSON object");
            }
            AttributeDefinition attribute = attribute(element.asJsonObject(), owner);
            // Names are case-insensitive on the wire, so two spellings of one name would be ambiguous.
            if (!seen.add(attribute.name().toLowerCase(Locale.ROOT))) {
                throw fail(owner + " defines attribute " + attribute.name() + " twice");
            }
            result.add(attribute);
        }
        return result;
    }

    private AttributeDefinition attribute(JsonObject json, String owner) {
        String name = requiredString(json, "name", owner);
        String where = owner + " attribute " + name;
        rejectUnknownKeys(json, ATTRIBUTE_KEYS, where);
        AttributeType type = constantAt(json, "type", AttributeType.class, "attribute type", where);
        List<AttributeDefinition> subAttributes = json.containsKey("subAttributes")
                ? attributes(requiredArray(json, "subAttributes", where), where)
                : List.of();
        if (type == AttributeType.COMPLEX && subAttributes.isEmpty()) {
            throw fail(where + " is complex but has no subAttributes");
        }
        if (type != AttributeType.COMPLEX && !subAttributes.isEmpty()) {
            throw fail(where + " has subAttributes but is of type " + type.wireName());
        }
        if (!describesDiscovery && subAttributes.stream().anyMatch(AttributeDefinition::isComplex)) {
            throw fail(where + " nests a complex attribute, which RFC 7643 section 2.3.8 forbids");
        }
        List<String> referenceTypes = json.containsKey("referenceTypes")
                ? strings(requiredArray(json, "referenceTypes", where), where)
                : List.of();
        if (type == AttributeType.REFERENCE && referenceTypes.isEmpty()) {
            throw fail(where + " is a reference without referenceTypes");
        }
        return new AttributeDefinition(
                name,
                type,
                requiredBoolean(json, "multiValued", where),
                requiredString(json, "description", where),
                requiredBoolean(json, "required", where),
                requiredBoolean(json, "caseExact", where),
                constantAt(json, "mutability", Mutability.class, "mutability", where),
                constantAt(json, "returned", Returned.class, "returned", where),
                constantAt(json, "uniqueness", Uniqueness.class, "uniqueness", where),
                json.containsKey("canonicalValues")
                        ? strings(requiredArray(json, "canonicalValues", where), where)
                        : List.of(),
                referenceTypes,
                subAttributes);
    }

    private void rejectUnknownKeys(JsonObject json, Set<String> allowed, String where) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw fail(where + " has unknown key \"" + key + "\"");
            }
        }
    }

    private String requiredString(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null
                || value.getValueType() != JsonValue.ValueType.STRING
                || ((JsonString) value).getString().isBlank()) {
            throw fail(where + " needs a non-blank string \"" + key + "\"");
        }
        return ((JsonString) value).getString();
    }

    private boolean requiredBoolean(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value != null && value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value != null && value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw fail(where + " needs a boolean \"" + key + "\"");
    }

    private JsonArray requiredArray(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw fail(where + " needs an array \"" + key + "\"");
        }
        return value.asJsonArray();
    }

    private List<String> strings(JsonArray array, String where) {
        List<String> result = new ArrayList<>();
        for (JsonValue value : array) {
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw fail(where + " has a non-string entry in a list of strings");
            }
            result.add(((JsonString) value).getString());
        }
        return result;
    }

    /** The constant of {@code type} whose wire name (ignoring case) is the string at {@code key}. */
    private <E extends Enum<E> & WireName> E constantAt(
            JsonObject json, String key, Class<E> type, String what, String where) {
        String name = requiredString(json, key, where);
        return WireName.find(type, name).orElseThrow(() -> fail(where + ": unknown " + what + " " + name));
    }

    private SchemaDocumentException fail(String message) {
        return new SchemaDocumentException("schema document " + source + ": " + message);
    }
}
