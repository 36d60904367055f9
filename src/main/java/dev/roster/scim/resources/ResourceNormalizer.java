package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.schema.AttributeDefinition;
import dev.roster.scim.schema.Mutability;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a client body (a POST or PUT body, or the result of applying a PATCH) into the canonical document
 * Roster stores for a resource type. Stateless and thread-safe.
 *
 * <p>What it does, and why:
 * <ul>
 * <li>Names take the schema's spelling, case-insensitively ({@code UserName} → {@code userName}), down to
 *     sub-attributes and extension attributes, so storage and filters see one spelling.</li>
 * <li>Read-only attributes ({@code id}, {@code meta}, {@code groups}, read-only sub-attributes) are dropped:
 *     Okta PUTs back whatever it read. {@code password} is dropped: Roster stores no passwords.</li>
 * <li>Unknown core attributes (a misspelling in a PUT) are dropped silently, as Microsoft's tests expect;
 *     unknown extension objects (any {@code urn:} key Roster has no schema for, such as Okta custom
 *     attributes) are kept unchanged and listed in {@code schemas}.</li>
 * <li>{@code schemas} is recomputed: core schema, known extensions present, then unknown extensions.</li>
 * <li>Values are type-checked ({@code invalidValue} naming the attribute); null and empty arrays mean
 *     unassigned and are left out. See {@link AttributeValueNormalizer}.</li>
 * <li>Required attributes (userName, Group displayName) missing or blank → {@code invalidValue}.</li>
 * <li>A Group's {@code members} is returned beside the document, never in it (see {@link MemberNormalizer}).</li>
 * </ul>
 */
public final class ResourceNormalizer {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());
    private static final String MEMBERS = "members";

    private final SchemaRegistry registry;

    /** @param registry supplies the common attributes (externalId) beside each resource type's schemas */
    public ResourceNormalizer(SchemaRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param type the resource type the body is for ({@link SchemaRegistry#user()} or {@link SchemaRegistry#group()})
     * @param body the parsed JSON body
     * @throws ScimException invalidValue when a value has the wrong type or a required attribute is missing
     */
    public NormalizedResource normalize(ResourceTypeDefinition type, JsonObject body) {
        JsonObject expanded = FlatKeyExpander.expand(type, body);
        Map<String, JsonValue> plain = new LinkedHashMap<>();
        Map<String, Map.Entry<String, JsonValue>> urnKeyed = new LinkedHashMap<>();
        expanded.forEach((key, value) -> {
            String lower = AttributeNames.lower(key);
            if (AttributeNames.isUrn(key)) {
                urnKeyed.put(lower, Map.entry(key, value));
            } else {
                plain.put(lower, value);
            }
        });

        JsonObjectBuilder document = JSON.createObjectBuilder();
        JsonArrayBuilder schemas = JSON.createArrayBuilder().add(type.schema().id());
        // Common attributes first: only externalId is the client's to set (id and meta are read-only).
        addAttributes(document, registry.common(), plain, registry.common().id());
        Optional<JsonArray> members = Optional.empty();
        if (isGroup(type) && plain.containsKey(MEMBERS)) {
            members = Optional.of(
                    MemberNormalizer.normalize(type.schema().attribute(MEMBERS).orElseThrow(), plain.get(MEMBERS)));
        }
        addAttributes(document, type.schema(), plain, type.schema().id());

        for (ResourceTypeDefinition.SchemaExtension extension : type.extensions()) {
            SchemaDefinition schema = extension.schema();
            Map.Entry<String, JsonValue> given = urnKeyed.remove(AttributeNames.lower(schema.id()));
            JsonObject normalized = extension(schema, given == null ? null : given.getValue());
            if (normalized != null) {
                document.add(schema.id(), normalized);
                schemas.add(schema.id());
            }
        }
        urnKeyed.remove(AttributeNames.lower(type.schema().id()));
        addUnknownExtensions(document, schemas, urnKeyed.values());

        JsonObject built = document.build();
        requirePresent(type.schema(), built);
        JsonObjectBuilder result =
                JSON.createObjectBuilder().add("schemas", schemas); // schemas first, as clients expect
        built.forEach(result::add);
        return new NormalizedResource(result.build(), members);
    }

    /** Extensions Roster has no schema for (Okta custom attributes): kept exactly as sent and listed in schemas. */
    private static void addUnknownExtensions(
            JsonObjectBuilder document, JsonArrayBuilder schemas, Collection<Map.Entry<String, JsonValue>> extensions) {
        for (Map.Entry<String, JsonValue> unknown : extensions) {
            JsonValue value = unknown.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ScimException.invalidValue("Extension '" + unknown.getKey() + "' must be a JSON object");
            }
            if (!value.asJsonObject().isEmpty()) {
                document.add(unknown.getKey(), value);
                schemas.add(unknown.getKey());
            }
        }
    }

    /** Adds the schema's client-writable attributes found in {@code given}, in schema order and spelling. */
    private void addAttributes(
            JsonObjectBuilder document, SchemaDefinition schema, Map<String, JsonValue> given, String schemaId) {
        for (AttributeDefinition attribute : schema.attributes()) {
            String key = AttributeNames.lower(attribute.name());
            if (!given.containsKey(key) || !clientWritable(attribute) || isMembersOf(schemaId, attribute)) {
                continue;
            }
            JsonValue normalized = AttributeValueNormalizer.normalize(attribute, given.get(key), attribute.name());
            if (normalized != null) {
                document.add(attribute.name(), normalized);
            }
        }
    }

    private JsonObject extension(SchemaDefinition schema, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ScimException.invalidValue("Extension '" + schema.id() + "' must be a JSON object");
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        addAttributes(out, schema, AttributeNames.byLowerCaseName(value.asJsonObject()), schema.id());
        JsonObject built = out.build();
        requirePresent(schema, built);
        return built.isEmpty() ? null : built;
    }

    /** Read-only values are the server's; write-only ones (password) are never stored by Roster. */
    private static boolean clientWritable(AttributeDefinition attribute) {
        return attribute.mutability() != Mutability.READ_ONLY && attribute.mutability() != Mutability.WRITE_ONLY;
    }

    private static boolean isGroup(ResourceTypeDefinition type) {
        return type.schema().id().equals(SchemaRegistry.GROUP_SCHEMA);
    }

    private static boolean isMembersOf(String schemaId, AttributeDefinition attribute) {
        return schemaId.equals(SchemaRegistry.GROUP_SCHEMA) && attribute.name().equals(MEMBERS);
    }

    /** RFC 7643 "required": missing, null or blank is the same failure (RFC 7644 wants 400). */
    private static void requirePresent(SchemaDefinition schema, JsonObject document) {
        for (AttributeDefinition attribute : schema.attributes()) {
            if (!attribute.required() || !clientWritable(attribute)) {
                continue;
            }
            JsonValue value = document.get(attribute.name());
            if (value == null
                    || (value instanceof JsonString text && text.getString().isBlank())) {
                throw ScimException.invalidValue(
                        "Attribute '" + attribute.name() + "' is required and must not be blank");
            }
        }
    }
}
