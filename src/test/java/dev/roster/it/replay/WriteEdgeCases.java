package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.oktaCreateBody;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertEtagIsVersion;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.refs;
import static dev.roster.it.replay.ScimClient.addMembers;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.patchOp;
import static dev.roster.it.replay.ScimClient.replace;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Writing: PATCH atomicity and noTarget, deletes that reach into memberships, and the versions (ETag,
 * meta.version, If-Match, If-None-Match; RFC 7644 3.14) that writes produce.
 */
interface WriteEdgeCases extends ReplayContext {

    @Test
    @DisplayName("PATCH is atomic: one failing operation and none of them is applied")
    default void patchAppliesAllOperationsOrNone() {
        String id = okta().createUserId(uniqueUserName("atomic"));
        String version = okta().get("Users/" + id).header("ETag");

        assertError(
                400,
                "invalidPath",
                okta().patch("Users/" + id, patchOp(replace("title", "Applied?"), replace("nosuch.attribute", "x"))));

        JsonObject user = assertScim(200, okta().get("Users/" + id));
        assertFalse(user.containsKey("title"), user::toString);
        assertEquals(version, user.getJsonObject("meta").getString("version"));
    }

    @Test
    @DisplayName("PATCH remove without a path: 400 noTarget")
    default void removeWithoutPathIsNoTarget() {
        String id = okta().createUserId(uniqueUserName("no-target"));

        assertError(400, "noTarget", okta().patch("Users/" + id, patchOp("{\"op\":\"remove\"}")));
    }

    @Test
    @DisplayName("DELETE of a user removes it from every group")
    default void deletingAUserRemovesItsMemberships() {
        String leaving = okta().createUserId(uniqueUserName("delete-leaving"));
        String staying = okta().createUserId(uniqueUserName("delete-staying"));
        String first = okta().createGroup(unique("delete-first"), leaving, staying);
        String second = okta().createGroup(unique("delete-second"), leaving);

        Reply deleted = okta().delete("Users/" + leaving);

        assertEquals(204, deleted.status(), deleted::toString);
        assertError(404, null, okta().get("Users/" + leaving));
        assertEquals(List.of(staying), refs(assertScim(200, okta().get("Groups/" + first)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta().get("Groups/" + second)), "members"));
        assertList(okta().get("Groups?filter=" + encode("members eq \"" + leaving + "\"")), 0, 0, 1);
        assertError(404, null, okta().delete("Users/" + leaving));
    }

    @Test
    @DisplayName("userName and group displayName are unique regardless of case: 409 uniqueness")
    default void uniquenessIgnoresCase() {
        String userName = uniqueUserName("unique");
        okta().createUserId(userName);
        assertError(409, "uniqueness", okta().post("Users", oktaCreateBody(userName.toUpperCase(Locale.ROOT))));

        String displayName = unique("Unique Group");
        okta().createGroup(displayName);
        assertError(
                409,
                "uniqueness",
                okta().post(
                                "Groups",
                                Json.createObjectBuilder()
                                        .add("displayName", displayName.toLowerCase(Locale.ROOT))
                                        .build()
                                        .toString()));
        assertList(okta().get("Groups?filter=" + encode("displayName eq \"" + displayName + "\"")), 1, 1, 1);
    }

    @Test
    @DisplayName("ETag equals meta.version on create, read, PATCH and PUT, and changes with every write")
    default void etagIsTheMetaVersion() {
        Reply created = okta().post("Users", oktaCreateBody(uniqueUserName("etag")));
        assertScim(201, created);
        assertEtagIsVersion(created);
        String id = created.json().getString("id");

        Reply read = okta().get("Users/" + id);
        assertEtagIsVersion(read);
        assertEquals(created.header("ETag"), read.header("ETag"));

        Reply patched = okta().patch("Users/" + id, patchOp(replace("title", "One")));
        assertScim(200, patched);
        assertEtagIsVersion(patched);
        assertNotEquals(read.header("ETag"), patched.header("ETag"));

        Reply put = okta().put(
                        "Users/" + id,
                        Json.createPatchBuilder()
                                .replace("/title", "Two")
                                .build()
                                .apply(patched.json())
                                .toString());
        assertScim(200, put);
        assertEtagIsVersion(put);
        assertNotEquals(patched.header("ETag"), put.header("ETag"));

        Reply group = okta().get("Groups/" + okta().createGroup(unique("etag-group")));
        assertScim(200, group);
        assertEtagIsVersion(group);
    }

    @Test
    @DisplayName("If-Match with a stale version: 412 on PATCH, PUT and DELETE, and nothing changes")
    default void ifMatchMismatchIsPreconditionFailed() {
        String id = okta().createUserId(uniqueUserName("if-match"));
        Reply original = okta().get("Users/" + id);
        String stale = original.header("ETag");
        Reply changed = okta().patch("Users/" + id, patchOp(replace("title", "Now")));
        String current = changed.header("ETag");
        Map<String, String> ifStale = Map.of("If-Match", stale);

        assertError(412, null, okta().send("PATCH", "Users/" + id, patchOp(replace("title", "Lost update")), ifStale));
        assertError(412, null, okta().send("PUT", "Users/" + id, original.body(), ifStale));
        assertError(412, null, okta().send("DELETE", "Users/" + id, null, ifStale));

        JsonObject after = assertScim(200, okta().get("Users/" + id));
        assertEquals("Now", after.getString("title"));
        assertEquals(current, after.getJsonObject("meta").getString("version"));

        assertScim(
                200,
                okta().send("PATCH", "Users/" + id, patchOp(replace("title", "Then")), Map.of("If-Match", current)));
        String gid = okta().createGroup(unique("if-match-group"));
        assertError(
                412,
                null,
                okta().send(
                                "PATCH",
                                "Groups/" + gid,
                                patchOp(replace("displayName", unique("x"))),
                                Map.of("If-Match", "W/\"999\"")));
    }

    @Test
    @DisplayName("If-None-Match with the current version: 304 without a body; with an old one: 200")
    default void ifNoneMatchWithTheCurrentVersionIsNotModified() {
        String id = okta().createUserId(uniqueUserName("if-none-match"));
        String etag = okta().get("Users/" + id).header("ETag");

        Reply notModified = okta().get("Users/" + id, Map.of("If-None-Match", etag));
        assertEquals(304, notModified.status(), notModified::toString);
        assertEquals("", notModified.body());
        assertEquals(etag, notModified.header("ETag"));

        okta().patch("Users/" + id, patchOp(replace("title", "Changed")));
        JsonObject fresh = assertScim(200, okta().get("Users/" + id, Map.of("If-None-Match", etag)));
        assertEquals("Changed", fresh.getString("title"));

        String gid = okta().createGroup(unique("if-none-match-group"));
        String groupEtag = okta().get("Groups/" + gid).header("ETag");
        assertEquals(
                304,
                okta().get("Groups/" + gid, Map.of("If-None-Match", groupEtag)).status());
    }

    @Test
    @DisplayName("A membership change gives the group a new version, so If-None-Match sees the new member list")
    default void groupVersionChangesWithItsMembers() {
        String member = okta().createUserId(uniqueUserName("version-member"));
        String gid = okta().createGroup(unique("version-group"));
        String before = okta().get("Groups/" + gid).header("ETag");

        okta().patch("Groups/" + gid, patchOp(addMembers(member)));

        JsonObject after = assertScim(200, okta().get("Groups/" + gid, Map.of("If-None-Match", before)));
        assertEquals(List.of(member), refs(after, "members"));
    }

    @Test
    @DisplayName("Deleting a member user gives its groups a new version")
    default void groupVersionChangesWhenAMemberUserIsDeleted() {
        String leaving = okta().createUserId(uniqueUserName("version-leaving"));
        String staying = okta().createUserId(uniqueUserName("version-staying"));
        String gid = okta().createGroup(unique("version-delete-group"), leaving, staying);
        String before = okta().get("Groups/" + gid).header("ETag");

        assertEquals(204, okta().delete("Users/" + leaving).status());

        JsonObject after = assertScim(200, okta().get("Groups/" + gid, Map.of("If-None-Match", before)));
        assertEquals(List.of(staying), refs(after, "members"));
    }

    @Test
    @DisplayName("A user's version changes when its groups change")
    default void userVersionChangesWhenItsGroupsChange() {
        String uid = okta().createUserId(uniqueUserName("version-groups"));
        String before = okta().get("Users/" + uid).header("ETag");
        String gid = okta().createGroup(unique("version-groups-group"));

        okta().patch("Groups/" + gid, patchOp(addMembers(uid)));

        JsonObject after = assertScim(200, okta().get("Users/" + uid, Map.of("If-None-Match", before)));
        assertEquals(List.of(gid), refs(after, "groups"));
    }
}
