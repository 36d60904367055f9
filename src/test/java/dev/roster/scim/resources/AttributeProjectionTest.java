package dev.roster.scim.resources;

import static dev.roster.scim.resources.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.schema.SchemaRegistry;
import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeProjectionTest {

    private static final String ENTERPRISE = SchemaRegistry.ENTERPRISE_USER_SCHEMA;
    private static final String OKTA = "urn:okta:roster_app:1.0:user:custom";
    private static final String ID = "2819c223-7f76-453a-919d-413861904646";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.standard();
    private static final AttributeProjection PROJECTION = new AttributeProjection(REGISTRY);
    private static final JsonObject USER = Fixtures.read(Fixtures.STORED_USER);

    private static JsonObject user(String attributes, String excludedAttributes) {
        return PROJECTION.parse(REGISTRY.user(), attributes, excludedAttributes).apply(USER);
    }

    /** The projected user's top-level keys, in any order. */
    private static Set<String> keys(String attributes, String excludedAttributes) {
        return user(attributes, excludedAttributes).keySet();
    }

    @Test
    void defaultReturnsEverythingButThePassword() {
        JsonObject projected = user(null, null);
        Set<String> expected = new HashSet<>(USER.keySet());
        expected.remove("password");
        assertEquals(expected, projected.keySet());
        assertSame(USER.get("emails"), projected.get("emails"), "untouched values are shared, not copied");
    }

    @ParameterizedTest(name = "attributes={0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "userName                                                   | schemas,id,userName",
                "USERNAME                                                   | schemas,id,userName",
                "urn:ietf:params:scim:schemas:core:2.0:User:userName        | schemas,id,userName",
                "userName,,displayName                                      | schemas,id,userName,displayName",
                "meta                                                       | schemas,id,meta",
                "id                                                         | schemas,id",
                "password                                                   | schemas,id",
                "shoeSize,name.shoeSize                                     | schemas,id",
                "emails[type eq \"work\"]                                   | schemas,id,emails",
                "externalId,groups                                          | schemas,id,externalId,groups",
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User | schemas,id," + ENTERPRISE,
                "department                                                 | schemas,id," + ENTERPRISE,
                "urn:okta:roster_app:1.0:user:custom                        | schemas,id," + OKTA,
                "urn:ietf:params:scim:schemas:core:2.0:User                 | schemas,id,userName,name,displayName,active,emails,groups",
            })
    void attributesKeepsTheNamedAndTheAlwaysReturned(String attributes, String expectedKeys) {
        assertEquals(Set.of(expectedKeys.split(",")), keys(attributes, null));
    }

    @Test
    void attributesSubAttributeKeepsOnlyThatSubAttribute() {
        assertEquals(
                json("{'givenName':'Barbara'}"), user("name.GIVENNAME", null).getJsonObject("name"));
    }

    @Test
    void attributesSubAttributeOfMultiValuedKeepsItInEachElement() {
        assertEquals(
                json("{'e':[{'value':'bjensen@example.com'},{'value':'babs@jensen.org'}]}")
                        .get("e"),
                user("emails.value", null).get("emails"));
    }

    @Test
    void attributesUrnQualifiedExtensionAttributeKeepsOnlyIt() {
        JsonObject projected = user(ENTERPRISE + ":department", null);
        assertEquals(json("{'department':'Tour Operations'}"), projected.getJsonObject(ENTERPRISE));
        assertEquals(
                json("{'manager':{'value':'26118915-6090-4610-87e4-49d8ca9f808d'}}"),
                user(ENTERPRISE.toUpperCase() + ":Manager.Value", null).getJsonObject(ENTERPRISE));
    }

    @Test
    void attributesUnknownExtensionAttributeByItsUrn() {
        assertEquals(json("{'isAdmin':false}"), user(OKTA + ":isadmin", null).getJsonObject(OKTA));
    }

    @Test
    void attributesParentAndChildTogetherKeepTheWholeParent() {
        assertEquals(
                USER.getJsonObject("name"), user("name.givenName,name", null).getJsonObject("name"));
    }

    @Test
    void excludedAttributesRemovesTheNamedOnly() {
        JsonObject projected = user(null, "emails, name.givenName, meta.version");
        assertFalse(projected.containsKey("emails"));
        assertEquals(
                json("{'formatted':'Ms. Barbara J Jensen, III','familyName':'Jensen'}"),
                projected.getJsonObject("name"));
        assertFalse(projected.getJsonObject("meta").containsKey("version"));
        assertTrue(projected.containsKey("userName"));
        assertFalse(projected.containsKey("password"));
    }

    @Test
    void excludedAttributesCannotRemoveAlwaysReturned() {
        Set<String> projected = keys(null, "id,schemas,Schemas");
        assertTrue(projected.containsAll(List.of("id", "schemas")));
    }

    @Test
    void excludedAttributesUrnForms() {
        assertFalse(keys(null, ENTERPRISE).contains(ENTERPRISE));
        assertFalse(keys(null, OKTA).contains(OKTA));
        JsonObject withoutManager = user(null, ENTERPRISE + ":manager").getJsonObject(ENTERPRISE);
        assertEquals(Set.of("employeeNumber", "department"), withoutManager.keySet());
        assertEquals(
                Set.of("badgeColour"),
                user(null, OKTA + ":isAdmin").getJsonObject(OKTA).keySet());
    }

    @Test
    void attributesThenExcludedAttributesWhenBothAreGiven() {
        assertEquals(Set.of("schemas", "id", "name"), keys("name,userName", "userName,name.formatted"));
    }

    @Test
    void projectionIsReusableAndLeavesItsInputAlone() {
        Projection projection = PROJECTION.parse(REGISTRY.user(), "userName", null);
        JsonObject other =
                json("{'schemas':['" + SchemaRegistry.USER_SCHEMA + "'],'id':'x','userName':'ann','active':true}");
        assertEquals(
                json("{'schemas':['" + SchemaRegistry.USER_SCHEMA + "'],'id':'x','userName':'ann'}"),
                projection.apply(other));
        assertEquals(ID, projection.apply(USER).getString("id"));
        assertTrue(USER.containsKey("password"), "the fixture is not modified");
    }

    @Test
    void groupMembershipProbeAndMemberExclusionAsEntraSendsThem() {
        JsonObject group = Fixtures.read(Fixtures.STORED_GROUP);
        assertEquals(
                Set.of("schemas", "id"),
                PROJECTION.parse(REGISTRY.group(), "id", null).apply(group).keySet());
        assertEquals(
                Set.of("schemas", "id", "displayName", "meta"),
                PROJECTION.parse(REGISTRY.group(), null, "members").apply(group).keySet());
        assertEquals(
                json("{'m':[{'value':'2819c223-7f76-453a-919d-413861904646'},{'value':'902c246b-6245-4190-8e05-00816be7344a'}]}")
                        .get("m"),
                PROJECTION
                        .parse(REGISTRY.group(), "members.value", null)
                        .apply(group)
                        .get("members"));
    }
}
