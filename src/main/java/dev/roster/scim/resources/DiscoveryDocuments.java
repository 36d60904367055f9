package dev.roster.scim.resources;

import dev.roster.json.CachedJson;
import dev.roster.scim.schema.ResourceTypeDefinition;
import dev.roster.scim.schema.SchemaDefinition;
import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bodies of the read-only discovery endpoints: {@code /ServiceProviderConfig} (RFC 7643 section 5),
 * {@code /ResourceTypes} (section 6) and {@code /Schemas} (section 7). Pure JSON-P, no JAX-RS: the REST layer
 * passes the request's base URL (for example {@code http://localhost:8080/scim/v2}) so {@code meta.location}
 * is right behind any proxy or context root. Thread-safe; create one and share it.
 */
public final class DiscoveryDocuments {

    private static final JsonBuilderFactory JSON = CachedJson.createBuilderFactory(Map.of());

    private final SchemaRegistry registry;
    private final ServiceProviderSettings settings;
    /** The attribute lists never change, so they are rendered once; only meta.location varies per request. */
    private final Map<String, JsonArray> renderedAttributes;

    /**
     * @param registry the schemas and resource types to describe
     * @param settings the limits advertised at /ServiceProviderConfig
     */
    public DiscoveryDocuments(SchemaRegistry registry, ServiceProviderSettings settings) {
        this.registry = registry;
        this.settings = settings;
        Map<String, JsonArray> rendered = new HashMap<>();
        registry.publishedSchemas().forEach(s -> rendered.put(s.id(), SchemaRepresentation.attributes(s.attributes())));
        this.renderedAttributes = Map.copyOf(rendered);
    }

    /** The {@code /ServiceProviderConfig} resource. */
    public JsonObject serviceProviderConfig(String baseUrl) {
        JsonObjectBuilder json =
                JSON.createObjectBuilder().add("schemas", array(SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA));
        if (settings.documentationUri() != null) {
            json.add("documentationUri", settings.documentationUri());
        }
        return json.add("patch", supported(true))
                .add(
                        "bulk",
                        supported(true)
                                .add("maxOperations", settings.bulkMaxOperations())
                                .add("maxPayloadSize", settings.bulkMaxPayloadSize()))
                .add("filter", supported(true).add("maxResults", settings.filterMaxResults()))
                // RFC 9865 4: both kinds of paging; index when a request names neither, as before cursors existed.
                .add(
                        "pagination",
                        JSON.createObjectBuilder()
                                .add("cursor", true)
                                .add("index", true)
                                .add("defaultPaginationMethod", "index")
                                .add("defaultPageSize", settings.filterMaxResults())
                                .add("maxPageSize", settings.filterMaxResults())
                                .add("cursorTimeout", settings.cursorTimeoutSeconds()))
                .add("changePassword", supported(false))
                .add("sort", supported(true))
                .add("etag", supported(true))
                // RFC 9967 4: the events a stream can get; streams are managed over SSF
                // (/.well-known/ssf-configuration).
                .add(
                        "securityEvents",
                        JSON.createObjectBuilder()
                                .add("asyncRequest", "none")
                                .add("eventUris", JSON.createArrayBuilder(SecurityEventUris.ALL)))
                .add(
                        "authenticationSchemes",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("type", "oauthbearertoken")
                                        .add("name", "OAuth Bearer Token")
                                        .add(
                                                "description",
                                                "Authentication with a bearer token issued by Roster for one integration")
                                        .add("specUri", "https://www.rfc-editor.org/info/rfc6750")
                                        .add("primary", true)))
                .add("meta", meta("ServiceProviderConfig", trim(baseUrl) + "/ServiceProviderConfig"))
                .build();
    }

    /** {@code /ResourceTypes}: a ListResponse of every resource type. */
    public JsonObject resourceTypes(String baseUrl) {
        return ListResponse.ofAll(registry.resourceTypes().stream()
                .map(t -> resourceType(trim(baseUrl), t))
                .toList());
    }

    /** {@code /ResourceTypes/{name}}, case-insensitive; empty when there is no such type (answer 404). */
    public Optional<JsonObject> resourceType(String baseUrl, String name) {
        return registry.resourceType(name).map(t -> resourceType(trim(baseUrl), t));
    }

    /**
     * {@code /Schemas}: a ListResponse of the resource schemas and those of the discovery documents (never the
     * internal common pseudo-schema).
     */
    public JsonObject schemas(String baseUrl) {
        return ListResponse.ofAll(registry.publishedSchemas().stream()
                .map(s -> schema(trim(baseUrl), s))
                .toList());
    }

    /** {@code /Schemas/{id}}, case-insensitive URN; empty when Roster does not publish it (answer 404). */
    public Optional<JsonObject> schema(String baseUrl, String id) {
        return registry.publishedSchema(id).map(s -> schema(trim(baseUrl), s));
    }

    private JsonObject resourceType(String base, ResourceTypeDefinition type) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("schemas", array(SchemaRegistry.RESOURCE_TYPE_SCHEMA))
                .add("id", type.name())
                .add("name", type.name())
                .add("endpoint", type.endpoint())
                .add("description", type.description())
                .add("schema", type.schema().id());
        if (!type.extensions().isEmpty()) {
            JsonArrayBuilder extensions = JSON.createArrayBuilder();
            type.extensions()
                    .forEach(e -> extensions.add(JSON.createObjectBuilder()
                            .add("schema", e.schema().id())
                            .add("required", e.required())));
            json.add("schemaExtensions", extensions);
        }
        return json.add("meta", meta("ResourceType", base + "/ResourceTypes/" + type.name()))
                .build();
    }

    private JsonObject schema(String base, SchemaDefinition schema) {
        return JSON.createObjectBuilder()
                .add("schemas", array(SchemaRegistry.SCHEMA_SCHEMA))
                .add("id", schema.id())
                .add("name", schema.name())
                .add("description", schema.description())
                .add("attributes", renderedAttributes.get(schema.id()))
                .add("meta", meta("Schema", base + "/Schemas/" + schema.id()))
                .build();
    }

    private static JsonObjectBuilder supported(boolean supported) {
        return JSON.createObjectBuilder().add("supported", supported);
    }

    private static JsonObjectBuilder meta(String resourceType, String location) {
        return JSON.createObjectBuilder().add("resourceType", resourceType).add("location", location);
    }

    private static JsonArrayBuilder array(String value) {
        return JSON.createArrayBuilder(List.of(value));
    }

    /** {@code http://host/scim/v2/} and {@code http://host/scim/v2} give the same locations. */
    private static String trim(String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }
}
