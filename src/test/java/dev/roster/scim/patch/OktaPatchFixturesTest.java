package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.fixture;
import static dev.roster.scim.patch.PatchTestSupport.patchWithQuirks;
import static dev.roster.scim.patch.PatchTestSupport.storedGroup;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.patch.MembershipChange.AddMembers;
import dev.roster.scim.patch.MembershipChange.RemoveMembers;
import dev.roster.scim.patch.MembershipChange.ReplaceMembers;
import dev.roster.scim.spi.MemberRef;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Request bodies Okta sends (fixtures/patch/okta), through quirks and engine as the store runs them. */
class OktaPatchFixturesTest {

    @Test
    void pathlessReplaceDeactivatesUser() {
        PatchResult result = apply(USER, storedUser(), "deactivate-user.json");

        assertEquals(JsonValue.FALSE, result.document().get("active"));
        assertTrue(result.documentChanged());
    }

    @Test
    void pathlessReplaceReactivatesUser() {
        JsonObject inactive = apply(USER, storedUser(), "deactivate-user.json").document();

        PatchResult result = apply(USER, inactive, "reactivate-user.json");

        assertEquals(JsonValue.TRUE, result.document().get("active"));
    }

    @Test
    void pathlessReplaceOfActiveUserWithActiveTrueChangesNothing() {
        PatchResult result = apply(USER, storedUser(), "reactivate-user.json");

        assertFalse(result.hasChanges());
    }

    @Test
    void passwordSyncIsAcceptedWithoutStoringPassword() {
        PatchResult result = apply(USER, storedUser(), "password-sync.json");

        assertFalse(result.document().containsKey("password"));
        assertFalse(result.documentChanged());
    }

    @Test
    void groupRenameWithMemberAddAndRemoveInOneRequest() {
        PatchResult result = apply(GROUP, storedGroup(), "group-rename-add-and-remove-members.json");

        assertEquals("Finance", result.document().getString("displayName"));
        assertFalse(result.document().containsKey("id"));
        assertEquals(
                List.of(
                        new AddMembers(List.of(new MemberRef(
                                "2819c223-7f76-453a-919d-413861904646",
                                Optional.empty(),
                                Optional.of("jane@example.com")))),
                        new RemoveMembers(Set.of("902c246b-6245-4190-8e05-00816be7344a"))),
                result.membershipChanges());
    }

    @Test
    void replaceMembersGivesTheWholeList() {
        PatchResult result = apply(GROUP, storedGroup(), "group-replace-members.json");

        assertEquals(1, result.membershipChanges().size());
        ReplaceMembers replace = (ReplaceMembers) result.membershipChanges().get(0);
        assertEquals(
                List.of("2819c223-7f76-453a-919d-413861904646", "902c246b-6245-4190-8e05-00816be7344a"),
                replace.members().stream().map(MemberRef::value).toList());
        assertFalse(result.documentChanged());
    }

    private static PatchResult apply(ResourceSchema schema, JsonObject document, String fixture) {
        return patchWithQuirks(
                schema, document, PatchRequest.fromJson(fixture("okta/" + fixture), PatchTestSupport.MAX_OPERATIONS));
    }
}
