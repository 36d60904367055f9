package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Simple single-valued attributes: userName, displayName, active, externalId. */
class PatchEngineSingularTest {

    private final JsonObject user = storedUser();

    @Test
    void addSetsMissingAttribute() {
        PatchResult result = patch(USER, user, "[{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"Babs\"}]");

        assertEquals("Babs", result.document().getString("nickName"));
        assertTrue(result.documentChanged());
    }

    @Test
    void addReplacesExistingSingularValue() {
        PatchResult result = patch(USER, user, "[{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"Barb\"}]");

        assertEquals("Barb", result.document().getString("displayName"));
    }

    @Test
    void replaceSetsValueInSchemaSpelling() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"DISPLAYNAME\",\"value\":\"Barb\"}]");

        assertEquals("Barb", result.document().getString("displayName"));
        assertFalse(result.document().containsKey("DISPLAYNAME"));
    }

    @Test
    void replaceOfMissingAttributeAddsIt() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Tour Guide\"}]");

        assertEquals("Tour Guide", result.document().getString("title"));
    }

    @Test
    void replaceWithBooleanDeactivates() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]");

        assertEquals(JsonValue.FALSE, result.document().get("active"));
    }

    @Test
    void replaceWithNullRemovesAttribute() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"x\"},"
                        + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":[]}]");

        assertFalse(result.document().containsKey("displayName"));
    }

    @Test
    void removeDeletesAttribute() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"displayName\"}]");

        assertFalse(result.document().containsKey("displayName"));
        assertTrue(result.documentChanged());
    }

    @Test
    void removeOfMissingAttributeChangesNothing() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"title\"}]");

        assertFalse(result.documentChanged());
        assertEquals(user, result.document());
    }

    @Test
    void removeOfRequiredAttributeIsMutabilityError() {
        // RFC 7644 section 3.5.2.2: removing a required attribute answers scimType "mutability".
        assertScimError(
                ScimErrorType.MUTABILITY, () -> patch(USER, user, "[{\"op\":\"remove\",\"path\":\"userName\"}]"));
    }

    @Test
    void replaceWithWrongTypeIsInvalidValueNamingAttribute() {
        var error = assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"no\"}]"));

        assertTrue(error.detail().contains("'active'"), error.detail());
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":7}]"));
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"userName\",\"value\":{\"a\":1}}]"));
    }

    @Test
    void replaceOfReadOnlyAttributeIsMutabilityError() {
        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"other\"}]"));
        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"meta.lastModified\",\"value\":\"2020-01-01T00:00:00Z\"}]"));
        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(USER, user, "[{\"op\":\"add\",\"path\":\"groups\",\"value\":[{\"value\":\"g1\"}]}]"));
        assertScimError(ScimErrorType.MUTABILITY, () -> patch(USER, user, "[{\"op\":\"remove\",\"path\":\"meta\"}]"));
    }

    @Test
    void replaceOfUnknownAttributeIsInvalidPathNamingIt() {
        var error = assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":\"42\"}]"));

        assertTrue(error.detail().contains("shoeSize"), error.detail());
    }

    @Test
    void replaceOfPasswordIsAcceptedButNeverStored() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"password\",\"value\":\"s3cret\"}]");

        assertFalse(result.document().containsKey("password"));
        assertFalse(result.documentChanged());
    }

    @Test
    void replaceWithSameValueChangesNothing() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"active\",\"value\":true}]");

        assertFalse(result.documentChanged());
        assertEquals(user, result.document());
    }

    @Test
    void replaceOfExternalIdSetsIt() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"externalId\",\"value\":\"abc\"}]");

        assertEquals(Json.createValue("abc"), result.document().get("externalId"));
    }
}
