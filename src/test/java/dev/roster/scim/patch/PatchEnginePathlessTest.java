package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.OKTA_CUSTOM;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.jsonValue;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.scim.error.ScimErrorType;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Add and replace without path: the value is an object of attributes (RFC 7644 section 3.5.2.1). */
class PatchEnginePathlessTest {

    private final JsonObject user = storedUser();

    @Test
    void replaceSetsEachAttribute() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":{\"active\":false,\"displayName\":\"Barb\",\"nickName\":\"B\"}}]");

        assertEquals(JsonValue.FALSE, result.document().get("active"));
        assertEquals("Barb", result.document().getString("displayName"));
        assertEquals("B", result.document().getString("nickName"));
    }

    @Test
    void addAppendsToMultiValuedAttributes() {
        PatchResult result = patch(
                USER, user, "[{\"op\":\"add\",\"value\":{\"emails\":[{\"value\":\"b@x.org\",\"type\":\"other\"}]}}]");

        assertEquals(3, result.document().getJsonArray("emails").size());
    }

    @Test
    void replaceSwapsMultiValuedAttributesWholesale() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":{\"emails\":[{\"value\":\"b@x.org\",\"type\":\"other\"}]}}]");

        assertEquals(
                jsonValue("[{\"value\":\"b@x.org\",\"type\":\"other\"}]"),
                result.document().get("emails"));
    }

    @Test
    void addMergesComplexAttributes() {
        PatchResult result = patch(USER, user, "[{\"op\":\"add\",\"value\":{\"name\":{\"middleName\":\"J\"}}}]");

        assertEquals(
                json("{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\",\"middleName\":\"J\"}"),
                result.document().getJsonObject("name"));
    }

    @Test
    void replaceIgnoresReadOnlyAndUnknownKeys() {
        // Okta sends the group id along with a rename; a PUT would ignore these too.
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":{\"id\":\"x\",\"meta\":{\"version\":\"1\"},"
                        + "\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"groups\":[],\"shoeSize\":42,"
                        + "\"password\":\"p\",\"displayName\":\"Barb\"}}]");

        assertEquals(user.size(), result.document().size());
        assertEquals("Barb", result.document().getString("displayName"));
    }

    @Test
    void replaceWithExtensionObjectMergesIntoIt() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":{\"" + ENTERPRISE + "\":{\"department\":\"Sales\",\"unknown\":1}}}]");

        assertEquals(
                json("{\"employeeNumber\":\"701984\",\"department\":\"Sales\"}"),
                result.document().getJsonObject(ENTERPRISE));
    }

    @Test
    void replaceWithUnregisteredExtensionObjectMergesPlainJson() {
        PatchResult result =
                patch(USER, user, "[{\"op\":\"replace\",\"value\":{\"" + OKTA_CUSTOM + "\":{\"isAdmin\":true}}}]");

        assertEquals(
                json("{\"isAdmin\":true,\"badgeColour\":\"blue\"}"),
                result.document().getJsonObject(OKTA_CUSTOM));
    }

    @Test
    void replaceWithCoreSchemaObjectSetsCoreAttributes() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":"
                        + "{\"urn:ietf:params:scim:schemas:core:2.0:User\":{\"displayName\":\"Barb\"}}}]");

        assertEquals("Barb", result.document().getString("displayName"));
    }

    @Test
    void replaceWithNullValueUnassignsAttribute() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"value\":{\"displayName\":null}}]");

        assertFalse(result.document().containsKey("displayName"));
    }

    @Test
    void replaceWithNullExtensionRemovesIt() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":{\"" + ENTERPRISE + "\":null," + "\"" + OKTA_CUSTOM + "\":null}}]");

        assertFalse(result.document().containsKey(ENTERPRISE));
        assertFalse(result.document().containsKey(OKTA_CUSTOM));
    }

    @Test
    void replaceWithWrongTypeIsInvalidValue() {
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"value\":{\"active\":\"False\"}}]"));
    }

    @Test
    void replaceWithExtensionThatIsNoObjectIsInvalidValue() {
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"value\":{\"" + ENTERPRISE + "\":\"Sales\"}}]"));
    }
}
