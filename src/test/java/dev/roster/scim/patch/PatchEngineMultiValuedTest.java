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

/** Multi-valued attributes without a filter: emails, phoneNumbers, roles. */
class PatchEngineMultiValuedTest {

    private final JsonObject user = storedUser();

    @Test
    void addAppendsElements() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"b@x.org\",\"type\":\"other\"}]}]");

        assertEquals(jsonValue("""
                [{"value":"bjensen@example.com","type":"work","primary":true},
                 {"value":"babs@jensen.org","type":"home"},
                 {"value":"b@x.org","type":"other"}]"""), result.document().get("emails"));
    }

    @Test
    void addSkipsExactDuplicates() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"type\":\"home\",\"value\":\"babs@jensen.org\"}]}]");

        assertFalse(result.documentChanged());
    }

    @Test
    void addAcceptsOneElementWithoutArray() {
        PatchResult result = patch(USER, user, "[{\"op\":\"add\",\"path\":\"roles\",\"value\":{\"value\":\"guide\"}}]");

        assertEquals(jsonValue("[{\"value\":\"guide\"}]"), result.document().get("roles"));
    }

    @Test
    void addWithPrimaryClearsPrimaryOnOthers() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"add\",\"path\":\"emails\","
                        + "\"value\":[{\"value\":\"new@example.com\",\"type\":\"work\",\"primary\":true}]}]");

        assertEquals(jsonValue("""
                [{"value":"bjensen@example.com","type":"work","primary":false},
                 {"value":"babs@jensen.org","type":"home"},
                 {"value":"new@example.com","type":"work","primary":true}]"""), result.document().get("emails"));
    }

    @Test
    void replaceSwapsTheWholeList() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"emails\",\"value\":[{\"value\":\"only@example.com\",\"type\":\"work\"}]}]");

        assertEquals(
                jsonValue("[{\"value\":\"only@example.com\",\"type\":\"work\"}]"),
                result.document().get("emails"));
    }

    @Test
    void replaceWithTwoPrimariesKeepsTheLast() {
        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"path\":\"emails\",\"value\":["
                        + "{\"value\":\"a@x.org\",\"primary\":true},{\"value\":\"b@x.org\",\"primary\":true}]}]");

        assertEquals(
                jsonValue("[{\"value\":\"a@x.org\",\"primary\":false},{\"value\":\"b@x.org\",\"primary\":true}]"),
                result.document().get("emails"));
    }

    @Test
    void replaceWithEmptyArrayRemovesAttribute() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"emails\",\"value\":[]}]");

        assertFalse(result.document().containsKey("emails"));
    }

    @Test
    void removeDeletesAllValues() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails\"}]");

        assertFalse(result.document().containsKey("emails"));
    }

    @Test
    void replaceOfSubAttributeWithoutFilterSetsItOnEveryElement() {
        PatchResult result = patch(USER, user, "[{\"op\":\"replace\",\"path\":\"emails.display\",\"value\":\"Babs\"}]");

        result.document()
                .getJsonArray("emails")
                .forEach(email -> assertEquals("Babs", email.asJsonObject().getString("display")));
    }

    @Test
    void addOfSubAttributeWithoutElementsCreatesOne() {
        PatchResult result = patch(
                USER,
                json("{\"userName\":\"ann\"}"),
                "[{\"op\":\"add\",\"path\":\"emails.value\",\"value\":\"ann@example.com\"}]");

        assertEquals(
                jsonValue("[{\"value\":\"ann@example.com\"}]"),
                result.document().get("emails"));
    }

    @Test
    void removeOfSubAttributeWithoutFilterClearsItEverywhere() {
        PatchResult result = patch(USER, user, "[{\"op\":\"remove\",\"path\":\"emails.type\"}]");

        assertEquals(
                jsonValue("[{\"value\":\"bjensen@example.com\",\"primary\":true},{\"value\":\"babs@jensen.org\"}]"),
                result.document().get("emails"));
    }

    @Test
    void addWithElementOfWrongShapeIsInvalidValue() {
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"add\",\"path\":\"emails\",\"value\":[\"a@x.org\"]}]"));
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(USER, user, "[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"primary\":\"yes\"}]}]"));
    }
}
