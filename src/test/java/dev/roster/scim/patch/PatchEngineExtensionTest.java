package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.OKTA_CUSTOM;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** URN-qualified paths: the registered EnterpriseUser extension and unregistered (Okta custom) ones. */
class PatchEngineExtensionTest {

    private final JsonObject user = storedUser();

    @Test
    void replaceWithUrnPathSetsExtensionAttribute() {
        PatchResult result = patch(
                USER, user, "[{\"op\":\"replace\",\"path\":\"" + ENTERPRISE + ":department\",\"value\":\"Sales\"}]");

        assertEquals(
                json("{\"employeeNumber\":\"701984\",\"department\":\"Sales\"}"),
                result.document().getJsonObject(ENTERPRISE));
    }

    @Test
    void addWithUrnSubAttributePathCreatesExtensionObject() {
        PatchResult result = patch(
                USER,
                json("{\"userName\":\"ann\"}"),
                "[{\"op\":\"add\",\"path\":\"" + ENTERPRISE + ":manager.value\",\"value\":\"m-1\"}]");

        assertEquals(
                json("{\"manager\":{\"value\":\"m-1\"}}"), result.document().getJsonObject(ENTERPRISE));
    }

    @Test
    void replaceWithUnqualifiedExtensionAttributeFindsExtension() {
        // The registry resolves unqualified names core first, then extensions.
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"costCenter\",\"value\":\"4130\"}]");

        assertEquals("4130", result.document().getJsonObject(ENTERPRISE).getString("costCenter"));
    }

    @Test
    void removeOfLastExtensionAttributeRemovesExtensionObject() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + ":employeeNumber\"},"
                        + "{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + ":department\"}]");

        assertFalse(result.document().containsKey(ENTERPRISE));
    }

    @Test
    void addWithExtensionUrnAsPathMergesExtensionObject() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"add\",\"path\":\"" + ENTERPRISE
                        + "\",\"value\":{\"division\":\"Tours\",\"id\":\"ignored\"}}]");

        assertEquals(
                json("{\"employeeNumber\":\"701984\",\"department\":\"Tour Operations\",\"division\":\"Tours\"}"),
                result.document().getJsonObject(ENTERPRISE));
    }

    @Test
    void removeWithExtensionUrnAsPathRemovesExtensionObject() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"" + ENTERPRISE + "\"}]");

        assertFalse(result.document().containsKey(ENTERPRISE));
    }

    @Test
    void replaceOfUnknownAttributeInRegisteredExtensionIsInvalidPath() {
        var error = assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(
                        USER, user, "[{\"op\":\"replace\",\"path\":\"" + ENTERPRISE + ":shoeSize\",\"value\":\"4\"}]"));

        assertTrue(error.detail().contains("shoeSize"), error.detail());
    }

    @Test
    void replaceOfCoreAttributeWithCoreUrnSetsIt() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:User:displayName\",\"value\":\"B\"}]");

        assertEquals("B", result.document().getString("displayName"));
    }

    @Test
    void replaceUnderUnregisteredUrnWritesPlainJson() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"" + OKTA_CUSTOM + ":badgeColour\",\"value\":\"red\"},"
                        + "{\"op\":\"add\",\"path\":\"" + OKTA_CUSTOM + ":costCenter\",\"value\":\"4130\"}]");

        assertEquals(
                json("{\"isAdmin\":false,\"badgeColour\":\"red\",\"costCenter\":\"4130\"}"),
                result.document().getJsonObject(OKTA_CUSTOM));
    }

    @Test
    void addUnderNewUnregisteredUrnCreatesExtensionObject() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"add\",\"path\":\"urn:example:hr:1.0:User:tags\",\"value\":[\"a\"]},"
                        + "{\"op\":\"add\",\"path\":\"urn:example:hr:1.0:User:tags\",\"value\":[\"a\",\"b\"]}]");

        assertEquals(json("{\"tags\":[\"a\",\"b\"]}"), result.document().getJsonObject("urn:example:hr:1.0:User"));
    }

    @Test
    void removeUnderUnregisteredUrnDeletesMember() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"" + OKTA_CUSTOM + ":isAdmin\"}]");

        assertEquals(json("{\"badgeColour\":\"blue\"}"), result.document().getJsonObject(OKTA_CUSTOM));
    }

    @Test
    void removeWithUnregisteredUrnAsPathRemovesExtensionObject() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"" + OKTA_CUSTOM + "\"}]");

        assertFalse(result.document().containsKey(OKTA_CUSTOM));
    }

    @Test
    void replaceWithFilterUnderUnregisteredUrnIsInvalidPath() {
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"" + OKTA_CUSTOM
                                + ":tags[value eq \\\"a\\\"]\",\"value\":{}}]"));
    }

    @Test
    void replaceUnderSchemaOfOtherResourceTypeIsInvalidPath() {
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"urn:ietf:params:scim:schemas:core:2.0:Group:displayName\",\"value\":\"x\"}]"));
    }

    @Test
    void replaceOfPlainJsonValueKeepsItsType() {
        PatchResult result =
                patch(USER, user, "[{\"op\":\"replace\",\"path\":\"" + OKTA_CUSTOM + ":isAdmin\",\"value\":true}]");

        assertEquals(
                JsonValue.TRUE, result.document().getJsonObject(OKTA_CUSTOM).get("isAdmin"));
    }
}
