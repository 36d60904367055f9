package dev.roster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * No SCIM write of one integration changes another integration's data, and a group write changes only the
 * members it actually adds or removes. Every test makes two integrations: A (Okta or Entra) writes, B watches
 * its own user {@code u}, a member of its group {@code gb}. "Unchanged" means the whole representation B (or
 * A, for bystanders) reads back is identical: {@code meta.version}, {@code meta.lastModified}, {@code groups}
 * and {@code members} alike; so an {@code If-Match} B holds keeps working.
 *
 * <p>Adding a member id that belongs to another integration is refused exactly like an id that exists
 * nowhere (400 {@code invalidValue}, same detail); removing one is ignored like removing any non-member.
 */
class IntegrationIsolationIT extends DeployedRoster {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

    // ----------------------------------------------------------------------------------------------------
    // PATCH remove: the reproduction, in the shapes Okta, Entra and the RFC send

    @Test
    void removeByFilterChangesOnlyTheMembersItRemoves() {
        assertRemoveChangesOnlyRemovedMembers(
                "okta",
                ids -> patch("{\"op\":\"remove\",\"path\":\"members["
                        + Arrays.stream(ids)
                                .map(id -> "value eq \\\"" + id + "\\\"")
                                .collect(Collectors.joining(" or "))
                        + "]\"}"));
    }

    @Test
    void oktaRemoveOperationPerMemberChangesOnlyTheMembersItRemoves() {
        assertRemoveChangesOnlyRemovedMembers(
                "okta",
                ids -> patch(Arrays.stream(ids)
                        .map(id -> "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + id + "\\\"]\"}")
                        .collect(Collectors.joining(","))));
    }

    @Test
    void entraRemoveByValueListChangesOnlyTheMembersItRemoves() {
        assertRemoveChangesOnlyRemovedMembers(
                "entra",
                ids -> patch("{\"op\":\"Remove\",\"path\":\"members\","
                        + "\"value\":["
                        + Arrays.stream(ids)
                                .map(id -> "{\"value\":\"" + id + "\"}")
                                .collect(Collectors.joining(",")) + "]}"));
    }

    /**
     * A removes [its member m, B's user u, its own non-member n, an id that exists nowhere] from its group: m
     * leaves and gets a new version; u, n and the nowhere id change nothing, and B's If-Match on u still holds.
     */
    private void assertRemoveChangesOnlyRemovedMembers(String idp, java.util.function.Function<String[], String> body) {
        Directory b = directory("entra");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory(idp);
        String m = a.user("m");
        String n = a.user("n");
        String g = a.group("A team", m);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore = a.look("Users/" + m, "Users/" + n, "Groups/" + g);

        Http.Reply removed = a.scim.patch("scim/v2/Groups/" + g, body.apply(new String[] {m, u, n, nowhere()}));

        assertEquals(204, removed.status(), removed.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + n);
        a.assertNewVersion(aBefore, "Users/" + m, "Groups/" + g);
        assertEquals(List.of(), refs(a.get("Users/" + m), "groups"));
        assertEquals(List.of(), refs(a.get("Groups/" + g), "members"));
        JsonObject logged = a.onlyEvent("GROUP_MEMBERS_REMOVED").getJsonObject("changes");
        assertEquals(List.of(m), strings(logged.getJsonArray("members")), "the log names what was removed");
        assertEquals(1, logged.getInt("count"));

        String uVersion = version(bBefore.get("Users/" + u));
        Http.Reply bPatch = b.scim.send(
                "PATCH",
                "scim/v2/Users/" + u,
                patch("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"still B's\"}"),
                Map.of("If-Match", uVersion));
        assertEquals(200, bPatch.status(), "B's ETag survived A's PATCH: " + bPatch);
        Http.Reply bPut = b.scim.send(
                "PUT",
                "scim/v2/Groups/" + gb,
                groupBody("B team", u),
                Map.of("If-Match", version(bBefore.get("Groups/" + gb))));
        assertEquals(200, bPut.status(), bPut.toString());

        Map<String, JsonObject> nothingToRemove = a.look("Groups/" + g, "Users/" + n);
        Http.Reply noop = a.scim.patch("scim/v2/Groups/" + g, body.apply(new String[] {u, n}));
        assertEquals(204, noop.status(), noop.toString());
        a.assertUnchanged(nothingToRemove);
    }

    // ----------------------------------------------------------------------------------------------------
    // PATCH add and replace

    @Test
    void patchAddOfAnotherIntegrationsMemberIsRefusedLikeAnUnknownIdInEveryShape() {
        Directory b = directory("okta");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("entra");
        String m = a.user("m");
        String k = a.user("k");
        String g = a.group("A team", k);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore = a.look("Users/" + m, "Users/" + k, "Groups/" + g);

        List<java.util.function.Function<String, String>> shapes = List.of(
                id -> patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + m + "\"},{\"value\":\""
                        + id + "\"}]}"),
                id -> patch(
                        "{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"$ref\":null,\"value\":\"" + id + "\"}]}"),
                id -> patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[\"" + m + "\",\"" + id + "\"]}"),
                id -> patch("{\"op\":\"add\",\"value\":{\"members\":[{\"value\":\"" + id + "\",\"type\":\"User\"}]}}"),
                id -> patch("{\"op\":\"replace\",\"value\":{\"id\":\"" + g + "\",\"displayName\":\"A renamed\"}},"
                        + "{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id + "\"}]},"
                        + "{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + k + "\\\"]\"}"));
        for (var shape : shapes) {
            String unknown = nowhere();
            Http.Reply refusedUnknown = a.scim.patch("scim/v2/Groups/" + g, shape.apply(unknown));
            Http.Reply refusedForeign = a.scim.patch("scim/v2/Groups/" + g, shape.apply(u));
            assertRefusedAlike(refusedUnknown, unknown, refusedForeign, u);
        }

        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore);
    }

    @Test
    void patchAddChangesOnlyTheMembersItAdds() {
        Directory b = directory("okta");
        String u = b.user("u");
        Directory a = directory("okta");
        String m = a.user("m");
        String k = a.user("k");
        String n = a.user("n");
        String g = a.group("A team", k);
        Map<String, JsonObject> bBefore = b.look("Users/" + u);
        Map<String, JsonObject> aBefore = a.look("Users/" + m, "Users/" + k, "Users/" + n, "Groups/" + g);

        Http.Reply added = a.scim.patch(
                "scim/v2/Groups/" + g,
                patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + m + "\"},{\"value\":\"" + k
                        + "\"}]}"));

        assertEquals(204, added.status(), added.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + k, "Users/" + n);
        a.assertNewVersion(aBefore, "Users/" + m, "Groups/" + g);
        JsonObject logged = a.onlyEvent("GROUP_MEMBERS_ADDED", g, 2).getJsonObject("changes");
        assertEquals(List.of(m), strings(logged.getJsonArray("members")), "k already was a member");
    }

    @Test
    void patchReplaceAndRemoveOfAllMembersChangeOnlyTheMembersThatComeOrGo() {
        Directory b = directory("entra");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("okta");
        String leaving = a.user("leaving");
        String staying = a.user("staying");
        String joining = a.user("joining");
        String n = a.user("n");
        String g = a.group("A team", leaving, staying);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore =
                a.look("Users/" + leaving, "Users/" + staying, "Users/" + joining, "Users/" + n, "Groups/" + g);
        java.util.function.Function<String, String> replace = id -> patch("{\"op\":\"replace\",\"path\":\"members\","
                + "\"value\":[{\"value\":\"" + staying + "\",\"display\":\"staying\"},{\"value\":\"" + id
                + "\",\"display\":\"someone\"}]}");

        String unknown = nowhere();
        assertRefusedAlike(
                a.scim.patch("scim/v2/Groups/" + g, replace.apply(unknown)),
                unknown,
                a.scim.patch("scim/v2/Groups/" + g, replace.apply(u)),
                u);
        a.assertUnchanged(aBefore);
        Http.Reply replaced = a.scim.patch("scim/v2/Groups/" + g, replace.apply(joining));

        assertEquals(204, replaced.status(), replaced.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + staying, "Users/" + n);
        a.assertNewVersion(aBefore, "Users/" + leaving, "Users/" + joining, "Groups/" + g);
        assertEquals(
                List.of(joining, staying).stream().sorted().toList(),
                refs(a.get("Groups/" + g), "members").stream().sorted().toList());

        Map<String, JsonObject> beforeRemoveAll =
                a.look("Users/" + leaving, "Users/" + staying, "Users/" + joining, "Users/" + n);
        Http.Reply removedAll = a.scim.patch("scim/v2/Groups/" + g, patch("{\"op\":\"remove\",\"path\":\"members\"}"));
        assertEquals(204, removedAll.status(), removedAll.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(beforeRemoveAll, "Users/" + leaving, "Users/" + n);
        a.assertNewVersion(beforeRemoveAll, "Users/" + staying, "Users/" + joining);
    }

    // ----------------------------------------------------------------------------------------------------
    // PUT and POST of a group

    @Test
    void putOfAGroupChangesOnlyTheMembersThatComeOrGoAndRefusesAnotherIntegrationsMember() {
        Directory b = directory("okta");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("entra");
        String leaving = a.user("leaving");
        String staying = a.user("staying");
        String joining = a.user("joining");
        String n = a.user("n");
        String g = a.group("A team", leaving, staying);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore =
                a.look("Users/" + leaving, "Users/" + staying, "Users/" + joining, "Users/" + n, "Groups/" + g);
        String etag = version(aBefore.get("Groups/" + g));

        String unknown = nowhere();
        assertRefusedAlike(
                a.scim.send(
                        "PUT", "scim/v2/Groups/" + g, groupBody("A team", staying, unknown), Map.of("If-Match", etag)),
                unknown,
                a.scim.send("PUT", "scim/v2/Groups/" + g, groupBody("A team", staying, u), Map.of("If-Match", etag)),
                u);
        a.assertUnchanged(aBefore);
        Http.Reply put = a.scim.send(
                "PUT", "scim/v2/Groups/" + g, groupBody("A team", staying, joining), Map.of("If-Match", etag));

        assertEquals(200, put.status(), put.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + staying, "Users/" + n);
        a.assertNewVersion(aBefore, "Users/" + leaving, "Users/" + joining, "Groups/" + g);
    }

    @Test
    void postOfAGroupRefusesAnotherIntegrationsMemberAndChangesOnlyItsOwnMembers() {
        Directory b = directory("entra");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("okta");
        String m = a.user("m");
        String n = a.user("n");
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore = a.look("Users/" + m, "Users/" + n);

        String unknown = nowhere();
        assertRefusedAlike(
                a.scim.post("scim/v2/Groups", groupBody("A team", m, unknown)),
                unknown,
                a.scim.post("scim/v2/Groups", groupBody("A team", m, u)),
                u);
        assertEquals(0, a.get("Groups").getInt("totalResults"), "a refused POST leaves no group behind");
        a.assertUnchanged(aBefore);
        String g = a.group("A team", m);

        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + n);
        a.assertNewVersion(aBefore, "Users/" + m);
        assertEquals(List.of(g), refs(a.get("Users/" + m), "groups"));
    }

    // ----------------------------------------------------------------------------------------------------
    // DELETE

    @Test
    void deleteOfAUserChangesOnlyTheGroupsItWasIn() {
        Directory b = directory("okta");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("okta");
        String m = a.user("m");
        String n = a.user("n");
        String first = a.group("A first", m, n);
        String second = a.group("A second", m);
        String other = a.group("A other", n);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore =
                a.look("Users/" + n, "Groups/" + first, "Groups/" + second, "Groups/" + other);

        Http.Reply deleted = a.scim.delete("scim/v2/Users/" + m);

        assertEquals(204, deleted.status(), deleted.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + n, "Groups/" + other);
        a.assertNewVersion(aBefore, "Groups/" + first, "Groups/" + second);
        assertEquals(List.of(n), refs(a.get("Groups/" + first), "members"));
        assertEquals(404, a.scim.delete("scim/v2/Users/" + u).status(), "B's user is not A's to delete");
        b.assertUnchanged(bBefore);
    }

    @Test
    void deleteOfAGroupChangesOnlyItsMembersAndTheGroupsItWasIn() {
        Directory b = directory("entra");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("entra");
        String m = a.user("m");
        String n = a.user("n");
        String g = a.group("A team", m);
        String parent = a.group("A parent", g, n);
        String sibling = a.group("A sibling", m);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore = a.look("Users/" + m, "Users/" + n, "Groups/" + parent, "Groups/" + sibling);

        Http.Reply deleted = a.scim.delete("scim/v2/Groups/" + g);

        assertEquals(204, deleted.status(), deleted.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + n, "Groups/" + sibling);
        a.assertNewVersion(aBefore, "Users/" + m, "Groups/" + parent);
        assertEquals(List.of(n), refs(a.get("Groups/" + parent), "members"));
        assertEquals(404, a.scim.delete("scim/v2/Groups/" + gb).status(), "B's group is not A's to delete");
        b.assertUnchanged(bBefore);
    }

    // ----------------------------------------------------------------------------------------------------
    // Bulk

    @Test
    void bulkWritesOfOneIntegrationNeverChangeAnother() {
        Directory b = directory("okta");
        String u = b.user("u");
        String gb = b.group("B team", u);
        Directory a = directory("okta");
        String m = a.user("m");
        String n = a.user("n");
        String g = a.group("A team", m);
        Map<String, JsonObject> bBefore = b.look("Users/" + u, "Groups/" + gb);
        Map<String, JsonObject> aBefore = a.look("Users/" + m, "Users/" + n, "Groups/" + g);
        String removeAll = patch("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + m + "\\\" or value eq \\\"" + u
                + "\\\" or value eq \\\"" + nowhere() + "\\\"]\"}");
        String addForeign = patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + u + "\"}]}");

        Http.Reply bulk = a.scim.post(
                "scim/v2/Bulk",
                "{\"schemas\":[\"" + BULK_REQUEST + "\"],\"Operations\":["
                        + "{\"method\":\"PATCH\",\"path\":\"/Groups/" + g + "\",\"data\":" + removeAll + "},"
                        + "{\"method\":\"PATCH\",\"path\":\"/Groups/" + g + "\",\"data\":" + addForeign + "},"
                        + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"x\",\"data\":"
                        + groupBody("A bulk", u) + "},"
                        + "{\"method\":\"PUT\",\"path\":\"/Groups/" + g + "\",\"data\":" + groupBody("A team", u) + "},"
                        + "{\"method\":\"PATCH\",\"path\":\"/Groups/" + gb + "\",\"data\":" + addForeign + "},"
                        + "{\"method\":\"PUT\",\"path\":\"/Users/" + u + "\",\"data\":" + userBody("hijacked") + "},"
                        + "{\"method\":\"DELETE\",\"path\":\"/Users/" + u + "\"},"
                        + "{\"method\":\"DELETE\",\"path\":\"/Groups/" + gb + "\"}]}");

        assertEquals(200, bulk.status(), bulk.toString());
        assertEquals(
                List.of("200", "400", "400", "400", "404", "404", "404", "404"),
                bulk.json().getJsonArray("Operations").stream()
                        .map(o -> o.asJsonObject().getString("status"))
                        .toList(),
                bulk.toString());
        b.assertUnchanged(bBefore);
        a.assertUnchanged(aBefore, "Users/" + n);
        a.assertNewVersion(aBefore, "Users/" + m, "Groups/" + g);
        assertEquals(List.of(), refs(a.get("Groups/" + g), "members"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Helpers

    /** One integration's SCIM directory, as its own IdP sees it. */
    private final class Directory {

        private final String id;
        private final Http scim;
        private final String suffix = UUID.randomUUID().toString().substring(0, 8);

        Directory(String id, Http scim) {
            this.id = id;
            this.scim = scim;
        }

        String user(String name) {
            Http.Reply created = scim.post("scim/v2/Users", userBody(name + "-" + suffix + "@example.com"));
            assertEquals(201, created.status(), created.toString());
            return created.json().getString("id");
        }

        String group(String displayName, String... memberIds) {
            Http.Reply created = scim.post("scim/v2/Groups", groupBody(displayName, memberIds));
            assertEquals(201, created.status(), created.toString());
            return created.json().getString("id");
        }

        JsonObject get(String path) {
            Http.Reply reply = scim.get("scim/v2/" + path);
            assertEquals(200, reply.status(), reply.toString());
            return reply.json();
        }

        /** The representations at these paths (with members and groups) as this integration reads them now. */
        Map<String, JsonObject> look(String... paths) {
            Map<String, JsonObject> seen = new LinkedHashMap<>();
            for (String path : paths) {
                seen.put(path, get(path));
            }
            return seen;
        }

        /** Each of {@code paths} (all of {@code before} when none are named) reads back exactly as before. */
        void assertUnchanged(Map<String, JsonObject> before, String... paths) {
            for (String path : paths.length == 0 ? before.keySet().toArray(String[]::new) : paths) {
                assertEquals(before.get(path), get(path), path + " must not change");
            }
        }

        void assertNewVersion(Map<String, JsonObject> before, String... paths) {
            for (String path : paths) {
                assertNotEquals(version(before.get(path)), version(get(path)), path + " changed, so its version must");
            }
        }

        JsonObject onlyEvent(String operation) {
            List<JsonObject> matching = events(operation);
            assertEquals(1, matching.size(), operation + " in " + matching);
            return matching.get(0);
        }

        /** The event of {@code operation} on {@code resourceId} that is the {@code nth} (1-based) of its kind. */
        JsonObject onlyEvent(String operation, String resourceId, int nth) {
            List<JsonObject> matching = events(operation).stream()
                    .filter(e -> resourceId.equals(e.getString("resourceId", null)))
                    .toList();
            assertTrue(matching.size() >= nth, operation + " in " + matching);
            // The log lists the newest first.
            return matching.get(matching.size() - nth);
        }

        private List<JsonObject> events(String operation) {
            Http.Reply reply = admin().get("api/v1/integrations/" + id + "/events?count=500");
            assertEquals(200, reply.status(), reply.toString());
            return reply.json().getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("operation").equals(operation))
                    .toList();
        }
    }

    private Directory directory(String idp) {
        String name = idp + " " + UUID.randomUUID().toString().substring(0, 8);
        String id = AdminSetup.createIntegration(admin(), name, idp);
        return new Directory(
                id, app().withHeaders(Map.of("Authorization", "Bearer " + AdminSetup.saveScim(admin(), id))));
    }

    /**
     * Another integration's id is refused exactly as an id that exists nowhere: same status, same scimType,
     * same detail but for the id, so the answer does not even tell that the id exists elsewhere.
     */
    private static void assertRefusedAlike(
            Http.Reply unknownReply, String unknownId, Http.Reply foreignReply, String foreignId) {
        assertEquals(400, unknownReply.status(), unknownReply.toString());
        assertEquals(400, foreignReply.status(), foreignReply.toString());
        assertEquals("invalidValue", foreignReply.json().getString("scimType"), foreignReply.toString());
        assertEquals(
                unknownReply.json().getString("scimType"), foreignReply.json().getString("scimType"));
        assertEquals(
                unknownReply.json().getString("detail").replace(unknownId, "<id>"),
                foreignReply.json().getString("detail").replace(foreignId, "<id>"));
    }

    private static String patch(String operations) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operations + "]}";
    }

    private static String groupBody(String displayName, String... memberIds) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"" + displayName
                + "\",\"members\":["
                + Arrays.stream(memberIds)
                        .map(id -> "{\"value\":\"" + id + "\"}")
                        .collect(Collectors.joining(",")) + "]}";
    }

    private static String userBody(String userName) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"displayName\":\"" + userName + "\",\"active\":true}";
    }

    /** An id in the server's format that belongs to nothing. */
    private static String nowhere() {
        return UUID.randomUUID().toString();
    }

    private static String version(JsonObject resource) {
        return resource.getJsonObject("meta").getString("version");
    }

    private static List<String> refs(JsonObject resource, String attribute) {
        JsonArray array = resource.getJsonArray(attribute);
        return array == null
                ? List.of()
                : array.stream().map(v -> v.asJsonObject().getString("value")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
