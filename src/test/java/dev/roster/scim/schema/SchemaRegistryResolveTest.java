package dev.roster.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.filter.AttributePath;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaRegistryResolveTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final ResourceTypeDefinition USER = REGISTRY.user();

    private static Optional<ResolvedAttribute> resolveUser(AttributePath path) {
        return REGISTRY.resolve(USER, path);
    }

    @Test
    void resolvePlainNameCaseInsensitively() {
        ResolvedAttribute resolved = resolveUser(AttributePath.of("USERNAME")).orElseThrow();
        assertEquals("userName", resolved.target().name());
        assertEquals(SchemaRegistry.USER_SCHEMA, resolved.schema().id());
        assertNull(resolved.subAttribute());
        assertFalse(resolved.inExtension(USER));
    }

    @Test
    void resolveDottedSubAttribute() {
        ResolvedAttribute resolved =
                resolveUser(AttributePath.of("name", "FamilyName")).orElseThrow();
        assertEquals("name", resolved.attribute().name());
        assertEquals("familyName", resolved.target().name());
    }

    @Test
    void resolveUrnQualifiedExtensionAttribute() {
        ResolvedAttribute resolved = resolveUser(
                        new AttributePath(SchemaRegistry.ENTERPRISE_USER_SCHEMA, "manager", "value"))
                .orElseThrow();
        assertEquals(SchemaRegistry.ENTERPRISE_USER_SCHEMA, resolved.schema().id());
        assertEquals("value", resolved.target().name());
        assertTrue(resolved.inExtension(USER));
    }

    @Test
    void resolveUnqualifiedExtensionAttributeAfterCoreAndCommon() {
        ResolvedAttribute resolved =
                resolveUser(AttributePath.of("employeeNumber")).orElseThrow();
        assertEquals(SchemaRegistry.ENTERPRISE_USER_SCHEMA, resolved.schema().id());
    }

    @Test
    void resolveCoreUrnQualifiedName() {
        ResolvedAttribute resolved = resolveUser(
                        new AttributePath("urn:ietf:params:scim:schemas:core:2.0:user", "userName", null))
                .orElseThrow();
        assertEquals("userName", resolved.target().name());
    }

    @Test
    void resolveCommonMetaCreatedAsDateTime() {
        ResolvedAttribute resolved =
                resolveUser(AttributePath.of("meta", "Created")).orElseThrow();
        assertEquals(SchemaRegistry.COMMON_SCHEMA, resolved.schema().id());
        assertEquals(AttributeType.DATE_TIME, resolved.target().type());
        assertFalse(resolved.inExtension(USER));
        assertEquals(
                Returned.ALWAYS,
                resolveUser(AttributePath.of("id")).orElseThrow().target().returned());
    }

    @Test
    void resolveCommonAttributeThroughCoreUrn() {
        assertTrue(resolveUser(new AttributePath(SchemaRegistry.USER_SCHEMA, "meta", "lastModified"))
                .isPresent());
        assertTrue(REGISTRY.resolve(REGISTRY.group(), AttributePath.of("externalId"))
                .isPresent());
    }

    @Test
    void resolveSchemasAttribute() {
        AttributeDefinition schemas =
                resolveUser(AttributePath.of("Schemas")).orElseThrow().target();
        assertTrue(schemas.multiValued());
        assertEquals(Returned.ALWAYS, schemas.returned());
    }

    @Test
    void resolveUrnLeftInsideTheAttributeName() {
        ResolvedAttribute resolved = resolveUser(
                        AttributePath.of(SchemaRegistry.ENTERPRISE_USER_SCHEMA + ":department"))
                .orElseThrow();
        assertEquals("department", resolved.target().name());
    }

    @Test
    void resolveUnknownIsEmpty() {
        assertTrue(resolveUser(AttributePath.of("shoeSize")).isEmpty());
        assertTrue(resolveUser(AttributePath.of("name", "shoeSize")).isEmpty());
        assertTrue(resolveUser(AttributePath.of("userName", "value")).isEmpty());
        assertTrue(resolveUser(new AttributePath("urn:okta:custom:1.0:User", "costCenter", null))
                .isEmpty());
        // Extension attributes are not reached through the core URN, nor User attributes through Group.
        assertTrue(resolveUser(new AttributePath(SchemaRegistry.USER_SCHEMA, "department", null))
                .isEmpty());
        assertTrue(
                REGISTRY.resolve(REGISTRY.group(), AttributePath.of("userName")).isEmpty());
    }

    @Test
    void resolveGroupMembersValue() {
        ResolvedAttribute resolved = REGISTRY.resolve(REGISTRY.group(), AttributePath.of("members", "value"))
                .orElseThrow();
        assertEquals(Mutability.IMMUTABLE, resolved.target().mutability());
    }
}
