package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.ENTERPRISE;
import static dev.roster.scim.patch.PatchTestSupport.GROUP;
import static dev.roster.scim.patch.PatchTestSupport.USER;
import static dev.roster.scim.patch.PatchTestSupport.fixture;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.jsonValue;
import static dev.roster.scim.patch.PatchTestSupport.patchWithQuirks;
import static dev.roster.scim.patch.PatchTestSupport.storedGroup;
import static dev.roster.scim.patch.PatchTestSupport.storedUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.scim.patch.MembershipChange.AddMembers;
import dev.roster.scim.patch.MembershipChange.RemoveMembers;
import dev.roster.scim.spi.MemberRef;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Request bodies Microsoft Entra ID (and Microsoft's test collection) sends (fixtures/patch/entra). */
class EntraPatchFixturesTest {

    private static final String ANN = "2819c223-7f76-453a-919d-413861904646";
    private static final String MANDY = "902c246b-6245-4190-8e05-00816be7344a";

    @Test
    void capitalisedReplaceWithStringBooleanDeactivates() {
        PatchResult result = apply(USER, storedUser(), "deactivate-user-string-boolean.json");

        assertEquals(JsonValue.FALSE, result.document().get("active"));
    }

    @Test
    void attributeUpdatesWithPathsIncludingPlainStringManager() {
        PatchResult result = apply(USER, storedUser(), "update-user-attributes.json");

        assertEquals("Jensen-Smith", result.document().getJsonObject("name").getString("familyName"));
        assertEquals("bjensen", result.document().getString("externalId"));
        assertEquals(
                json("{\"employeeNumber\":\"701985\",\"department\":\"Tour Operations\","
                        + "\"manager\":{\"value\":\"26118915-6090-4610-87e4-49d8ca9f808d\"}}"),
                result.document().getJsonObject(ENTERPRISE));
    }

    @Test
    void filteredReplaceCreatesMissingWorkEmailAndMobilePhone() {
        JsonObject withoutEmails = json("{\"userName\":\"ann@example.com\",\"active\":true}");

        PatchResult result = apply(USER, withoutEmails, "replace-work-email-creating-it.json");

        assertEquals(
                jsonValue("[{\"type\":\"work\",\"value\":\"ann@example.com\"}]"),
                result.document().get("emails"));
        assertEquals(
                jsonValue("[{\"type\":\"mobile\",\"value\":\"+1 555 0100\"}]"),
                result.document().get("phoneNumbers"));
    }

    @Test
    void filteredReplaceUpdatesExistingWorkEmail() {
        PatchResult result = apply(USER, storedUser(), "replace-work-email-creating-it.json");

        assertEquals(
                json("{\"value\":\"ann@example.com\",\"type\":\"work\",\"primary\":true}"),
                result.document().getJsonArray("emails").get(0));
        assertEquals(2, result.document().getJsonArray("emails").size());
    }

    @Test
    void pathlessReplaceWithDottedAndUrnKeys() {
        PatchResult result = apply(USER, storedUser(), "pathless-qualified-keys.json");

        assertEquals("Ann Jensen", result.document().getString("displayName"));
        assertEquals(
                json("{\"givenName\":\"Ann\",\"familyName\":\"Jensen\"}"),
                result.document().getJsonObject("name"));
        assertEquals("Sales", result.document().getJsonObject(ENTERPRISE).getString("department"));
        assertEquals(JsonValue.TRUE, result.document().get("active"));
    }

    @Test
    void removeMembersByValueList() {
        PatchResult result = apply(GROUP, storedGroup(), "group-remove-members-by-value-list.json");

        assertEquals(List.of(new RemoveMembers(Set.of(ANN, MANDY))), result.membershipChanges());
    }

    @Test
    void addMemberWithNullRef() {
        PatchResult result = apply(GROUP, storedGroup(), "group-add-member-null-ref.json");

        assertEquals(List.of(new AddMembers(List.of(MemberRef.of(ANN)))), result.membershipChanges());
    }

    @Test
    void removeMemberByFilter() {
        PatchResult result = apply(GROUP, storedGroup(), "group-remove-member-by-filter.json");

        assertEquals(List.of(new RemoveMembers(Set.of(ANN))), result.membershipChanges());
    }

    @Test
    void addMemberAsPlainString() {
        PatchResult result = apply(GROUP, storedGroup(), "group-add-member-plain-string.json");

        assertEquals(List.of(new AddMembers(List.of(MemberRef.of(ANN)))), result.membershipChanges());
    }

    @Test
    void renameGroup() {
        PatchResult result = apply(GROUP, storedGroup(), "group-rename.json");

        assertEquals("Finance", result.document().getString("displayName"));
        assertFalse(result.document().containsKey("members"));
    }

    private static PatchResult apply(ResourceSchema schema, JsonObject document, String fixture) {
        return patchWithQuirks(
                schema, document, PatchRequest.fromJson(fixture("entra/" + fixture), PatchTestSupport.MAX_OPERATIONS));
    }
}
