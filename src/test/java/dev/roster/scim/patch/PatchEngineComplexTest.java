package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.scim.error.ScimErrorType;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Single-valued complex attributes: name and its sub-attributes. */
class PatchEngineComplexTest {

    private final JsonObject user = storedUser();

    @Test
    void addWithSubAttributePathSetsIt() {
        PatchResult result = patch(USER, user, "[{\"op\":\"add\",\"path\":\"name.middleName\",\"value\":\"J\"}]");

        assertEquals(
                json("{\"givenName\":\"Barbara\",\"familyName\":\"Jensen\",\"middleName\":\"J\"}"),
                result.document().getJsonObject("name"));
    }

    @Test
    void replaceWithSubAttributePathInAnyCaseKeepsSchemaSpelling() {
        PatchResult result =
                patch(USER, user, "[{\"op\":\"replace\",\"path\":\"Name.FamilyName\",\"value\":\"Smith\"}]");

        assertEquals(
                json("{\"givenName\":\"Barbara\",\"familyName\":\"Smith\"}"),
                result.document().getJsonObject("name"));
    }

    @Test
    void replaceOfComplexMergesGivenSubAttributes() {
        // RFC 7644 section 3.5.2.3: sub-attributes not given in value are left unchanged.
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"FamilyName\":\"Smith\",\"honorificPrefix\":\"Ms.\"}}]");

        assertEquals(
                json("{\"givenName\":\"Barbara\",\"familyName\":\"Smith\",\"honorificPrefix\":\"Ms.\"}"),
                result.document().getJsonObject("name"));
    }

    @Test
    void addOfComplexCreatesMissingAttribute() {
        JsonObject withoutName = json("{\"userName\":\"ann\"}");

        PatchResult result =
                patch(USER, withoutName, "[{\"op\":\"add\",\"path\":\"name\",\"value\":{\"givenName\":\"Ann\"}}]");

        assertEquals(json("{\"givenName\":\"Ann\"}"), result.document().getJsonObject("name"));
    }

    @Test
    void addOfSubAttributeCreatesMissingComplex() {
        JsonObject withoutName = json("{\"userName\":\"ann\"}");

        PatchResult result =
                patch(USER, withoutName, "[{\"op\":\"add\",\"path\":\"name.givenName\",\"value\":\"Ann\"}]");

        assertEquals(json("{\"givenName\":\"Ann\"}"), result.document().getJsonObject("name"));
    }

    @Test
    void replaceWithNullSubAttributeRemovesIt() {
        PatchResult result =
                patch(USER, user, "[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"givenName\":null}}]");

        assertEquals(json("{\"familyName\":\"Jensen\"}"), result.document().getJsonObject("name"));
    }

    @Test
    void removeOfSubAttributeKeepsTheOthers() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"name.givenName\"}]");

        assertEquals(json("{\"familyName\":\"Jensen\"}"), result.document().getJsonObject("name"));
    }

    @Test
    void removeOfLastSubAttributeRemovesComplex() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"remove\",\"path\":\"name.givenName\"},{\"op\":\"remove\",\"path\":\"name.familyName\"}]");

        assertFalse(result.document().containsKey("name"));
    }

    @Test
    void removeOfComplexRemovesIt() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"name\"}]");

        assertFalse(result.document().containsKey("name"));
    }

    @Test
    void replaceOfComplexIgnoresUnknownSubAttributes() {
        PatchResult result =
                patch(USER, user, "[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"nickname\":\"B\"}}]");

        assertFalse(result.documentChanged());
    }

    @Test
    void replaceOfComplexWithWrongSubAttributeTypeIsInvalidValue() {
        var error = assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"name\",\"value\":{\"givenName\":1}}]"));

        assertEquals("Attribute 'name.givenName' must be a string, not a number", error.detail());
    }

    @Test
    void replaceOfComplexWithScalarIsInvalidValue() {
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"name\",\"value\":\"Barbara Jensen\"}]"));
    }

    @Test
    void replaceOfUnknownSubAttributeIsInvalidPath() {
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"name.nickname\",\"value\":\"B\"}]"));
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(USER, user, "[{\"op\":\"replace\",\"path\":\"userName.first\",\"value\":\"B\"}]"));
    }
}
