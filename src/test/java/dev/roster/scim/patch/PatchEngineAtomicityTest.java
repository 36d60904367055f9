package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.storedGroup;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.roster.scim.error.ScimErrorType;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** RFC 7644 section 3.5.2: all operations apply, in order, or none does. */
class PatchEngineAtomicityTest {

    @Test
    void applyWithFailingSecondOperationLeavesDocumentUntouched() {
        JsonObject user = storedUser();
        JsonObject before = storedUser();

        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> patch(
                        USER,
                        user,
                        "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Changed\"},"
                                + "{\"op\":\"replace\",\"path\":\"shoeSize\",\"value\":\"42\"}]"));

        assertEquals(before, user);
    }

    @Test
    void applyRunsOperationsInOrder() {
        PatchResult result = patch(
                USER,
                storedUser(),
                "[{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"A\"},"
                        + "{\"op\":\"remove\",\"path\":\"nickName\"},{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"B\"}]");

        assertEquals("B", result.document().getString("nickName"));
    }

    @Test
    void applyThatChangesNothingReportsUnchangedAndReturnsSameDocument() {
        JsonObject user = storedUser();

        PatchResult result = patch(
                USER,
                user,
                "[{\"op\":\"replace\",\"value\":{\"active\":true}},"
                        + "{\"op\":\"add\",\"path\":\"emails\",\"value\":[{\"value\":\"babs@jensen.org\",\"type\":\"home\"}]},"
                        + "{\"op\":\"remove\",\"path\":\"emails[type eq \\\"other\\\"]\"}]");

        assertFalse(result.documentChanged());
        assertFalse(result.hasChanges());
        assertSame(user, result.document());
    }

    @Test
    void applyThatChangesAndRestoresReportsUnchanged() {
        PatchResult result = patch(
                USER,
                storedUser(),
                "[{\"op\":\"replace\",\"path\":\"active\",\"value\":false},"
                        + "{\"op\":\"replace\",\"path\":\"active\",\"value\":true}]");

        assertFalse(result.documentChanged());
    }

    @Test
    void applyWithFailingOperationAfterMemberChangeReturnsNoChanges() {
        assertScimError(
                ScimErrorType.INVALID_FILTER,
                () -> patch(
                        GROUP,
                        storedGroup(),
                        "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]},"
                                + "{\"op\":\"remove\",\"path\":\"members[display eq \\\"x\\\"]\"}]"));
    }
}
