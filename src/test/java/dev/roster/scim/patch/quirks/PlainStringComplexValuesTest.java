package dev.roster.scim.patch.quirks;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.jsonValue;
import static dev.roster.scim.patch.PatchTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.patch.PatchOperation;
import org.junit.jupiter.api.Test;

/** Members (Microsoft test collection) and manager (Entra) sent as plain strings. */
class PlainStringComplexValuesTest {

    private final PlainStringComplexValues quirk = new PlainStringComplexValues();

    @Test
    void rewriteWrapsMemberIdsInArray() {
        PatchOperation operation =
                only("[{\"op\":\"add\",\"path\":\"members\",\"value\":[\"u1\",{\"value\":\"u2\"}]}]");

        assertTrue(quirk.appliesTo(operation, GROUP));
        assertEquals(
                jsonValue("[{\"value\":\"u1\"},{\"value\":\"u2\"}]"),
                quirk.rewrite(operation, GROUP).get(0).value());
    }

    @Test
    void rewriteWrapsSingleMemberId() {
        PatchOperation operation = only("[{\"op\":\"add\",\"path\":\"members\",\"value\":\"u1\"}]");

        assertEquals(
                jsonValue("{\"value\":\"u1\"}"),
                quirk.rewrite(operation, GROUP).get(0).value());
    }

    @Test
    void rewriteWrapsManagerId() {
        PatchOperation operation = only("[{\"op\":\"Add\",\"path\":\"" + ENTERPRISE + ":manager\",\"value\":\"m1\"}]");

        assertTrue(quirk.appliesTo(operation, USER));
        assertEquals(
                jsonValue("{\"value\":\"m1\"}"),
                quirk.rewrite(operation, USER).get(0).value());
    }

    @Test
    void notAppliedWhenMembersAreObjects() {
        assertFalse(
                quirk.appliesTo(only("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}]"), GROUP));
    }

    @Test
    void notAppliedWhenPathNamesSubAttribute() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"add\",\"path\":\"" + ENTERPRISE + ":manager.value\",\"value\":\"m1\"}]"), USER));
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"add\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"a\"}]"), USER));
    }

    @Test
    void notAppliedToSimpleAttributes() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"add\",\"path\":\"displayName\",\"value\":\"x\"}]"), USER));
    }

    @Test
    void notAppliedToComplexWithoutValueSubAttribute() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"add\",\"path\":\"name\",\"value\":\"Ann\"}]"), USER));
    }

    @Test
    void notAppliedWithoutPath() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"add\",\"value\":{\"members\":[\"u1\"]}}]"), GROUP));
    }

    private static PatchOperation only(String operations) {
        return request(operations).operations().get(0);
    }
}
