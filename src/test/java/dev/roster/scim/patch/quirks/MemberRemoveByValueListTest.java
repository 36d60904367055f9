package dev.roster.scim.patch.quirks;

import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.patch.PatchOp;
import dev.roster.scim.patch.PatchOperation;
import dev.roster.scim.patch.PatchPaths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entra's {@code {"op":"Remove","path":"members","value":[{"value":"<id>"}]}}. */
class MemberRemoveByValueListTest {

    private final MemberRemoveByValueList quirk = new MemberRemoveByValueList();

    @Test
    void rewriteGivesOneFilteredRemovePerMember() {
        PatchOperation operation =
                only("[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"},{\"value\":\"u2\"}]}]");

        assertTrue(quirk.appliesTo(operation, GROUP));
        assertEquals(
                List.of(
                        new PatchOperation(PatchOp.REMOVE, PatchPaths.parse("members[value eq \"u1\"]"), null),
                        new PatchOperation(PatchOp.REMOVE, PatchPaths.parse("members[value eq \"u2\"]"), null)),
                quirk.rewrite(operation, GROUP));
    }

    @Test
    void rewriteOfSingleObjectValue() {
        PatchOperation operation = only("[{\"op\":\"remove\",\"path\":\"Members\",\"value\":{\"Value\":\"u1\"}}]");

        assertEquals(
                List.of(new PatchOperation(PatchOp.REMOVE, PatchPaths.parse("Members[value eq \"u1\"]"), null)),
                quirk.rewrite(operation, GROUP));
    }

    @Test
    void rewriteOfEmptyListRemovesNothing() {
        PatchOperation operation = only("[{\"op\":\"remove\",\"path\":\"members\",\"value\":[]}]");

        assertTrue(quirk.appliesTo(operation, GROUP));
        assertEquals(List.of(), quirk.rewrite(operation, GROUP));
    }

    @Test
    void notAppliedWithoutValue() {
        assertFalse(quirk.appliesTo(only("[{\"op\":\"remove\",\"path\":\"members\"}]"), GROUP));
    }

    @Test
    void notAppliedWhenPathHasFilter() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\","
                        + "\"value\":[{\"value\":\"u1\"}]}]"),
                GROUP));
    }

    @Test
    void notAppliedWhenElementHasNoStringValue() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"display\":\"Ann\"}]}]"), GROUP));
        assertFalse(
                quirk.appliesTo(only("[{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":7}]}]"), GROUP));
    }

    @Test
    void notAppliedToAddOrReplace() {
        assertFalse(
                quirk.appliesTo(only("[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}]"), GROUP));
    }

    @Test
    void notAppliedToOtherAttributes() {
        assertFalse(quirk.appliesTo(
                only("[{\"op\":\"remove\",\"path\":\"emails\",\"value\":[{\"value\":\"a@x.org\"}]}]"), USER));
    }

    private static PatchOperation only(String operations) {
        return request(operations).operations().get(0);
    }
}
