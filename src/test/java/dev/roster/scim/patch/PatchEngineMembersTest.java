package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.patch;
import static dev.roster.scim.patch.PatchTestSupport.storedGroup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.patch.MembershipChange.AddMembers;
import dev.roster.scim.patch.MembershipChange.RemoveAllMembers;
import dev.roster.scim.patch.MembershipChange.RemoveMembers;
import dev.roster.scim.patch.MembershipChange.ReplaceMembers;
import dev.roster.scim.spi.MemberRef;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Group members never enter the document; they become membership changes for the store. */
class PatchEngineMembersTest {

    private final JsonObject group = storedGroup();

    @Test
    void addMembersBecomesAddMembersChange() {
        PatchResult result = patch(
                GROUP,
                group,
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":["
                        + "{\"value\":\"u1\",\"display\":\"Ann\",\"type\":\"user\"},{\"value\":\"u2\"}]}]");

        assertEquals(
                List.of(new AddMembers(
                        List.of(new MemberRef("u1", Optional.of("User"), Optional.of("Ann")), MemberRef.of("u2")))),
                result.membershipChanges());
        assertFalse(result.documentChanged());
        assertFalse(result.document().containsKey("members"));
        assertTrue(result.hasChanges());
    }

    @Test
    void addMembersIgnoresNullRefAndDuplicates() {
        PatchResult result = patch(
                GROUP,
                group,
                "[{\"op\":\"add\",\"path\":\"members\",\"value\":["
                        + "{\"value\":\"u1\",\"$ref\":null},{\"value\":\"u1\",\"$ref\":null}]}]");

        assertEquals(List.of(new AddMembers(List.of(MemberRef.of("u1")))), result.membershipChanges());
    }

    @Test
    void removeWithValueEqFilterBecomesRemoveMembers() {
        PatchResult result = patch(GROUP, group, "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\"]\"}]");

        assertEquals(List.of(new RemoveMembers(Set.of("u1"))), result.membershipChanges());
    }

    @Test
    void removeWithOrOfValueEqFiltersRemovesEach() {
        PatchResult result = patch(
                GROUP,
                group,
                "[{\"op\":\"remove\","
                        + "\"path\":\"members[value eq \\\"u1\\\" or value eq \\\"u2\\\" or Value eq \\\"u3\\\"]\"}]");

        assertEquals(List.of(new RemoveMembers(Set.of("u1", "u2", "u3"))), result.membershipChanges());
    }

    @Test
    void removeWithOtherMemberFilterIsInvalidFilter() {
        var error = assertScimError(
                ScimErrorType.INVALID_FILTER,
                () -> patch(GROUP, group, "[{\"op\":\"remove\",\"path\":\"members[display eq \\\"Ann\\\"]\"}]"));

        assertTrue(error.detail().contains("value eq"), error.detail());
        assertScimError(
                ScimErrorType.INVALID_FILTER,
                () -> patch(
                        GROUP,
                        group,
                        "[{\"op\":\"remove\",\"path\":\"members[value eq \\\"u1\\\" and type eq \\\"User\\\"]\"}]"));
        assertScimError(
                ScimErrorType.INVALID_FILTER,
                () -> patch(GROUP, group, "[{\"op\":\"remove\",\"path\":\"members[value sw \\\"u\\\"]\"}]"));
    }

    @Test
    void removeOfMembersBecomesRemoveAllMembers() {
        PatchResult result = patch(GROUP, group, "[{\"op\":\"remove\",\"path\":\"members\"}]");

        assertEquals(List.of(new RemoveAllMembers()), result.membershipChanges());
    }

    @Test
    void replaceOfMembersBecomesReplaceMembers() {
        PatchResult result = patch(
                GROUP,
                group,
                "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"},{\"value\":\"u2\"}]}]");

        assertEquals(
                List.of(new ReplaceMembers(List.of(MemberRef.of("u1"), MemberRef.of("u2")))),
                result.membershipChanges());
    }

    @Test
    void replaceOfMembersWithEmptyListBecomesEmptyReplace() {
        PatchResult result = patch(GROUP, group, "[{\"op\":\"replace\",\"path\":\"members\",\"value\":[]}]");

        assertEquals(List.of(new ReplaceMembers(List.of())), result.membershipChanges());
    }

    @Test
    void pathlessValueWithMembersBecomesMembershipChange() {
        // Okta: rename plus member sync in one path-less replace.
        PatchResult result = patch(
                GROUP,
                group,
                "[{\"op\":\"replace\",\"value\":"
                        + "{\"id\":\"g1\",\"displayName\":\"Finance\",\"members\":[{\"value\":\"u1\"}]}}]");

        assertEquals("Finance", result.document().getString("displayName"));
        assertFalse(result.document().containsKey("members"));
        assertEquals(List.of(new ReplaceMembers(List.of(MemberRef.of("u1")))), result.membershipChanges());
    }

    @Test
    void changesKeepRequestOrderAndFoldNeighboursOfOneKind() {
        PatchResult result = patch(GROUP, group, """
                [{"op":"add","path":"members","value":[{"value":"u1"}]},
                 {"op":"add","path":"members","value":[{"value":"u2"}]},
                 {"op":"remove","path":"members[value eq \\"u3\\"]"},
                 {"op":"remove","path":"members[value eq \\"u4\\"]"},
                 {"op":"add","path":"members","value":[{"value":"u3"}]}]""");

        assertEquals(
                List.of(
                        new AddMembers(List.of(MemberRef.of("u1"), MemberRef.of("u2"))),
                        new RemoveMembers(Set.of("u3", "u4")),
                        new AddMembers(List.of(MemberRef.of("u3")))),
                result.membershipChanges());
    }

    @Test
    void changeOfMemberInPlaceIsMutabilityError() {
        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(
                        GROUP,
                        group,
                        "[{\"op\":\"replace\",\"path\":\"members[value eq \\\"u1\\\"].value\",\"value\":\"u2\"}]"));
        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(
                        GROUP,
                        group,
                        "[{\"op\":\"replace\",\"path\":\"members[value eq \\\"u1\\\"]\",\"value\":{\"value\":\"u2\"}}]"));
        assertScimError(
                ScimErrorType.MUTABILITY,
                () -> patch(GROUP, group, "[{\"op\":\"replace\",\"path\":\"members.value\",\"value\":\"u2\"}]"));
    }

    @Test
    void addOfMemberWithoutValueIsInvalidValue() {
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(GROUP, group, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"display\":\"Ann\"}]}]"));
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(GROUP, group, "[{\"op\":\"add\",\"path\":\"members\",\"value\":[\"u1\"]}]"));
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(
                        GROUP,
                        group,
                        "[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"u1\",\"type\":\"Robot\"}]}]"));
    }

    @Test
    void removeOfMembersWithValueIsInvalidValueWithoutQuirks() {
        // The standard engine never reads a value on remove as "these members": that is the Entra quirk's job.
        assertScimError(
                ScimErrorType.INVALID_VALUE,
                () -> patch(GROUP, group, "[{\"op\":\"remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}]"));
    }

    @Test
    void replaceOfGroupDisplayNameChangesDocumentOnly() {
        PatchResult result =
                patch(GROUP, group, "[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"Finance\"}]");

        assertEquals("Finance", result.document().getString("displayName"));
        assertTrue(result.membershipChanges().isEmpty());
    }
}
