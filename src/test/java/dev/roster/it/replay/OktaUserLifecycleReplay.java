package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.OKTA_FIXTURE_PASSWORD;
import static dev.roster.it.replay.ReplayRequests.oktaCreateBody;
import static dev.roster.it.replay.ReplayRequests.oktaUserId;
import static dev.roster.it.replay.ScimAssertions.assertEtagIsVersion;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimAssertions.integer;
import static dev.roster.it.replay.ScimAssertions.refs;
import static dev.roster.it.replay.ScimAssertions.strings;
import static dev.roster.it.replay.ScimClient.USER_SCHEMA;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An Okta user's life as Okta's two client modes drive it (idp-wire-behaviour.md, Okta steps 1–6): Test
 * Connector Configuration, assignment lookup, create, GET+PUT profile updates, path-less PATCH deactivation
 * and password sync (integration-network template), full-PUT deactivation (App Integration Wizard), import.
 */
interface OktaUserLifecycleReplay extends ReplayContext {

    @Test
    @DisplayName("Okta Test Connector Configuration: GET /Users count=2 and GET /Groups count=100")
    default void oktaTestConnectorConfigurationListsUsersAndGroups() {
        okta().createUserId(uniqueUserName("conn-a"));
        okta().createUserId(uniqueUserName("conn-b"));
        okta().createUserId(uniqueUserName("conn-c"));
        okta().createGroup(unique("conn-group"));

        JsonObject users = assertList(okta().get("Users?startIndex=1&count=2"), -1, 2, 1);
        assertTrue(integer(users, "totalResults") >= 3, users::toString);

        JsonObject groups = assertScim(200, okta().get("Groups?startIndex=1&count=100"));
        long total = integer(groups, "totalResults");
        assertTrue(total >= 1, groups::toString);
        assertEquals(Math.min(total, 100), integer(groups, "itemsPerPage"));
        assertEquals(1, integer(groups, "startIndex"));
    }

    @Test
    @DisplayName("Okta assignment lookup (%40-encoded userName, count=100) of an unknown user: 200, 0, []")
    default void oktaAssignmentLookupOfUnknownUserIsAnEmptyList() {
        String userName = uniqueUserName("assign");
        // Exactly Okta's query string: %20 for spaces, %22 for quotes, %40 for '@'.
        String query = "Users?filter=userName%20eq%20%22" + userName.replace("@", "%40") + "%22&startIndex=1&count=100";
        assertTrue(query.contains("%40example.com"), query);

        assertList(okta().get(query), 0, 0, 1);

        String id = okta().post("Users", oktaCreateBody(userName)).json().getString("id");
        assertEquals(List.of(id), ids(assertList(okta().get(query), 1, 1, 1)));
    }

    @Test
    @DisplayName("Okta create: 201 with the full user, Location and ETag; the password is never returned")
    default void oktaCreateAnswersTheFullUserWithoutPassword() {
        String userName = uniqueUserName("okta-create");
        String externalId = oktaUserId();

        Reply reply = okta().post(
                        "Users",
                        ReplayFixtures.text("okta/create-user.json", "userName", userName, "externalId", externalId));

        JsonObject user = assertScim(201, reply);
        String id = user.getString("id");
        assertEquals(List.of(USER_SCHEMA), strings(user.getJsonArray("schemas")));
        assertEquals(userName, user.getString("userName"));
        assertEquals(externalId, user.getString("externalId"));
        assertEquals("Jane Doe", user.getString("displayName"));
        assertEquals("en-US", user.getString("locale"));
        assertEquals(JsonValue.TRUE, user.get("active"));
        JsonObject email = user.getJsonArray("emails").getJsonObject(0);
        assertEquals(userName, email.getString("value"));
        assertEquals("work", email.getString("type"));
        assertEquals(JsonValue.TRUE, email.get("primary"));
        assertFalse(user.containsKey("password"), user::toString);
        assertFalse(reply.body().contains(OKTA_FIXTURE_PASSWORD), "the password appears nowhere in the answer");
        JsonObject meta = user.getJsonObject("meta");
        assertEquals("User", meta.getString("resourceType"));
        assertEquals(meta.getString("location"), reply.header("Location"));
        assertTrue(meta.getString("location").endsWith("/Users/" + id), meta::toString);
        assertEtagIsVersion(reply);

        Reply read = okta().get("Users/" + id + "?attributes=password,userName");
        assertFalse(assertScim(200, read).containsKey("password"), read::toString);
        assertFalse(read.body().contains(OKTA_FIXTURE_PASSWORD));
    }

    @Test
    @DisplayName("Okta profile update: GET, then PUT of exactly that body with a new givenName")
    default void oktaProfileUpdatePutsBackTheWholeGetBody() {
        String userName = uniqueUserName("okta-profile");
        String id = okta().post("Users", oktaCreateBody(userName)).json().getString("id");
        String groupId = okta().createGroup(unique("okta-profile-group"), id);

        JsonObject got = assertScim(200, okta().get("Users/" + id));
        assertEquals(List.of(groupId), refs(got, "groups"), "the GET body Okta echoes carries groups");
        JsonObject edited = Json.createPatchBuilder()
                .replace("/name/givenName", "Janet")
                .build()
                .apply(got);

        Reply put = okta().put("Users/" + id, edited.toString());

        JsonObject updated = assertScim(200, put);
        assertEquals(id, updated.getString("id"));
        assertEquals(userName, updated.getString("userName"));
        assertEquals("Janet", updated.getJsonObject("name").getString("givenName"));
        assertEquals("Doe", updated.getJsonObject("name").getString("familyName"));
        assertEquals(got.getString("externalId"), updated.getString("externalId"));
        assertEquals(got.getJsonArray("emails"), updated.getJsonArray("emails"));
        assertEquals("en-US", updated.getString("locale"));
        assertEquals(JsonValue.TRUE, updated.get("active"), "active is kept");
        assertEquals(List.of(groupId), refs(updated, "groups"), "echoed read-only groups change nothing");
        assertEquals(
                got.getJsonObject("meta").getString("created"),
                updated.getJsonObject("meta").getString("created"));
        assertNotEquals(
                got.getJsonObject("meta").getString("version"),
                updated.getJsonObject("meta").getString("version"));
        assertEtagIsVersion(put);

        JsonObject reread = assertScim(200, okta().get("Users/" + id));
        assertEquals("Janet", reread.getJsonObject("name").getString("givenName"));
        assertEquals(List.of(groupId), refs(reread, "groups"));
    }

    @Test
    @DisplayName("Okta PUT with read-only fields that differ (id, meta, groups:[]) ignores them")
    default void oktaPutIgnoresReadOnlyFieldsThatDiffer() {
        String userName = uniqueUserName("okta-readonly");
        String id = okta().post("Users", oktaCreateBody(userName)).json().getString("id");
        String groupId = okta().createGroup(unique("okta-readonly-group"), id);
        JsonObject got = assertScim(200, okta().get("Users/" + id));
        JsonObject edited = Json.createPatchBuilder()
                .replace("/groups", Json.createArrayBuilder().build())
                .replace("/meta/created", "2001-01-01T00:00:00Z")
                .replace("/displayName", "Jane Q. Doe")
                .build()
                .apply(got);

        JsonObject updated = assertScim(200, okta().put("Users/" + id, edited.toString()));

        assertEquals("Jane Q. Doe", updated.getString("displayName"));
        assertEquals(List.of(groupId), refs(updated, "groups"), "groups is read-only on a user: membership stays");
        assertEquals(
                got.getJsonObject("meta").getString("created"),
                updated.getJsonObject("meta").getString("created"));
        assertEquals(List.of(id), refs(assertScim(200, okta().get("Groups/" + groupId)), "members"));
    }

    @Test
    @DisplayName("Okta PUT without active never drops the user's status")
    default void oktaPutWithoutActiveKeepsTheStatus() {
        String userName = uniqueUserName("okta-keep-active");
        String id = okta().post("Users", oktaCreateBody(userName)).json().getString("id");
        assertScim(200, okta().patch("Users/" + id, ReplayFixtures.text("okta/deactivate-user.json")));
        JsonObject got = assertScim(200, okta().get("Users/" + id));
        JsonObject withoutActive = Json.createObjectBuilder(got)
                .remove("active")
                .add("title", "Analyst")
                .build();

        JsonObject updated = assertScim(200, okta().put("Users/" + id, withoutActive.toString()));

        assertEquals("Analyst", updated.getString("title"));
        assertEquals(JsonValue.FALSE, updated.get("active"));
    }

    @Test
    @DisplayName("Okta deactivate/reactivate: PATCH without path; a deactivated user stays readable and findable")
    default void oktaDeactivatesAndReactivatesWithPathlessPatch() {
        String userName = uniqueUserName("okta-deactivate");
        String id = okta().post("Users", oktaCreateBody(userName)).json().getString("id");

        JsonObject deactivated =
                assertScim(200, okta().patch("Users/" + id, ReplayFixtures.text("okta/deactivate-user.json")));
        assertEquals(JsonValue.FALSE, deactivated.get("active"));
        assertEquals("Jane", deactivated.getJsonObject("name").getString("givenName"), "nothing else changes");

        assertEquals(JsonValue.FALSE, assertScim(200, okta().get("Users/" + id)).get("active"));
        JsonObject found = assertList(
                okta().get("Users?filter=" + encode("userName eq \"" + userName + "\"") + "&startIndex=1&count=100"),
                1,
                1,
                1);
        assertEquals(
                JsonValue.FALSE,
                found.getJsonArray("Resources").getJsonObject(0).get("active"));
        assertEquals(
                List.of(id),
                ids(assertList(
                        okta().get("Users?filter=" + encode("userName eq \"" + userName + "\" and active eq false")),
                        1,
                        1,
                        1)));

        JsonObject reactivated =
                assertScim(200, okta().patch("Users/" + id, ReplayFixtures.text("okta/reactivate-user.json")));
        assertEquals(JsonValue.TRUE, reactivated.get("active"));
        assertEquals(JsonValue.TRUE, assertScim(200, okta().get("Users/" + id)).get("active"));
    }

    @Test
    @DisplayName("Okta password sync: PATCH without path carrying password answers 200 and never echoes it")
    default void oktaPasswordSyncIsAcceptedAndNeverReturned() {
        String id = okta().post("Users", oktaCreateBody(uniqueUserName("okta-password")))
                .json()
                .getString("id");

        Reply reply = okta().patch("Users/" + id, ReplayFixtures.text("okta/password-sync.json"));

        JsonObject user = assertScim(200, reply);
        assertFalse(user.containsKey("password"), user::toString);
        assertFalse(reply.body().contains("t1meMa$heen"));
        assertEquals(JsonValue.TRUE, user.get("active"));
    }

    @Test
    @DisplayName("App Integration Wizard: deactivate and reactivate with a full PUT of active")
    default void wizardDeactivatesWithAFullPut() {
        String userName = uniqueUserName("wizard-user");
        String id = okta().post("Users", oktaCreateBody(userName)).json().getString("id");
        JsonObject got = assertScim(200, okta().get("Users/" + id));

        JsonObject off = Json.createPatchBuilder()
                .replace("/active", JsonValue.FALSE)
                .build()
                .apply(got);
        JsonObject deactivated = assertScim(200, okta().put("Users/" + id, off.toString()));
        assertEquals(JsonValue.FALSE, deactivated.get("active"));
        assertEquals(userName, deactivated.getString("userName"));
        JsonObject read = assertScim(200, okta().get("Users/" + id));
        assertEquals(JsonValue.FALSE, read.get("active"));

        JsonObject on = Json.createPatchBuilder()
                .replace("/active", JsonValue.TRUE)
                .build()
                .apply(read);
        assertEquals(
                JsonValue.TRUE,
                assertScim(200, okta().put("Users/" + id, on.toString())).get("active"));
    }

    @Test
    @DisplayName("Okta import: pages while startIndex <= totalResults, every user exactly once")
    default void oktaImportPagesThroughEveryUserOnce() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            mine.add(okta().createUserId(uniqueUserName("import")));
        }
        // Okta asks for count=100; a page of 2 makes the same loop cross several pages here.
        List<String> seen = pageThrough("Users", 2);
        assertEquals(seen.size(), new HashSet<>(seen).size(), () -> "a user came twice: " + seen);
        assertTrue(seen.containsAll(mine), "every user is imported");

        Set<String> myGroups = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            myGroups.add(okta().createGroup(unique("import-group")));
        }
        List<String> groups = pageThrough("Groups", 2);
        assertEquals(groups.size(), new HashSet<>(groups).size(), () -> "a group came twice: " + groups);
        assertTrue(groups.containsAll(myGroups), "every group is imported");
    }

    /** Okta's import loop: startIndex 1, 1+count, … while startIndex <= totalResults; answers every id seen. */
    private List<String> pageThrough(String endpoint, int count) {
        List<String> seen = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int start = 1; start <= total; start += count) {
            JsonObject page = assertScim(200, okta().get(endpoint + "?startIndex=" + start + "&count=" + count));
            total = integer(page, "totalResults");
            assertEquals(start, integer(page, "startIndex"));
            assertEquals(Math.min(count, total - start + 1), integer(page, "itemsPerPage"), page::toString);
            seen.addAll(ids(page));
        }
        assertEquals(total, seen.size(), "the pages add up to totalResults");
        return seen;
    }
}
