package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.addAndRemove;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertEtagIsVersion;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertPatchAccepted;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.refs;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.patchOp;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Okta's Push Groups (idp-wire-behaviour.md, Okta step 7): the integration-network template's PATCHes, which
 * rename with every membership change, and the App Integration Wizard's GET + PUT of the complete member list.
 */
interface OktaGroupPushReplay extends ReplayContext {

    @Test
    @DisplayName("Okta group push: create, rename+add, remove by filter, add+remove, rename, delete")
    default void oktaPushesAGroupWithPatches() {
        String janeName = uniqueUserName("push-jane");
        String jane = okta().createUserId(janeName);
        String mandyName = uniqueUserName("push-mandy");
        String mandy = okta().createUserId(mandyName);

        // POST /Groups with members [] → 201.
        String initialName = unique("Finance");
        Reply created =
                okta().post("Groups", ReplayFixtures.text("okta/create-group.json", "displayName", initialName));
        JsonObject group = assertScim(201, created);
        String gid = group.getString("id");
        assertEquals(initialName, group.getString("displayName"));
        assertEquals(List.of(), refs(group, "members"));
        assertEquals(group.getJsonObject("meta").getString("location"), created.header("Location"));

        // Rename (sent with every membership change) and add Jane, no member type: one request.
        String finance = unique("Finance");
        assertPatchAccepted(okta().patch(
                        "Groups/" + gid,
                        ReplayFixtures.text(
                                "okta/group-rename-and-add-member.json",
                                "groupId",
                                gid,
                                "displayName",
                                finance,
                                "userId",
                                jane,
                                "userName",
                                janeName)));
        JsonObject afterAdd = assertScim(200, okta().get("Groups/" + gid));
        assertEquals(finance, afterAdd.getString("displayName"));
        assertEquals(List.of(jane), refs(afterAdd, "members"));
        JsonObject member = afterAdd.getJsonArray("members").getJsonObject(0);
        assertEquals("User", member.getString("type"), "the type Okta leaves out is filled in");
        JsonObject janeGroups = assertScim(200, okta().get("Users/" + jane));
        assertEquals(List.of(gid), refs(janeGroups, "groups"));
        JsonObject groupRef = janeGroups.getJsonArray("groups").getJsonObject(0);
        assertEquals("direct", groupRef.getString("type"));
        assertEquals(finance, groupRef.getString("display"));

        // Remove Jane with members[value eq "<uid>"].
        assertPatchAccepted(okta().patch(
                        "Groups/" + gid,
                        ReplayFixtures.text(
                                "okta/group-rename-and-remove-member.json",
                                "groupId",
                                gid,
                                "displayName",
                                finance,
                                "userId",
                                jane)));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Users/" + jane)), "groups"));

        // Add Mandy and remove Jane (already gone) in one request, then add Jane and remove Mandy.
        assertPatchAccepted(okta().patch("Groups/" + gid, addAndRemove(gid, finance, mandy, mandyName, jane)));
        assertEquals(List.of(mandy), refs(assertScim(200, okta().get("Groups/" + gid)), "members"));
        assertPatchAccepted(okta().patch("Groups/" + gid, addAndRemove(gid, finance, jane, janeName, mandy)));
        assertEquals(List.of(jane), refs(assertScim(200, okta().get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Users/" + mandy)), "groups"));

        // Rename alone keeps the members.
        String renamed = unique("Finance EMEA");
        assertPatchAccepted(okta().patch(
                        "Groups/" + gid,
                        patchOp("{\"op\":\"replace\",\"value\":{\"id\":\"" + gid + "\",\"displayName\":\"" + renamed
                                + "\"}}")));
        JsonObject afterRename = assertScim(200, okta().get("Groups/" + gid));
        assertEquals(renamed, afterRename.getString("displayName"));
        assertEquals(List.of(jane), refs(afterRename, "members"));
        assertEquals(
                renamed,
                assertScim(200, okta().get("Users/" + jane))
                        .getJsonArray("groups")
                        .getJsonObject(0)
                        .getString("display"),
                "the user's groups show the new name");

        // "Delete the group in the target app": DELETE → 204, then 404; Jane is in no group.
        Reply deleted = okta().delete("Groups/" + gid);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());
        assertError(404, null, okta().get("Groups/" + gid));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Users/" + jane)), "groups"));
        assertList(okta().get("Groups?filter=" + encode("displayName eq \"" + renamed + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Okta group push: PATCH replace of members sets exactly that list")
    default void oktaPushReplacesTheMemberList() {
        String a = okta().createUserId(uniqueUserName("push-replace-a"));
        String b = okta().createUserId(uniqueUserName("push-replace-b"));
        String cName = uniqueUserName("push-replace-c");
        String c = okta().createUserId(cName);
        String name = unique("Replace");
        String gid = okta().createGroup(name, a, b);

        assertPatchAccepted(okta().patch(
                        "Groups/" + gid,
                        ReplayFixtures.text(
                                "okta/group-replace-members.json",
                                "groupId",
                                gid,
                                "displayName",
                                name,
                                "userId",
                                c,
                                "userName",
                                cName)));

        assertEquals(List.of(c), refs(assertScim(200, okta().get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Users/" + a)), "groups"));
        assertEquals(List.of(gid), refs(assertScim(200, okta().get("Users/" + c)), "groups"));
    }

    @Test
    @DisplayName("App Integration Wizard group push: GET, then PUT with the complete member list")
    default void wizardPushesMembershipWithFullPuts() {
        String a = okta().createUserId(uniqueUserName("wizard-a"));
        String b = okta().createUserId(uniqueUserName("wizard-b"));
        String gid = okta().createGroup(unique("Wizard"));

        JsonObject got = assertScim(200, okta().get("Groups/" + gid));
        JsonObject withTwo = Json.createObjectBuilder(got)
                .add(
                        "members",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("value", a))
                                .add(Json.createObjectBuilder().add("value", b)))
                .build();
        Reply putTwo = okta().put("Groups/" + gid, withTwo.toString());
        assertEquals(Set.of(a, b), Set.copyOf(refs(assertScim(200, putTwo), "members")));
        assertEtagIsVersion(putTwo);
        assertEquals(Set.of(a, b), Set.copyOf(refs(assertScim(200, okta().get("Groups/" + gid)), "members")));

        JsonObject again = assertScim(200, okta().get("Groups/" + gid));
        JsonObject withOne = Json.createObjectBuilder(again)
                .add(
                        "members",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", b)))
                .build();
        JsonObject afterOne = assertScim(200, okta().put("Groups/" + gid, withOne.toString()));

        assertEquals(List.of(b), refs(afterOne, "members"));
        assertEquals(got.getString("displayName"), afterOne.getString("displayName"));
        assertEquals(List.of(b), refs(assertScim(200, okta().get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Users/" + a)), "groups"));
        assertEquals(List.of(gid), refs(assertScim(200, okta().get("Users/" + b)), "groups"));
    }
}
