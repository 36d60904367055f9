package dev.roster.scim.patch;

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
import org.junit.jupiter.api.Test;

/** {@code attr[filter]} and {@code attr[filter].sub} paths. */
class PatchEngineFilteredPathTest {

    private final JsonObject user = storedUser();

    @Test
    void replaceWithFilteredPathSetsSubAttributeOfMatch() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"].value\",\"value\":\"b@home.org\"}]");

        assertEquals(jsonValue("""
                [{"value":"bjensen@example.com","type":"work","primary":true},
                 {"value":"b@home.org","type":"home"}]"""), result.document().get("emails"));
    }

    @Test
    void replaceWithFilteredPathMatchesByCaseInsensitiveType() {
        // emails.type is caseExact false in the schema.
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"HOME\\\"].display\",\"value\":\"Home\"}]");

        assertEquals(
                "Home",
                result.document().getJsonArray("emails").getJsonObject(1).getString("display"));
    }

    @Test
    void addWithFilteredPathCreatesMissingElement() {
        PatchResult result = patch(
                USER,
                json("{\"userName\":\"ann\"}"),
                "[{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"ann@example.com\"}]");

        assertEquals(
                jsonValue("[{\"type\":\"work\",\"value\":\"ann@example.com\"}]"),
                result.document().get("emails"));
    }

    @Test
    void replaceWithFilteredPathCreatesMissingElementFromAllEqConditions() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\","
                        + "\"path\":\"phoneNumbers[type eq \\\"work\\\" and primary eq true].value\",\"value\":\"+1 555 0100\"}]");

        assertEquals(
                jsonValue("[{\"type\":\"work\",\"primary\":true,\"value\":\"+1 555 0100\"}]"),
                result.document().get("phoneNumbers"));
    }

    @Test
    void replaceWithFilteredPathThatCannotDescribeAnElementIsNoTarget() {
        assertScimError(
                ScimErrorType.NO_TARGET,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"emails[type ne \\\"work\\\" and type ne \\\"home\\\"].value\",\"value\":\"x\"}]"));
        assertScimError(
                ScimErrorType.NO_TARGET,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"a\\\" or type eq \\\"b\\\"].value\",\"value\":\"x\"}]"));
    }

    @Test
    void replaceWithFilterWithoutSubAttributeMergesIntoMatches() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"]\","
                        + "\"value\":{\"value\":\"b@home.org\",\"display\":\"Home\"}}]");

        assertEquals(
                json("{\"value\":\"b@home.org\",\"type\":\"home\",\"display\":\"Home\"}"),
                result.document().getJsonArray("emails").get(1));
    }

    @Test
    void replaceWithFilterSettingPrimaryClearsItOnOthers() {
        PatchResult result = patch(
                USER, user, "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"home\\\"].primary\",\"value\":true}]");

        assertEquals(jsonValue("""
                [{"value":"bjensen@example.com","type":"work","primary":false},
                 {"value":"babs@jensen.org","type":"home","primary":true}]"""), result.document().get("emails"));
    }

    @Test
    void removeWithFilterDeletesMatchingElements() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"]\"}]");

        assertEquals(
                jsonValue("[{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]"),
                result.document().get("emails"));
    }

    @Test
    void removeWithFilterMatchingEverythingRemovesAttribute() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails[value pr]\"}]");

        assertFalse(result.document().containsKey("emails"));
    }

    @Test
    void removeWithFilterMatchingNothingChangesNothing() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"other\\\"]\"}]");

        assertFalse(result.documentChanged());
    }

    @Test
    void removeOfFilteredSubAttributeKeepsElement() {
        PatchResult result =
                patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"].primary\"}]");

        assertEquals(
                json("{\"value\":\"bjensen@example.com\",\"type\":\"work\"}"),
                result.document().getJsonArray("emails").get(0));
    }

    @Test
    void removeOfFilteredValueDropsTheElement() {
        // An email without an address means nothing; Entra clears emails[type eq "work"].value to delete it.
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"].value\"}]");

        assertEquals(
                jsonValue("[{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]"),
                result.document().get("emails"));
    }

    @Test
    void replaceWithFilterOnSingleValuedAttributeIsInvalidPath() {
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"name[givenName eq \\\"Barbara\\\"].familyName\",\"value\":\"x\"}]"));
    }

    @Test
    void replaceWithFilteredPathOfWrongValueTypeIsInvalidValue() {
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":{\"value\":\"x\"}}]"));
    }

    @Test
    void replaceWithFilterOnUnknownSubAttributeIsInvalidPath() {
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].address\",\"value\":\"x\"}]"));
    }
}
