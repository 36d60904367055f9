package dev.roster.scim.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryDocumentsTest {

    private static final String BASE = "http://localhost:8080/scim/v2";

    private final DiscoveryDocuments documents = new DiscoveryDocuments(
            SchemaRegistry.standard(),
            new ServiceProviderSettings("https://roster.dev/docs/scim", 500, 2_000_000, 150));

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    void serviceProviderConfigAdvertisesTheFeaturesAndLimits() {
        JsonObject config = documents.serviceProviderConfig(BASE + "/");
        assertEquals(List.of(SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA), strings(config.getJsonArray("schemas")));
        assertEquals("https://roster.dev/docs/scim", config.getString("documentationUri"));
        assertTrue(config.getJsonObject("patch").getBoolean("supported"));
        assertTrue(config.getJsonObject("bulk").getBoolean("supported"));
        assertEquals(500, config.getJsonObject("bulk").getInt("maxOperations"));
        assertEquals(2_000_000, config.getJsonObject("bulk").getInt("maxPayloadSize"));
        assertEquals(150, config.getJsonObject("filter").getInt("maxResults"));
        assertFalse(config.getJsonObject("changePassword").getBoolean("supported"));
        assertTrue(config.getJsonObject("sort").getBoolean("supported"));
        assertTrue(config.getJsonObject("etag").getBoolean("supported"));
        JsonArray schemes = config.getJsonArray("authenticationSchemes");
        assertEquals(1, schemes.size());
        JsonObject bearer = schemes.getJsonObject(0);
        assertEquals("oauthbearertoken", bearer.getString("type"));
        assertTrue(bearer.containsKey("name") && bearer.containsKey("description"));
        assertTrue(bearer.getBoolean("primary"));
        assertEquals("ServiceProviderConfig", config.getJsonObject("meta").getString("resourceType"));
        assertEquals(
                BASE + "/ServiceProviderConfig", config.getJsonObject("meta").getString("location"));
    }

    @Test
    void serviceProviderConfigOmitsAnUnsetDocumentationUri() {
        JsonObject config = new DiscoveryDocuments(SchemaRegistry.standard(), ServiceProviderSettings.defaults())
                .serviceProviderConfig(BASE);
        assertFalse(config.containsKey("documentationUri"));
    }

    /** RFC 9865 4: cursor and index paging, index by default, the page sizes and the cursor timeout. */
    @Test
    void serviceProviderConfigAdvertisesCursorAndIndexPaging() {
        JsonObject pagination = new DiscoveryDocuments(
                        SchemaRegistry.standard(), new ServiceProviderSettings(null, 500, 2_000_000, 150, 900))
                .serviceProviderConfig(BASE)
                .getJsonObject("pagination");
        assertTrue(pagination.getBoolean("cursor"));
        assertTrue(pagination.getBoolean("index"));
        assertEquals("index", pagination.getString("defaultPaginationMethod"));
        assertEquals(150, pagination.getInt("defaultPageSize"));
        assertEquals(150, pagination.getInt("maxPageSize"));
        assertEquals(900, pagination.getInt("cursorTimeout"));
    }

    /** RFC 9967 4: the SCIM events a stream can get, and no asynchronous requests. */
    @Test
    void serviceProviderConfigAdvertisesSecurityEvents() {
        JsonObject events = documents.serviceProviderConfig(BASE).getJsonObject("securityEvents");
        assertEquals("none", events.getString("asyncRequest"));
        List<String> uris = strings(events.getJsonArray("eventUris"));
        assertTrue(uris.contains("urn:ietf:params:scim:event:prov:deactivate"), uris.toString());
        assertTrue(uris.contains("urn:ietf:params:scim:event:prov:patch:full"), uris.toString());
        assertTrue(uris.contains("urn:ietf:params:scim:event:feed:add"), uris.toString());
    }

    @Test
    void resourceTypesIsAListResponseOfUserAndGroup() {
        JsonObject list = documents.resourceTypes(BASE);
        assertEquals(List.of(ListResponse.SCHEMA), strings(list.getJsonArray("schemas")));
        assertEquals(2, list.getInt("totalResults"));
        assertEquals(2, list.getInt("itemsPerPage"));
        assertEquals(1, list.getInt("startIndex"));
        JsonObject user = list.getJsonArray("Resources").getJsonObject(0);
        assertEquals(List.of(SchemaRegistry.RESOURCE_TYPE_SCHEMA), strings(user.getJsonArray("schemas")));
        assertEquals("User", user.getString("id"));
        assertEquals("/Users", user.getString("endpoint"));
        assertEquals(SchemaRegistry.USER_SCHEMA, user.getString("schema"));
        JsonObject extension = user.getJsonArray("schemaExtensions").getJsonObject(0);
        assertEquals(SchemaRegistry.ENTERPRISE_USER_SCHEMA, extension.getString("schema"));
        assertFalse(extension.getBoolean("required"));
        assertEquals("ResourceType", user.getJsonObject("meta").getString("resourceType"));
        assertEquals(BASE + "/ResourceTypes/User", user.getJsonObject("meta").getString("location"));
    }

    @Test
    void resourceTypeByNameIsCaseInsensitive() {
        JsonObject group = documents.resourceType(BASE, "group").orElseThrow();
        assertEquals("/Groups", group.getString("endpoint"));
        assertFalse(group.containsKey("schemaExtensions"));
        assertTrue(documents.resourceType(BASE, "Device").isEmpty());
    }

    @Test
    void schemasListsTheResourceSchemasAndThoseOfTheDiscoveryDocuments() {
        JsonObject list = documents.schemas(BASE);
        assertEquals(6, list.getInt("totalResults"));
        assertEquals(
                List.of(
                        SchemaRegistry.USER_SCHEMA,
                        SchemaRegistry.ENTERPRISE_USER_SCHEMA,
                        SchemaRegistry.GROUP_SCHEMA,
                        SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA,
                        SchemaRegistry.RESOURCE_TYPE_SCHEMA,
                        SchemaRegistry.SCHEMA_SCHEMA),
                list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("id"))
                        .toList());
    }

    @Test
    void eachDiscoverySchemaDescribesWhatItsDocumentHolds() {
        JsonObject config = documents
                .schema(BASE, SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA)
                .orElseThrow();
        assertEquals("Service Provider Configuration", config.getString("name"));
        assertEquals(
                BASE + "/Schemas/" + SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA,
                config.getJsonObject("meta").getString("location"));
        // Every top-level member of /ServiceProviderConfig, except schemas and meta, is an attribute of its schema.
        List<String> described = names(config.getJsonArray("attributes"));
        documents.serviceProviderConfig(BASE).keySet().stream()
                .filter(k -> !k.equals("schemas") && !k.equals("meta"))
                .forEach(k -> assertTrue(described.contains(k), k + " in " + described));
        JsonObject schemes = attribute(config, "authenticationSchemes");
        assertEquals(
                List.of("type", "name", "description", "specUri", "documentationUri", "primary"),
                names(schemes.getJsonArray("subAttributes")));
        // RFC 9865's pagination block is described member for member.
        assertEquals(
                List.copyOf(documents
                        .serviceProviderConfig(BASE)
                        .getJsonObject("pagination")
                        .keySet()),
                names(attribute(config, "pagination").getJsonArray("subAttributes")));

        JsonObject resourceType =
                documents.schema(BASE, SchemaRegistry.RESOURCE_TYPE_SCHEMA).orElseThrow();
        List<String> typeAttributes = names(resourceType.getJsonArray("attributes"));
        documents.resourceType(BASE, "User").orElseThrow().keySet().stream()
                .filter(k -> !k.equals("schemas") && !k.equals("meta"))
                .forEach(k -> assertTrue(typeAttributes.contains(k), k + " in " + typeAttributes));

        // RFC 7643 section 8.7.2: the Schema schema's attributes have subAttributes with the same characteristics.
        JsonObject schema = documents.schema(BASE, SchemaRegistry.SCHEMA_SCHEMA).orElseThrow();
        assertEquals(List.of("id", "name", "description", "attributes"), names(schema.getJsonArray("attributes")));
        JsonObject subAttributes = attribute(attribute(schema, "attributes"), "subAttributes");
        assertEquals("complex", subAttributes.getString("type"));
        assertEquals(
                names(attribute(schema, "attributes").getJsonArray("subAttributes"))
                        .subList(0, 11),
                names(subAttributes.getJsonArray("subAttributes")));
        for (String id : List.of(
                SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA,
                SchemaRegistry.RESOURCE_TYPE_SCHEMA,
                SchemaRegistry.SCHEMA_SCHEMA)) {
            assertTrue(
                    readOnlyThroughout(documents.schema(BASE, id).orElseThrow().getJsonArray("attributes")), id);
        }
    }

    private static List<String> names(JsonArray attributes) {
        return attributes.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name"))
                .toList();
    }

    private static JsonObject attribute(JsonObject owner, String name) {
        String key = owner.containsKey("attributes") ? "attributes" : "subAttributes";
        return owner.getJsonArray(key).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static boolean readOnlyThroughout(JsonArray attributes) {
        return attributes.getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getString("mutability").equals("readOnly")
                        && (!a.containsKey("subAttributes") || readOnlyThroughout(a.getJsonArray("subAttributes"))));
    }

    @Test
    void schemaByIdHasTheRfcRepresentationAndMeta() {
        JsonObject user =
                documents.schema(BASE, SchemaRegistry.USER_SCHEMA.toUpperCase()).orElseThrow();
        assertEquals(List.of(SchemaRegistry.SCHEMA_SCHEMA), strings(user.getJsonArray("schemas")));
        assertEquals("User", user.getString("name"));
        assertEquals(
                BASE + "/Schemas/" + SchemaRegistry.USER_SCHEMA,
                user.getJsonObject("meta").getString("location"));
        assertEquals("Schema", user.getJsonObject("meta").getString("resourceType"));
        JsonObject userName = user.getJsonArray("attributes").getJsonObject(0);
        assertEquals("userName", userName.getString("name"));
        assertEquals("string", userName.getString("type"));
        assertEquals(JsonValue.FALSE, userName.get("multiValued"));
        assertEquals(JsonValue.TRUE, userName.get("required"));
        assertEquals(JsonValue.FALSE, userName.get("caseExact"));
        assertEquals("readWrite", userName.getString("mutability"));
        assertEquals("default", userName.getString("returned"));
        assertEquals("server", userName.getString("uniqueness"));
        assertFalse(userName.containsKey("subAttributes"));
    }

    @Test
    void schemaShowsSubAttributesReferenceTypesAndCanonicalValues() {
        JsonObject group = documents.schema(BASE, SchemaRegistry.GROUP_SCHEMA).orElseThrow();
        JsonObject members = group.getJsonArray("attributes").getJsonObject(1);
        assertEquals("members", members.getString("name"));
        JsonArray subs = members.getJsonArray("subAttributes");
        JsonObject ref = subs.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("$ref"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("User", "Group"), strings(ref.getJsonArray("referenceTypes")));
        JsonObject type = subs.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals("type"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("User", "Group"), strings(type.getJsonArray("canonicalValues")));
    }

    @Test
    void commonPseudoSchemaIsNotPublished() {
        assertTrue(documents.schema(BASE, SchemaRegistry.COMMON_SCHEMA).isEmpty());
    }
}
