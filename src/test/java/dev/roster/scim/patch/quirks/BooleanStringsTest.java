package dev.roster.scim.patch.quirks;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.jsonValue;
import static dev.roster.scim.patch.PatchTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.patch.PatchOperation;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** Entra's {@code "True"} / {@code "False"} strings for boolean attributes. */
class BooleanStringsTest {

    private final BooleanStrings quirk = new BooleanStrings();

    @Test
    void rewriteCoercesPathTargetedBoolean() {
        PatchOperation operation = only("[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]");

        assertTrue(quirk.appliesTo(operation, USER));
        assertEquals(JsonValue.FALSE, quirk.rewrite(operation, USER).get(0).value());
    }

    @Test
    void rewriteCoercesFilteredSubAttribute() {
        PatchOperation operation =
                only("[{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].primary\",\"value\":\"TRUE\"}]");

        assertEquals(JsonValue.TRUE, quirk.rewrite(operation, USER).get(0).value());
    }

    @Test
    void rewriteCoercesSubAttributesOfElements() {
        PatchOperation operation =
                only("[{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"a@x.org\",\"primary\":\"True\"}]}]");

        assertEquals(
                jsonValue("[{\"value\":\"a@x.org\",\"primary\":true}]"),
                quirk.rewrite(operation, USER).get(0).value());
    }

    @Test
    void rewriteCoercesPathlessValue() {
        PatchOperation operation =
                only("[{\"op\":\"replace\",\"value\":{\"active\":\"True\",\"displayName\":\"True\"}}]");

        assertEquals(
                json("{\"active\":true,\"displayName\":\"True\"}"),
                quirk.rewrite(operation, USER).get(0).value());
    }

    @Test
    void notAppliedToStringAttributes() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"False\"}]"), USER));
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"replace\",\"path\":\"" + ENTERPRISE + ":department\",\"value\":\"True\"}]"), USER));
    }

    @Test
    void notAppliedToOtherStrings() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"replace\",\"path\":\"active\",\"value\":\"yes\"}]"), USER));
    }

    @Test
    void notAppliedToRealBooleans() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]"), USER));
    }

    @Test
    void notAppliedToUnknownPath() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"replace\",\"path\":\"enabled\",\"value\":\"True\"}]"), USER));
    }

    private static PatchOperation only(String operations) {
        return request(operations).operations().get(0);
    }
}
