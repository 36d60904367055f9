package dev.roster.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.filter.AttributePath;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped schema documents load and carry the characteristics the rest of Roster relies on. */
class SchemaDocumentsTest {

    private final SchemaRegistry registry = SchemaRegistry.standard();

    private AttributeDefinition user(String name) {
        return registry.user().schema().attribute(name).orElseThrow();
    }

    @Test
    void standardIsLoadedOnce() {
        assertSame(registry, SchemaRegistry.standard());
    }

    @Test
    void publishesUserEnterpriseUserAndGroupButNotCommon() {
        assertEquals(
                List.of(SchemaRegistry.USER_SCHEMA, SchemaRegistry.ENTERPRISE_USER_SCHEMA, SchemaRegistry.GROUP_SCHEMA),
                registry.schemas().stream().map(SchemaDefinition::id).toList());
        assertTrue(registry.schema(SchemaRegistry.COMMON_SCHEMA).isEmpty());
        assertEquals(SchemaRegistry.COMMON_SCHEMA, registry.common().id());
    }

    @Test
    void discoverySchemasArePublishedButAreNoResourceSchemas() {
        assertEquals(
                List.of(
                        SchemaRegistry.USER_SCHEMA,
                        SchemaRegistry.ENTERPRISE_USER_SCHEMA,
                        SchemaRegistry.GROUP_SCHEMA,
                        SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA,
                        SchemaRegistry.RESOURCE_TYPE_SCHEMA,
                        SchemaRegistry.SCHEMA_SCHEMA),
                registry.publishedSchemas().stream().map(SchemaDefinition::id).toList());
        for (String urn : List.of(
                SchemaRegistry.SERVICE_PROVIDER_CONFIG_SCHEMA,
                SchemaRegistry.RESOURCE_TYPE_SCHEMA,
                SchemaRegistry.SCHEMA_SCHEMA)) {
            assertTrue(registry.publishedSchema(urn.toLowerCase()).isPresent(), urn);
            assertTrue(registry.schema(urn).isEmpty(), urn + " is no resource schema");
            for (ResourceTypeDefinition type : registry.resourceTypes()) {
                // What filters and PATCH paths resolve against: "urn:…:Schema:name" names nothing.
                assertTrue(registry.resolve(type, new AttributePath(urn, "name", null))
                        .isEmpty());
                assertTrue(registry.resolve(type, AttributePath.of(urn + ":attributes"))
                        .isEmpty());
            }
        }
        assertTrue(registry.publishedSchema(SchemaRegistry.COMMON_SCHEMA).isEmpty());
    }

    @Test
    void onlyDiscoverySchemasMayNestComplexAttributes() {
        JsonObject nested = Json.createReader(new StringReader("""
                {"id":"urn:x","name":"X","description":"x","attributes":[{"name":"a","type":"complex",
                 "multiValued":false,"description":"a","required":false,"caseExact":false,"mutability":"readWrite",
                 "returned":"default","uniqueness":"none","subAttributes":[{"name":"b","type":"complex",
                 "multiValued":false,"description":"b","required":false,"caseExact":false,"mutability":"readWrite",
                 "returned":"default","uniqueness":"none","subAttributes":[{"name":"c","type":"string",
                 "multiValued":false,"description":"c","required":false,"caseExact":false,"mutability":"readWrite",
                 "returned":"default","uniqueness":"none"}]}]}]}""")).readObject();
        SchemaDocumentException e =
                assertThrows(SchemaDocumentException.class, () -> SchemaDocumentReader.read("nested", nested));
        assertTrue(e.getMessage().contains("nests a complex attribute"), e.getMessage());
        assertEquals(
                "complex",
                registry.publishedSchema(SchemaRegistry.SCHEMA_SCHEMA)
                        .orElseThrow()
                        .attribute("attributes")
                        .orElseThrow()
                        .subAttribute("subAttributes")
                        .orElseThrow()
                        .type()
                        .wireName());
    }

    @Test
    void schemaLookupIsCaseInsensitive() {
        assertEquals(
                SchemaRegistry.ENTERPRISE_USER_SCHEMA,
                registry.schema("URN:IETF:params:scim:schemas:extension:ENTERPRISE:2.0:user")
                        .orElseThrow()
                        .id());
    }

    @Test
    void userHasEveryAttributeOfRfc7643Section4_1() {
        assertEquals(
                List.of(
                        "userName",
                        "name",
                        "displayName",
                        "nickName",
                        "profileUrl",
                        "title",
                        "userType",
                        "preferredLanguage",
                        "locale",
                        "timezone",
                        "active",
                        "password",
                        "emails",
                        "phoneNumbers",
                        "ims",
                        "photos",
                        "addresses",
                        "groups",
                        "entitlements",
                        "roles",
                        "x509Certificates"),
                registry.user().schema().attributes().stream()
                        .map(AttributeDefinition::name)
                        .toList());
        assertEquals(
                List.of("formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix"),
                user("name").subAttributes().stream()
                        .map(AttributeDefinition::name)
                        .toList());
    }

    @Test
    void userNameIsRequiredCaseInsensitiveAndUniqueOnTheServer() {
        AttributeDefinition userName = user("userName");
        assertTrue(userName.required());
        assertFalse(userName.caseExact());
        assertEquals(Uniqueness.SERVER, userName.uniqueness());
    }

    @Test
    void passwordIsWriteOnlyAndNeverReturned() {
        assertEquals(Mutability.WRITE_ONLY, user("password").mutability());
        assertEquals(Returned.NEVER, user("password").returned());
    }

    @Test
    void groupsIsReadOnlyDownToItsSubAttributes() {
        AttributeDefinition groups = user("groups");
        assertTrue(groups.isReadOnly() && groups.multiValued());
        assertTrue(groups.subAttributes().stream().allMatch(AttributeDefinition::isReadOnly));
        assertEquals(
                List.of("direct", "indirect"),
                groups.subAttribute("type").orElseThrow().canonicalValues());
    }

    @Test
    void multiValuedAttributesHaveValueTypeAndPrimary() {
        for (String name :
                List.of("emails", "phoneNumbers", "ims", "photos", "entitlements", "roles", "x509Certificates")) {
            AttributeDefinition attribute = user(name);
            assertTrue(attribute.multiValued() && attribute.isComplex(), name);
            for (String sub : List.of("value", "display", "type", "primary")) {
                assertTrue(attribute.subAttribute(sub).isPresent(), name + "." + sub);
            }
        }
        assertEquals(
                AttributeType.BOOLEAN,
                user("addresses").subAttribute("primary").orElseThrow().type());
        assertEquals(
                AttributeType.BINARY,
                user("x509Certificates").subAttribute("value").orElseThrow().type());
        assertEquals(
                List.of("work", "home", "other"),
                user("emails").subAttribute("type").orElseThrow().canonicalValues());
    }

    @Test
    void enterpriseManagerIsComplexWithValueRefAndDisplayName() {
        SchemaDefinition enterprise =
                registry.schema(SchemaRegistry.ENTERPRISE_USER_SCHEMA).orElseThrow();
        AttributeDefinition manager = enterprise.attribute("manager").orElseThrow();
        assertTrue(manager.isComplex());
        assertEquals(
                List.of("value", "$ref", "displayName"),
                manager.subAttributes().stream().map(AttributeDefinition::name).toList());
        assertEquals(List.of("User"), manager.subAttribute("$ref").orElseThrow().referenceTypes());
        assertTrue(manager.subAttribute("displayName").orElseThrow().isReadOnly());
        assertEquals(
                List.of("employeeNumber", "costCenter", "organization", "division", "department", "manager"),
                enterprise.attributes().stream().map(AttributeDefinition::name).toList());
    }

    @Test
    void enterpriseExtensionIsOptionalOnUser() {
        ResourceTypeDefinition.SchemaExtension extension =
                registry.user().extensions().get(0);
        assertEquals(SchemaRegistry.ENTERPRISE_USER_SCHEMA, extension.schema().id());
        assertFalse(extension.required());
        assertEquals("/Users", registry.user().endpoint());
        assertEquals("/Groups", registry.group().endpoint());
    }

    @Test
    void groupDisplayNameIsRequiredAndUniqueAndMemberValueImmutable() {
        SchemaDefinition group = registry.group().schema();
        AttributeDefinition displayName = group.attribute("displayName").orElseThrow();
        assertTrue(displayName.required());
        assertEquals(Uniqueness.SERVER, displayName.uniqueness());
        AttributeDefinition members = group.attribute("members").orElseThrow();
        assertEquals(
                Mutability.IMMUTABLE,
                members.subAttribute("value").orElseThrow().mutability());
        assertEquals(
                List.of("User", "Group"),
                members.subAttribute("type").orElseThrow().canonicalValues());
        assertEquals(
                List.of("User", "Group"),
                members.subAttribute("$ref").orElseThrow().referenceTypes());
    }

    @Test
    void idIsAlwaysReturnedCaseExactReadOnlyAndUnique() {
        AttributeDefinition id = registry.common().attribute("id").orElseThrow();
        assertEquals(Returned.ALWAYS, id.returned());
        assertTrue(id.caseExact() && id.isReadOnly());
        assertEquals(Uniqueness.SERVER, id.uniqueness());
        AttributeDefinition externalId =
                registry.common().attribute("externalId").orElseThrow();
        assertTrue(externalId.caseExact());
        assertEquals(Mutability.READ_WRITE, externalId.mutability());
    }

    @Test
    void metaIsReadOnlyWithTypedSubAttributes() {
        AttributeDefinition meta = registry.common().attribute("meta").orElseThrow();
        assertTrue(meta.isComplex() && meta.isReadOnly());
        assertEquals(
                AttributeType.DATE_TIME,
                meta.subAttribute("created").orElseThrow().type());
        assertEquals(
                AttributeType.DATE_TIME,
                meta.subAttribute("lastModified").orElseThrow().type());
        assertEquals(
                AttributeType.REFERENCE,
                meta.subAttribute("location").orElseThrow().type());
        assertTrue(meta.subAttribute("version").orElseThrow().caseExact());
    }
}
