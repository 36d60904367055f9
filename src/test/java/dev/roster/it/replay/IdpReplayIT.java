package dev.roster.it.replay;

import static dev.roster.it.replay.ScimAssertions.assertContentType;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertEtagIsVersion;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimAssertions.integer;
import static dev.roster.it.replay.ScimAssertions.refs;
import static dev.roster.it.replay.ScimAssertions.strings;
import static dev.roster.it.replay.ScimClient.ENTERPRISE_SCHEMA;
import static dev.roster.it.replay.ScimClient.GROUP_SCHEMA;
import static dev.roster.it.replay.ScimClient.USER_SCHEMA;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.patchOp;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import dev.roster.it.RosterDeployment;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Replays, request by request, what Okta and Microsoft Entra ID send to a SCIM server
 * (shared/reference/idp-wire-behaviour.md), then the RFC 7644 points a demanding client notices, against the
 * packaged WAR on one Payara Micro.
 *
 * <p>One deployment for all scenarios keeps the suite to one server boot. Every test provisions its own
 * uniquely named users and groups and asserts only on those, so no test depends on another's data or on the
 * order the tests run in. A test marked {@code @Disabled("server bug: …")} states behaviour the server gets
 * wrong today; the reason names the request, what is expected and what comes back.
 */
@ExtendWith(ArquillianExtension.class)
class IdpReplayIT {

    private static final String OKTA_FIXTURE_PASSWORD = "1mz050nq";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RosterDeployment.war();
    }

    @ArquillianResource
    URL base;

    private ScimClient okta;
    private ScimClient entra;

    @BeforeEach
    void clients() {
        okta = ScimClient.okta(base);
        entra = ScimClient.entra(base);
    }

    // =========================================================================================================
    // 1. Okta's "SCIM 2.0 SPEC Test", in its order
    // =========================================================================================================

    @Test
    @DisplayName("Okta SCIM 2.0 SPEC Test: every step, in Okta's order")
    void oktaSpecTestPassesEveryStepInOrder() {
        // Okta runs its test against an app that already has users; this scenario provisions its own first.
        String seedName = uniqueUserName("spec-seed");
        String seedId = okta.createUserId(seedName);

        // 1. A list with count=1 holds one user with an id.
        JsonObject firstPage = assertList(okta.get("Users?count=1&startIndex=1"), -1, 1, 1);
        assertTrue(integer(firstPage, "totalResults") >= 1, firstPage::toString);
        JsonObject listed = firstPage.getJsonArray("Resources").getJsonObject(0);
        String listedId = listed.getString("id");
        assertFalse(listed.getString("userName").isBlank(), listed::toString);
        assertTrue(listed.get("active") == JsonValue.TRUE || listed.get("active") == JsonValue.FALSE, listed::toString);

        // 2. GET by that id; the fields Okta reads (names, active, emails[0].value) are there on our user.
        JsonObject byListedId = assertScim(200, okta.get("Users/" + listedId));
        assertEquals(listedId, byListedId.getString("id"));
        assertEquals(listed.getString("userName"), byListedId.getString("userName"));
        JsonObject seed = assertScim(200, okta.get("Users/" + seedId));
        assertEquals("User", seed.getJsonObject("name").getString("familyName"));
        assertEquals("Test", seed.getJsonObject("name").getString("givenName"));
        assertEquals(seedName, seed.getString("userName"));
        assertEquals(JsonValue.TRUE, seed.get("active"));
        assertEquals(seedName, seed.getJsonArray("emails").getJsonObject(0).getString("value"));

        // 3. A filter on an unknown userName is an empty list, not a 404.
        JsonObject none = assertList(okta.get("Users?filter=" + encode("userName eq \"" + uniqueUserName("spec-nobody") + "\"")), 0, 0, 1);
        assertEquals(0, none.getJsonArray("Resources").size());

        // 4. An unknown id is a 404 Error with a detail.
        assertError(404, null, okta.get("Users/" + UUID.randomUUID()));

        // 5. Create: 201 with the same names and active true.
        String userName = uniqueUserName("spec-user");
        String body = ReplayFixtures.text("okta/create-user.json", "userName", userName, "externalId", oktaUserId());
        JsonObject created = assertScim(201, okta.post("Users", body));
        String id = created.getString("id");
        assertFalse(id.isBlank());
        assertEquals(userName, created.getString("userName"));
        assertEquals("Jane", created.getJsonObject("name").getString("givenName"));
        assertEquals("Doe", created.getJsonObject("name").getString("familyName"));
        assertEquals(JsonValue.TRUE, created.get("active"));

        // 6. GET it.
        JsonObject read = assertScim(200, okta.get("Users/" + id));
        assertEquals(userName, read.getString("userName"));
        assertEquals("Jane", read.getJsonObject("name").getString("givenName"));
        assertEquals(JsonValue.TRUE, read.get("active"));

        // 7. Create again: 409 uniqueness.
        assertError(409, "uniqueness", okta.post("Users", body));

        // 8. Filter with the userName upper-cased finds the user (userName is caseExact=false).
        JsonObject upper = assertList(okta.get("Users?filter="
                + encode("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"")), 1, 1, 1);
        assertEquals(List.of(id), ids(upper));

        // 9. GET /Groups answers 200 with a ListResponse, quickly.
        long started = System.nanoTime();
        Reply groups = okta.get("Groups");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        JsonObject groupList = assertScim(200, groups);
        assertEquals(List.of(ScimAssertions.LIST_SCHEMA), strings(groupList.getJsonArray("schemas")));
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, () -> "GET /Groups took " + took);

        // 10. A wrong token: 401 with an Error body, status "401" and a detail.
        assertError(401, null, ScimClient.withToken(base, "not-" + ScimClient.TOKEN).get("Users?count=1"));

        // 11. Another unknown id: 404 with status "404".
        assertError(404, null, okta.get("Users/010101001010101"));
    }

    // =========================================================================================================
    // 2. Okta user lifecycle (integration-network template, and the App Integration Wizard's full PUTs)
    // =========================================================================================================

    @Test
    @DisplayName("Okta Test Connector Configuration: GET /Users count=2 and GET /Groups count=100")
    void oktaTestConnectorConfigurationListsUsersAndGroups() {
        okta.createUserId(uniqueUserName("conn-a"));
        okta.createUserId(uniqueUserName("conn-b"));
        okta.createUserId(uniqueUserName("conn-c"));
        okta.createGroup(unique("conn-group"));

        JsonObject users = assertList(okta.get("Users?startIndex=1&count=2"), -1, 2, 1);
        assertTrue(integer(users, "totalResults") >= 3, users::toString);

        JsonObject groups = assertScim(200, okta.get("Groups?startIndex=1&count=100"));
        long total = integer(groups, "totalResults");
        assertTrue(total >= 1, groups::toString);
        assertEquals(Math.min(total, 100), integer(groups, "itemsPerPage"));
        assertEquals(1, integer(groups, "startIndex"));
    }

    @Test
    @DisplayName("Okta assignment lookup (%40-encoded userName, count=100) of an unknown user: 200, 0, []")
    void oktaAssignmentLookupOfUnknownUserIsAnEmptyList() {
        String userName = uniqueUserName("assign");
        // Exactly Okta's query string: %20 for spaces, %22 for quotes, %40 for '@'.
        String query = "Users?filter=userName%20eq%20%22" + userName.replace("@", "%40") + "%22&startIndex=1&count=100";
        assertTrue(query.contains("%40example.com"), query);

        assertList(okta.get(query), 0, 0, 1);

        String id = okta.post("Users", oktaCreateBody(userName)).json().getString("id");
        assertEquals(List.of(id), ids(assertList(okta.get(query), 1, 1, 1)));
    }

    @Test
    @DisplayName("Okta create: 201 with the full user, Location and ETag; the password is never returned")
    void oktaCreateAnswersTheFullUserWithoutPassword() {
        String userName = uniqueUserName("okta-create");
        String externalId = oktaUserId();

        Reply reply = okta.post("Users", ReplayFixtures.text("okta/create-user.json",
                "userName", userName, "externalId", externalId));

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

        Reply read = okta.get("Users/" + id + "?attributes=password,userName");
        assertFalse(assertScim(200, read).containsKey("password"), read::toString);
        assertFalse(read.body().contains(OKTA_FIXTURE_PASSWORD));
    }

    @Test
    @DisplayName("Okta profile update: GET, then PUT of exactly that body with a new givenName")
    void oktaProfileUpdatePutsBackTheWholeGetBody() {
        String userName = uniqueUserName("okta-profile");
        String id = okta.post("Users", oktaCreateBody(userName)).json().getString("id");
        String groupId = okta.createGroup(unique("okta-profile-group"), id);

        JsonObject got = assertScim(200, okta.get("Users/" + id));
        assertEquals(List.of(groupId), refs(got, "groups"), "the GET body Okta echoes carries groups");
        JsonObject edited = Json.createPatchBuilder().replace("/name/givenName", "Janet").build().apply(got);

        Reply put = okta.put("Users/" + id, edited.toString());

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
        assertEquals(got.getJsonObject("meta").getString("created"), updated.getJsonObject("meta").getString("created"));
        assertNotEquals(got.getJsonObject("meta").getString("version"), updated.getJsonObject("meta").getString("version"));
        assertEtagIsVersion(put);

        JsonObject reread = assertScim(200, okta.get("Users/" + id));
        assertEquals("Janet", reread.getJsonObject("name").getString("givenName"));
        assertEquals(List.of(groupId), refs(reread, "groups"));
    }

    @Test
    @DisplayName("Okta PUT with read-only fields that differ (id, meta, groups:[]) ignores them")
    void oktaPutIgnoresReadOnlyFieldsThatDiffer() {
        String userName = uniqueUserName("okta-readonly");
        String id = okta.post("Users", oktaCreateBody(userName)).json().getString("id");
        String groupId = okta.createGroup(unique("okta-readonly-group"), id);
        JsonObject got = assertScim(200, okta.get("Users/" + id));
        JsonObject edited = Json.createPatchBuilder()
                .replace("/groups", Json.createArrayBuilder().build())
                .replace("/meta/created", "2001-01-01T00:00:00Z")
                .replace("/displayName", "Jane Q. Doe")
                .build().apply(got);

        JsonObject updated = assertScim(200, okta.put("Users/" + id, edited.toString()));

        assertEquals("Jane Q. Doe", updated.getString("displayName"));
        assertEquals(List.of(groupId), refs(updated, "groups"), "groups is read-only on a user: membership stays");
        assertEquals(got.getJsonObject("meta").getString("created"), updated.getJsonObject("meta").getString("created"));
        assertEquals(List.of(id), refs(assertScim(200, okta.get("Groups/" + groupId)), "members"));
    }

    @Test
    @DisplayName("Okta PUT without active never drops the user's status")
    void oktaPutWithoutActiveKeepsTheStatus() {
        String userName = uniqueUserName("okta-keep-active");
        String id = okta.post("Users", oktaCreateBody(userName)).json().getString("id");
        assertScim(200, okta.patch("Users/" + id, ReplayFixtures.text("okta/deactivate-user.json")));
        JsonObject got = assertScim(200, okta.get("Users/" + id));
        JsonObject withoutActive = Json.createObjectBuilder(got).remove("active").add("title", "Analyst").build();

        JsonObject updated = assertScim(200, okta.put("Users/" + id, withoutActive.toString()));

        assertEquals("Analyst", updated.getString("title"));
        assertEquals(JsonValue.FALSE, updated.get("active"));
    }

    @Test
    @DisplayName("Okta deactivate/reactivate: PATCH without path; a deactivated user stays readable and findable")
    void oktaDeactivatesAndReactivatesWithPathlessPatch() {
        String userName = uniqueUserName("okta-deactivate");
        String id = okta.post("Users", oktaCreateBody(userName)).json().getString("id");

        JsonObject deactivated = assertScim(200, okta.patch("Users/" + id, ReplayFixtures.text("okta/deactivate-user.json")));
        assertEquals(JsonValue.FALSE, deactivated.get("active"));
        assertEquals("Jane", deactivated.getJsonObject("name").getString("givenName"), "nothing else changes");

        assertEquals(JsonValue.FALSE, assertScim(200, okta.get("Users/" + id)).get("active"));
        JsonObject found = assertList(okta.get("Users?filter=" + encode("userName eq \"" + userName + "\"")
                + "&startIndex=1&count=100"), 1, 1, 1);
        assertEquals(JsonValue.FALSE, found.getJsonArray("Resources").getJsonObject(0).get("active"));
        assertEquals(List.of(id), ids(assertList(okta.get("Users?filter="
                + encode("userName eq \"" + userName + "\" and active eq false")), 1, 1, 1)));

        JsonObject reactivated = assertScim(200, okta.patch("Users/" + id, ReplayFixtures.text("okta/reactivate-user.json")));
        assertEquals(JsonValue.TRUE, reactivated.get("active"));
        assertEquals(JsonValue.TRUE, assertScim(200, okta.get("Users/" + id)).get("active"));
    }

    @Test
    @DisplayName("Okta password sync: PATCH without path carrying password answers 200 and never echoes it")
    void oktaPasswordSyncIsAcceptedAndNeverReturned() {
        String id = okta.post("Users", oktaCreateBody(uniqueUserName("okta-password"))).json().getString("id");

        Reply reply = okta.patch("Users/" + id, ReplayFixtures.text("okta/password-sync.json"));

        JsonObject user = assertScim(200, reply);
        assertFalse(user.containsKey("password"), user::toString);
        assertFalse(reply.body().contains("t1meMa$heen"));
        assertEquals(JsonValue.TRUE, user.get("active"));
    }

    @Test
    @DisplayName("App Integration Wizard: deactivate and reactivate with a full PUT of active")
    void wizardDeactivatesWithAFullPut() {
        String userName = uniqueUserName("wizard-user");
        String id = okta.post("Users", oktaCreateBody(userName)).json().getString("id");
        JsonObject got = assertScim(200, okta.get("Users/" + id));

        JsonObject off = Json.createPatchBuilder().replace("/active", JsonValue.FALSE).build().apply(got);
        JsonObject deactivated = assertScim(200, okta.put("Users/" + id, off.toString()));
        assertEquals(JsonValue.FALSE, deactivated.get("active"));
        assertEquals(userName, deactivated.getString("userName"));
        JsonObject read = assertScim(200, okta.get("Users/" + id));
        assertEquals(JsonValue.FALSE, read.get("active"));

        JsonObject on = Json.createPatchBuilder().replace("/active", JsonValue.TRUE).build().apply(read);
        assertEquals(JsonValue.TRUE, assertScim(200, okta.put("Users/" + id, on.toString())).get("active"));
    }

    @Test
    @DisplayName("Okta import: pages while startIndex <= totalResults, every user exactly once")
    void oktaImportPagesThroughEveryUserOnce() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            mine.add(okta.createUserId(uniqueUserName("import")));
        }
        // Okta asks for count=100; a page of 2 makes the same loop cross several pages here.
        List<String> seen = pageThrough("Users", 2);
        assertEquals(seen.size(), new HashSet<>(seen).size(), () -> "a user came twice: " + seen);
        assertTrue(seen.containsAll(mine), "every user is imported");

        Set<String> myGroups = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            myGroups.add(okta.createGroup(unique("import-group")));
        }
        List<String> groups = pageThrough("Groups", 2);
        assertEquals(groups.size(), new HashSet<>(groups).size(), () -> "a group came twice: " + groups);
        assertTrue(groups.containsAll(myGroups), "every group is imported");
    }

    // =========================================================================================================
    // 3. Okta group push, PATCH style
    // =========================================================================================================

    @Test
    @DisplayName("Okta group push: create, rename+add, remove by filter, add+remove, rename, delete")
    void oktaPushesAGroupWithPatches() {
        String janeName = uniqueUserName("push-jane");
        String jane = okta.createUserId(janeName);
        String mandyName = uniqueUserName("push-mandy");
        String mandy = okta.createUserId(mandyName);

        // POST /Groups with members [] → 201.
        String initialName = unique("Finance");
        Reply created = okta.post("Groups", ReplayFixtures.text("okta/create-group.json", "displayName", initialName));
        JsonObject group = assertScim(201, created);
        String gid = group.getString("id");
        assertEquals(initialName, group.getString("displayName"));
        assertEquals(List.of(), refs(group, "members"));
        assertEquals(group.getJsonObject("meta").getString("location"), created.header("Location"));

        // Rename (sent with every membership change) and add Jane, no member type: one request.
        String finance = unique("Finance");
        assertPatchAccepted(okta.patch("Groups/" + gid, ReplayFixtures.text("okta/group-rename-and-add-member.json",
                "groupId", gid, "displayName", finance, "userId", jane, "userName", janeName)));
        JsonObject afterAdd = assertScim(200, okta.get("Groups/" + gid));
        assertEquals(finance, afterAdd.getString("displayName"));
        assertEquals(List.of(jane), refs(afterAdd, "members"));
        JsonObject member = afterAdd.getJsonArray("members").getJsonObject(0);
        assertEquals("User", member.getString("type"), "the type Okta leaves out is filled in");
        JsonObject janeGroups = assertScim(200, okta.get("Users/" + jane));
        assertEquals(List.of(gid), refs(janeGroups, "groups"));
        JsonObject groupRef = janeGroups.getJsonArray("groups").getJsonObject(0);
        assertEquals("direct", groupRef.getString("type"));
        assertEquals(finance, groupRef.getString("display"));

        // Remove Jane with members[value eq "<uid>"].
        assertPatchAccepted(okta.patch("Groups/" + gid, ReplayFixtures.text("okta/group-rename-and-remove-member.json",
                "groupId", gid, "displayName", finance, "userId", jane)));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Users/" + jane)), "groups"));

        // Add Mandy and remove Jane (already gone) in one request, then add Jane and remove Mandy.
        assertPatchAccepted(okta.patch("Groups/" + gid, addAndRemove(gid, finance, mandy, mandyName, jane)));
        assertEquals(List.of(mandy), refs(assertScim(200, okta.get("Groups/" + gid)), "members"));
        assertPatchAccepted(okta.patch("Groups/" + gid, addAndRemove(gid, finance, jane, janeName, mandy)));
        assertEquals(List.of(jane), refs(assertScim(200, okta.get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Users/" + mandy)), "groups"));

        // Rename alone keeps the members.
        String renamed = unique("Finance EMEA");
        assertPatchAccepted(okta.patch("Groups/" + gid, patchOp(
                "{\"op\":\"replace\",\"value\":{\"id\":\"" + gid + "\",\"displayName\":\"" + renamed + "\"}}")));
        JsonObject afterRename = assertScim(200, okta.get("Groups/" + gid));
        assertEquals(renamed, afterRename.getString("displayName"));
        assertEquals(List.of(jane), refs(afterRename, "members"));
        assertEquals(renamed, assertScim(200, okta.get("Users/" + jane)).getJsonArray("groups")
                .getJsonObject(0).getString("display"), "the user's groups show the new name");

        // "Delete the group in the target app": DELETE → 204, then 404; Jane is in no group.
        Reply deleted = okta.delete("Groups/" + gid);
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());
        assertError(404, null, okta.get("Groups/" + gid));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Users/" + jane)), "groups"));
        assertList(okta.get("Groups?filter=" + encode("displayName eq \"" + renamed + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Okta group push: PATCH replace of members sets exactly that list")
    void oktaPushReplacesTheMemberList() {
        String a = okta.createUserId(uniqueUserName("push-replace-a"));
        String b = okta.createUserId(uniqueUserName("push-replace-b"));
        String cName = uniqueUserName("push-replace-c");
        String c = okta.createUserId(cName);
        String name = unique("Replace");
        String gid = okta.createGroup(name, a, b);

        assertPatchAccepted(okta.patch("Groups/" + gid, ReplayFixtures.text("okta/group-replace-members.json",
                "groupId", gid, "displayName", name, "userId", c, "userName", cName)));

        assertEquals(List.of(c), refs(assertScim(200, okta.get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Users/" + a)), "groups"));
        assertEquals(List.of(gid), refs(assertScim(200, okta.get("Users/" + c)), "groups"));
    }

    // =========================================================================================================
    // 4. Okta group push, PUT style (App Integration Wizard)
    // =========================================================================================================

    @Test
    @DisplayName("App Integration Wizard group push: GET, then PUT with the complete member list")
    void wizardPushesMembershipWithFullPuts() {
        String a = okta.createUserId(uniqueUserName("wizard-a"));
        String b = okta.createUserId(uniqueUserName("wizard-b"));
        String gid = okta.createGroup(unique("Wizard"));

        JsonObject got = assertScim(200, okta.get("Groups/" + gid));
        JsonObject withTwo = Json.createObjectBuilder(got).add("members", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("value", a))
                .add(Json.createObjectBuilder().add("value", b))).build();
        Reply putTwo = okta.put("Groups/" + gid, withTwo.toString());
        assertEquals(Set.of(a, b), Set.copyOf(refs(assertScim(200, putTwo), "members")));
        assertEtagIsVersion(putTwo);
        assertEquals(Set.of(a, b), Set.copyOf(refs(assertScim(200, okta.get("Groups/" + gid)), "members")));

        JsonObject again = assertScim(200, okta.get("Groups/" + gid));
        JsonObject withOne = Json.createObjectBuilder(again).add("members", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("value", b))).build();
        JsonObject afterOne = assertScim(200, okta.put("Groups/" + gid, withOne.toString()));

        assertEquals(List.of(b), refs(afterOne, "members"));
        assertEquals(got.getString("displayName"), afterOne.getString("displayName"));
        assertEquals(List.of(b), refs(assertScim(200, okta.get("Groups/" + gid)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Users/" + a)), "groups"));
        assertEquals(List.of(gid), refs(assertScim(200, okta.get("Users/" + b)), "groups"));
    }

    // =========================================================================================================
    // 5. Microsoft Entra ID
    // =========================================================================================================

    @Test
    @DisplayName("Entra create with \"active\":\"True\" and other string booleans stores real booleans")
    void entraCreatesAUserFromStringBooleans() {
        String userName = uniqueUserName("entra-create");

        JsonObject user = assertScim(201, entra.post("Users", entraCreateBody(userName, UUID.randomUUID().toString())));

        assertEquals(JsonValue.TRUE, user.get("active"));
        assertEquals(JsonValue.TRUE, user.getJsonArray("emails").getJsonObject(0).get("primary"));
        assertEquals(JsonValue.FALSE, user.getJsonArray("phoneNumbers").getJsonObject(0).get("primary"));
        assertTrue(strings(user.getJsonArray("schemas")).contains(ENTERPRISE_SCHEMA), user::toString);
        assertEquals("701984", user.getJsonObject(ENTERPRISE_SCHEMA).getString("employeeNumber"));
        assertEquals(JsonValue.TRUE, assertScim(200, entra.get("Users/" + user.getString("id"))).get("active"));
    }

    @Test
    @DisplayName("Entra PATCH with capitalised ops: filtered email path, name, externalId, enterprise number and manager")
    void entraUpdatesUserAttributesWithCapitalisedOps() {
        String userName = uniqueUserName("entra-update");
        String id = assertScim(201, entra.post("Users", entraCreateBody(userName, UUID.randomUUID().toString())))
                .getString("id");
        String manager = entra.createUserId(uniqueUserName("entra-manager"));
        String workEmail = uniqueUserName("entra-work");
        String externalId = UUID.randomUUID().toString();

        Reply reply = entra.patch("Users/" + id, ReplayFixtures.text("entra/update-user-attributes.json",
                "workEmail", workEmail, "externalId", externalId, "managerId", manager));

        JsonObject user = assertScim(200, reply);
        assertEquals(List.of("home", "work"), user.getJsonArray("emails").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("type")).toList(), "the missing work email is created beside the home one");
        assertEquals(workEmail, workEmailOf(user));
        assertEquals("Jensen-Smith", user.getJsonObject("name").getString("familyName"));
        assertEquals("givenName", user.getJsonObject("name").getString("givenName"));
        assertEquals(externalId, user.getString("externalId"));
        JsonObject enterprise = user.getJsonObject(ENTERPRISE_SCHEMA);
        assertEquals("701985", enterprise.getString("employeeNumber"));
        assertEquals(manager, enterprise.getJsonObject("manager").getString("value"));
        assertEquals("Tour Operations", enterprise.getString("department"));
        assertEtagIsVersion(reply);
        assertEquals(user.getJsonObject(ENTERPRISE_SCHEMA),
                assertScim(200, entra.get("Users/" + id)).getJsonObject(ENTERPRISE_SCHEMA));
    }

    @Test
    @DisplayName("Entra path-less replace with dotted and URN keys inside value")
    void entraReplacesWithDottedAndUrnKeysInAPathlessValue() {
        String id = assertScim(201, entra.post("Users", entraCreateBody(uniqueUserName("entra-pathless"),
                UUID.randomUUID().toString()))).getString("id");

        JsonObject user = assertScim(200, entra.patch("Users/" + id, ReplayFixtures.text("entra/pathless-qualified-keys.json")));

        assertEquals("Ann Jensen", user.getString("displayName"));
        assertEquals("Ann", user.getJsonObject("name").getString("givenName"));
        assertEquals("familyName", user.getJsonObject("name").getString("familyName"), "the rest of name stays");
        assertEquals("Sales", user.getJsonObject(ENTERPRISE_SCHEMA).getString("department"));
        assertEquals("701984", user.getJsonObject(ENTERPRISE_SCHEMA).getString("employeeNumber"));
        assertEquals(JsonValue.TRUE, user.get("active"));
        assertFalse(user.containsKey("name.givenName"), "a dotted key is a path, not a new attribute");
    }

    @Test
    @DisplayName("Entra soft delete: {\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}")
    void entraDeactivatesWithTheStringFalse() {
        String id = assertScim(201, entra.post("Users", entraCreateBody(uniqueUserName("entra-off"),
                UUID.randomUUID().toString()))).getString("id");

        JsonObject user = assertScim(200, entra.patch("Users/" + id, ReplayFixtures.text("entra/deactivate-user.json")));

        assertEquals(JsonValue.FALSE, user.get("active"));
        assertEquals(JsonValue.FALSE, assertScim(200, entra.get("Users/" + id)).get("active"));
    }

    @Test
    @DisplayName("Entra lookups: userName eq, externalId eq unquoted, emails[type eq \"work\"].value eq")
    void entraFindsUsersByUserNameExternalIdAndWorkEmail() {
        String userName = uniqueUserName("entra-lookup");
        String externalId = UUID.randomUUID().toString();
        String workEmail = uniqueUserName("entra-lookup-work");
        String id = entra.createUser(Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("userName", userName)
                .add("externalId", externalId)
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "work").add("value", workEmail)))
                .build()).getString("id");
        // Someone whose *home* address is that value must not be found by the work-email lookup.
        entra.createUser(Json.createObjectBuilder()
                .add("userName", uniqueUserName("entra-lookup-home"))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "home").add("value", workEmail)))
                .build()).getString("id");

        assertEquals(List.of(id), ids(assertList(entra.get("Users?filter=" + encode("userName eq \"" + userName + "\"")), 1, 1, 1)));
        assertEquals(List.of(id), ids(assertList(entra.get("Users?filter=" + encode("externalId eq " + externalId)), 1, 1, 1)));
        assertEquals(List.of(id), ids(assertList(entra.get("Users?filter=" + encode("externalId eq \"" + externalId + "\"")), 1, 1, 1)));
        assertEquals(List.of(id), ids(assertList(entra.get("Users?filter="
                + encode("emails[type eq \"work\"].value eq \"" + workEmail + "\"")), 1, 1, 1)));
        assertList(entra.get("Users?filter=" + encode("userName eq \"" + uniqueUserName("entra-nobody") + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Entra group membership: Add with $ref null, probe, Remove as value list, Add as plain string; 204s")
    void entraManagesGroupMembershipWithPatch() {
        String uid = entra.createUserId(uniqueUserName("entra-member"));
        String displayName = unique("Entra Group");
        JsonObject group = assertScim(201, entra.post("Groups", ReplayFixtures.text("entra/create-group.json",
                "externalId", UUID.randomUUID().toString(), "displayName", displayName)));
        String gid = group.getString("id");
        String probe = "Groups?filter=" + encode("id eq \"" + gid + "\" and members eq \"" + uid + "\"") + "&attributes=id";

        assertList(entra.get(probe), 0, 0, 1);
        assertNoContent(entra.patch("Groups/" + gid, ReplayFixtures.text("entra/group-add-member-null-ref.json", "userId", uid)));
        JsonObject found = assertList(entra.get(probe), 1, 1, 1);
        JsonObject onlyId = found.getJsonArray("Resources").getJsonObject(0);
        assertEquals(gid, onlyId.getString("id"));
        assertEquals(Set.of("id"), keysBesidesSchemas(onlyId), "attributes=id returns the id alone");

        JsonObject byName = assertList(entra.get("Groups?excludedAttributes=members&filter="
                + encode("displayName eq \"" + displayName + "\"")), 1, 1, 1).getJsonArray("Resources").getJsonObject(0);
        assertEquals(displayName, byName.getString("displayName"));
        assertFalse(byName.containsKey("members"), byName::toString);

        assertNoContent(entra.patch("Groups/" + gid, ReplayFixtures.text("entra/group-remove-members-by-value-list.json", "userId", uid)));
        assertList(entra.get(probe), 0, 0, 1);
        assertEquals(List.of(), refs(assertScim(200, entra.get("Groups/" + gid)), "members"));

        // Microsoft's test collection: add members with a plain string value.
        assertNoContent(entra.patch("Groups/" + gid, ReplayFixtures.text("entra/group-add-member-plain-string.json", "userId", uid)));
        assertEquals(List.of(uid), refs(assertScim(200, entra.get("Groups/" + gid)), "members"));
        assertList(entra.get(probe), 1, 1, 1);

        String renamed = unique("Entra Renamed");
        assertNoContent(entra.patch("Groups/" + gid, ReplayFixtures.text("entra/group-rename.json", "displayName", renamed)));
        JsonObject afterRename = assertScim(200, entra.get("Groups/" + gid));
        assertEquals(renamed, afterRename.getString("displayName"));
        assertEquals(List.of(uid), refs(afterRename, "members"));
    }

    @Test
    @DisplayName("Entra reads /Schemas: User, Group and EnterpriseUser with attribute metadata")
    void entraReadsSchemasWithAttributeMetadata() {
        JsonObject list = assertScim(200, entra.get("Schemas"));
        List<JsonObject> schemas = list.getJsonArray("Resources").getValuesAs(JsonObject.class);
        assertEquals(Set.of(USER_SCHEMA, GROUP_SCHEMA, ENTERPRISE_SCHEMA),
                Set.copyOf(schemas.stream().map(s -> s.getString("id")).toList()));
        assertEquals(schemas.size(), integer(list, "totalResults"));

        JsonObject userName = attribute(schema(schemas, USER_SCHEMA), "userName");
        assertEquals("string", userName.getString("type"));
        assertEquals(JsonValue.TRUE, userName.get("required"));
        assertEquals(JsonValue.FALSE, userName.get("caseExact"));
        assertEquals(JsonValue.FALSE, userName.get("multiValued"));
        assertEquals("readWrite", userName.getString("mutability"));
        assertEquals("default", userName.getString("returned"));
        assertEquals("server", userName.getString("uniqueness"));
        JsonObject password = attribute(schema(schemas, USER_SCHEMA), "password");
        assertEquals("writeOnly", password.getString("mutability"));
        assertEquals("never", password.getString("returned"));
        JsonObject emails = attribute(schema(schemas, USER_SCHEMA), "emails");
        assertEquals("complex", emails.getString("type"));
        assertEquals(JsonValue.TRUE, emails.get("multiValued"));
        assertTrue(subAttributeNames(emails).containsAll(List.of("value", "type", "primary")), emails::toString);

        JsonObject manager = attribute(schema(schemas, ENTERPRISE_SCHEMA), "manager");
        assertEquals("complex", manager.getString("type"));
        assertTrue(subAttributeNames(manager).contains("value"), manager::toString);
        assertEquals("string", attribute(schema(schemas, ENTERPRISE_SCHEMA), "employeeNumber").getString("type"));

        JsonObject members = attribute(schema(schemas, GROUP_SCHEMA), "members");
        assertEquals(JsonValue.TRUE, members.get("multiValued"));
        assertTrue(subAttributeNames(members).containsAll(List.of("value", "type")), members::toString);
    }

    @Test
    @DisplayName("Microsoft test collection: unquoted values, mixed-case names, grouped or")
    void microsoftFilterWithUnquotedValuesAndMixedCaseNames() {
        // A family name of letters only, so it can go unquoted as Microsoft sends "Employee", and stays ours.
        String family = "Employee" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String com = entra.createUser(withNameAndEmail(uniqueUserName("ms-com"), family, unique("ms") + "@example.com")).getString("id");
        String org = entra.createUser(withNameAndEmail(uniqueUserName("ms-org"), family, unique("ms") + "@example.org")).getString("id");
        entra.createUser(withNameAndEmail(uniqueUserName("ms-net"), family, unique("ms") + "@example.net"));
        entra.createUser(withNameAndEmail(uniqueUserName("ms-other"), family + "x", unique("ms") + "@example.com"));

        JsonObject list = assertList(entra.get("Users?filter=" + encode("name.FamilyName eq " + family
                + " and (emails.Value co example.com or emails.Value co example.org)")), 2, 2, 1);

        assertEquals(Set.of(com, org), Set.copyOf(ids(list)));
    }

    @Test
    @DisplayName("Microsoft test collection: meta.Created gt a timestamp with 7 fractional digits and an offset")
    void microsoftFilterOnMetaCreated() {
        String id = entra.createUserId(uniqueUserName("ms-created"));
        long everyone = integer(assertScim(200, entra.get("Users?count=0")), "totalResults");

        JsonObject since2015 = assertScim(200, entra.get("Users?count=0&filter="
                + encode("meta.Created gt 2015-10-10T14:38:21.8617979-07:00")));
        assertEquals(everyone, integer(since2015, "totalResults"), "every user was created after 2015");

        assertList(entra.get("Users?filter=" + encode("meta.Created gt 2999-10-10T14:38:21.8617979-07:00")), 0, 0, 1);
        assertEquals(List.of(id), ids(assertList(entra.get("Users?filter=" + encode("meta.created gt "
                + "2015-10-10T14:38:21.8617979-07:00 and id eq \"" + id + "\"")), 1, 1, 1)));
    }

    @Test
    @DisplayName("Microsoft test collection: attributes=emails[type eq \"work\"] returns emails and little else")
    void microsoftAttributesWithAValueFilter() {
        String userName = uniqueUserName("ms-attrs");
        String workEmail = uniqueUserName("ms-attrs-work");
        entra.createUser(Json.createObjectBuilder().add("userName", userName)
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "work").add("value", workEmail)))
                .build());

        JsonObject list = assertList(entra.get("Users?filter=" + encode("userName eq \"" + userName + "\"")
                + "&attributes=" + encode("emails[type eq \"work\"]")), 1, 1, 1);

        JsonObject user = list.getJsonArray("Resources").getJsonObject(0);
        assertEquals(workEmail, workEmailOf(user));
        assertEquals(Set.of("id", "emails"), keysBesidesSchemas(user));
    }

    @Test
    @DisplayName("Microsoft test collection: PUT with a misspelled attribute answers 200 and ignores it")
    void microsoftPutWithAMisspelledAttributeIgnoresIt() {
        String userName = uniqueUserName("ms-typo");
        String id = entra.createUserId(userName);
        JsonObject got = assertScim(200, entra.get("Users/" + id));
        JsonObject typo = Json.createObjectBuilder(got).add("userNaem", "someone-else@example.com")
                .add("displayName", "Changed").build();

        JsonObject user = assertScim(200, entra.put("Users/" + id, typo.toString()));

        assertEquals(userName, user.getString("userName"));
        assertEquals("Changed", user.getString("displayName"));
        assertFalse(user.containsKey("userNaem"), user::toString);
        assertFalse(assertScim(200, entra.get("Users/" + id)).containsKey("userNaem"));
    }

    @Test
    @DisplayName("Microsoft test collection: a user without userName is 400 invalidValue and nothing is created")
    void microsoftCreateWithoutUserNameIsRejected() {
        String externalId = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("externalId", externalId)
                .add("name", Json.createObjectBuilder().add("givenName", "No").add("familyName", "Name"))
                .add("active", true).build().toString();

        assertError(400, "invalidValue", entra.post("Users", body));
        assertList(entra.get("Users?filter=" + encode("externalId eq \"" + externalId + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Microsoft test collection: malformed JSON is 400 invalidSyntax")
    void microsoftMalformedJsonIsInvalidSyntax() {
        assertError(400, "invalidSyntax", entra.post("Users", "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":"));
        String id = entra.createUserId(uniqueUserName("ms-malformed"));
        assertError(400, "invalidSyntax", entra.patch("Users/" + id, "{\"Operations\":[{\"op\":\"Replace\",}]"));
        assertError(400, "invalidSyntax", entra.put("Users/" + id, "[1,2]"));
    }

    // =========================================================================================================
    // 6. Protocol edge cases (RFC 7644) a demanding client notices
    // =========================================================================================================

    @Test
    @DisplayName("Filter precedence: a or b and c is a or (b and c); parentheses change it")
    void filterAndBindsTighterThanOr() {
        String tag = unique("prec");
        String aName = uniqueUserName("prec-a");
        String a = okta.createUser(withTitle(aName, tag + "-A")).getString("id");
        String b = okta.createUser(withTitle(uniqueUserName("prec-b"), tag + "-B")).getString("id");
        String nobody = uniqueUserName("prec-nobody");

        // a or (b and false) → a. Read left to right it would be (a or b) and false → nothing.
        String mixed = "userName eq \"" + aName + "\" or title eq \"" + tag + "-B\" and userName eq \"" + nobody + "\"";
        assertEquals(List.of(a), ids(assertList(okta.get("Users?filter=" + encode(mixed)), 1, 1, 1)));

        String grouped = "(userName eq \"" + aName + "\" or title eq \"" + tag + "-B\") and userName eq \"" + nobody + "\"";
        assertList(okta.get("Users?filter=" + encode(grouped)), 0, 0, 1);

        // not binds tighter than and.
        String negated = "not (title eq \"" + tag + "-A\") and title sw \"" + tag + "\"";
        assertEquals(List.of(b), ids(assertList(okta.get("Users?filter=" + encode(negated)), 1, 1, 1)));
    }

    @Test
    @DisplayName("emails[type eq \"work\" and value co \"@x\"] matches within one email, never across two")
    void valuePathMatchesWithinOneElement() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "@x-" + tag + ".test";
        // work a@y…, home b@x…: its work email is not at x, so the value path must not match this user.
        String across = okta.createUser(Json.createObjectBuilder().add("userName", uniqueUserName("vp-across"))
                .add("emails", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "work").add("value", "a@y-" + tag + ".test"))
                        .add(Json.createObjectBuilder().add("type", "home").add("value", "b" + domain)))
                .build()).getString("id");
        String within = okta.createUser(Json.createObjectBuilder().add("userName", uniqueUserName("vp-within"))
                .add("emails", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("type", "work").add("value", "c" + domain)))
                .build()).getString("id");

        JsonObject valuePath = assertList(okta.get("Users?filter="
                + encode("emails[type eq \"work\" and value co \"" + domain + "\"]")), 1, 1, 1);
        assertEquals(List.of(within), ids(valuePath));

        // Two separate comparisons each look at every email (RFC 7644 3.4.2.2), so both users match those.
        JsonObject separate = assertScim(200, okta.get("Users?filter="
                + encode("emails.type eq \"work\" and emails.value co \"" + domain + "\"")));
        assertEquals(Set.of(across, within), Set.copyOf(ids(separate)));
    }

    @Test
    @DisplayName("Paging parameters: startIndex below 1 is 1, count below 0 is 0, count=0 gives only the total")
    void pagingNormalisesStartIndexAndCount() {
        String prefix = unique("paging");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(okta.createUserId(prefix + "-" + i + "@example.com"));
        }
        String filter = "filter=" + encode("userName sw \"" + prefix + "\"");

        JsonObject fromZero = assertList(okta.get("Users?" + filter + "&startIndex=0&count=1"), 3, 1, 1);
        assertEquals(List.of(created.get(0)), ids(fromZero));
        assertList(okta.get("Users?" + filter + "&startIndex=-5&count=1"), 3, 1, 1);
        assertList(okta.get("Users?" + filter + "&count=-1"), 3, 0, 1);
        assertList(okta.get("Users?" + filter + "&count=0"), 3, 0, 1);
        assertList(okta.get("Users?" + filter + "&startIndex=4&count=10"), 3, 0, 4);
        assertList(okta.get("Users?" + filter), 3, 3, 1);
    }

    @Test
    @DisplayName("Paging: totalResults counts every match before paging; pages are stable and disjoint")
    void pagingIsStableAndTotalCountsEveryMatch() {
        String prefix = unique("pages");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(okta.createUserId(prefix + "-" + i + "@example.com"));
        }
        String filter = "filter=" + encode("userName sw \"" + prefix + "\"");

        List<String> page1 = ids(assertList(okta.get("Users?" + filter + "&startIndex=1&count=2"), 5, 2, 1));
        List<String> page2 = ids(assertList(okta.get("Users?" + filter + "&startIndex=3&count=2"), 5, 2, 3));
        List<String> page3 = ids(assertList(okta.get("Users?" + filter + "&startIndex=5&count=2"), 5, 1, 5));

        List<String> all = new ArrayList<>(page1);
        all.addAll(page2);
        all.addAll(page3);
        assertEquals(created, new HashSet<>(all));
        assertEquals(5, all.size(), () -> "pages overlap: " + all);
        assertEquals(page1, ids(assertList(okta.get("Users?" + filter + "&startIndex=1&count=2"), 5, 2, 1)),
                "the same page twice is the same page");
        assertEquals(all, ids(assertList(okta.get("Users?" + filter + "&startIndex=1&count=5"), 5, 5, 1)),
                "pages follow one order");
    }

    @Test
    @DisplayName("sortBy=userName with sortOrder descending and ascending")
    void sortByUserNameInBothDirections() {
        String prefix = unique("sort");
        String b = okta.createUserId(prefix + "-b@example.com");
        String c = okta.createUserId(prefix + "-c@example.com");
        String a = okta.createUserId(prefix + "-a@example.com");
        String filter = "filter=" + encode("userName sw \"" + prefix + "\"");

        assertEquals(List.of(c, b, a), ids(assertList(okta.get("Users?" + filter
                + "&sortBy=userName&sortOrder=descending"), 3, 3, 1)));
        assertEquals(List.of(a, b, c), ids(assertList(okta.get("Users?" + filter
                + "&sortBy=userName&sortOrder=ascending"), 3, 3, 1)));
        assertEquals(List.of(a, b, c), ids(assertList(okta.get("Users?" + filter + "&sortBy=userName"), 3, 3, 1)),
                "ascending is the default");
        assertEquals(List.of(c, b), ids(assertList(okta.get("Users?" + filter
                + "&sortBy=userName&sortOrder=descending&count=2"), 3, 2, 1)), "sorting happens before paging");
    }

    @Test
    @DisplayName("attributes: sub-attributes and URN-qualified names; id always comes back")
    void attributesSelectSubAttributesAndUrnNames() {
        String id = okta.createUser(enterpriseUser(uniqueUserName("attrs"))).getString("id");

        JsonObject givenOnly = assertScim(200, okta.get("Users/" + id + "?attributes=name.givenName"));
        assertEquals(Set.of("id", "name"), keysBesidesSchemas(givenOnly));
        assertEquals(Set.of("givenName"), givenOnly.getJsonObject("name").keySet());

        JsonObject qualified = assertScim(200, okta.get("Users/" + id + "?attributes=" + encode(USER_SCHEMA + ":userName")));
        assertEquals(Set.of("id", "userName"), keysBesidesSchemas(qualified));

        JsonObject qualifiedSub = assertScim(200, okta.get("Users/" + id + "?attributes=" + encode(USER_SCHEMA + ":name.familyName")));
        assertEquals(Set.of("familyName"), qualifiedSub.getJsonObject("name").keySet());

        JsonObject department = assertScim(200, okta.get("Users/" + id + "?attributes=" + encode(ENTERPRISE_SCHEMA + ":department")));
        assertEquals(Set.of("id", ENTERPRISE_SCHEMA), keysBesidesSchemas(department));
        assertEquals(Set.of("department"), department.getJsonObject(ENTERPRISE_SCHEMA).keySet());

        JsonObject listed = assertList(okta.get("Users?filter=" + encode("id eq \"" + id + "\"") + "&attributes=userName,name.familyName"), 1, 1, 1)
                .getJsonArray("Resources").getJsonObject(0);
        assertEquals(Set.of("id", "userName", "name"), keysBesidesSchemas(listed));
        assertEquals(Set.of("familyName"), listed.getJsonObject("name").keySet());
    }

    @Test
    @DisplayName("excludedAttributes: sub-attributes, whole extensions, and never id")
    void excludedAttributesDropSubAttributesAndExtensions() {
        String id = okta.createUser(enterpriseUser(uniqueUserName("excluded"))).getString("id");

        JsonObject withoutGiven = assertScim(200, okta.get("Users/" + id + "?excludedAttributes=name.givenName,emails"));
        assertEquals(Set.of("familyName"), withoutGiven.getJsonObject("name").keySet());
        assertFalse(withoutGiven.containsKey("emails"), withoutGiven::toString);
        assertTrue(withoutGiven.containsKey("userName") && withoutGiven.containsKey("meta"), withoutGiven::toString);

        JsonObject withoutExtension = assertScim(200, okta.get("Users/" + id + "?excludedAttributes=" + encode(ENTERPRISE_SCHEMA)));
        assertFalse(withoutExtension.containsKey(ENTERPRISE_SCHEMA), withoutExtension::toString);
        assertTrue(withoutExtension.containsKey("userName"));

        JsonObject withoutDepartment = assertScim(200, okta.get("Users/" + id + "?excludedAttributes="
                + encode(ENTERPRISE_SCHEMA + ":department")));
        assertEquals(Set.of("employeeNumber"), withoutDepartment.getJsonObject(ENTERPRISE_SCHEMA).keySet());

        assertEquals(id, assertScim(200, okta.get("Users/" + id + "?excludedAttributes=id")).getString("id"),
                "id is returned always");
    }

    @Test
    @DisplayName("attributes and excludedAttributes apply to POST, PUT and PATCH answers too")
    void projectionAppliesToWriteResponses() {
        String userName = uniqueUserName("write-projection");
        JsonObject created = assertScim(201, okta.post("Users?attributes=userName", oktaCreateBody(userName)));
        assertEquals(Set.of("id", "userName"), keysBesidesSchemas(created));
        String id = created.getString("id");

        JsonObject patched = assertScim(200, okta.patch("Users/" + id + "?excludedAttributes=emails,name",
                patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Lead\"}")));
        assertEquals("Lead", patched.getString("title"));
        assertFalse(patched.containsKey("emails") || patched.containsKey("name"), patched::toString);

        JsonObject full = assertScim(200, okta.get("Users/" + id));
        JsonObject put = assertScim(200, okta.put("Users/" + id + "?attributes=title", full.toString()));
        assertEquals(Set.of("id", "title"), keysBesidesSchemas(put));
    }

    @Test
    @DisplayName("ETag equals meta.version on create, read, PATCH and PUT, and changes with every write")
    void etagIsTheMetaVersion() {
        Reply created = okta.post("Users", oktaCreateBody(uniqueUserName("etag")));
        assertScim(201, created);
        assertEtagIsVersion(created);
        String id = created.json().getString("id");

        Reply read = okta.get("Users/" + id);
        assertEtagIsVersion(read);
        assertEquals(created.header("ETag"), read.header("ETag"));

        Reply patched = okta.patch("Users/" + id, patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"One\"}"));
        assertScim(200, patched);
        assertEtagIsVersion(patched);
        assertNotEquals(read.header("ETag"), patched.header("ETag"));

        Reply put = okta.put("Users/" + id, Json.createPatchBuilder().replace("/title", "Two").build()
                .apply(patched.json()).toString());
        assertScim(200, put);
        assertEtagIsVersion(put);
        assertNotEquals(patched.header("ETag"), put.header("ETag"));

        Reply group = okta.get("Groups/" + okta.createGroup(unique("etag-group")));
        assertScim(200, group);
        assertEtagIsVersion(group);
    }

    @Test
    @DisplayName("If-Match with a stale version: 412 on PATCH, PUT and DELETE, and nothing changes")
    void ifMatchMismatchIsPreconditionFailed() {
        String id = okta.createUserId(uniqueUserName("if-match"));
        Reply original = okta.get("Users/" + id);
        String stale = original.header("ETag");
        Reply changed = okta.patch("Users/" + id, patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Now\"}"));
        String current = changed.header("ETag");
        Map<String, String> ifStale = Map.of("If-Match", stale);

        assertError(412, null, okta.send("PATCH", "Users/" + id,
                patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Lost update\"}"), ifStale));
        assertError(412, null, okta.send("PUT", "Users/" + id, original.body(), ifStale));
        assertError(412, null, okta.send("DELETE", "Users/" + id, null, ifStale));

        JsonObject after = assertScim(200, okta.get("Users/" + id));
        assertEquals("Now", after.getString("title"));
        assertEquals(current, after.getJsonObject("meta").getString("version"));

        assertScim(200, okta.send("PATCH", "Users/" + id,
                patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Then\"}"), Map.of("If-Match", current)));
        String gid = okta.createGroup(unique("if-match-group"));
        assertError(412, null, okta.send("PATCH", "Groups/" + gid,
                patchOp("{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"" + unique("x") + "\"}"),
                Map.of("If-Match", "W/\"999\"")));
    }

    @Test
    @DisplayName("If-None-Match with the current version: 304 without a body; with an old one: 200")
    void ifNoneMatchWithTheCurrentVersionIsNotModified() {
        String id = okta.createUserId(uniqueUserName("if-none-match"));
        String etag = okta.get("Users/" + id).header("ETag");

        Reply notModified = okta.get("Users/" + id, Map.of("If-None-Match", etag));
        assertEquals(304, notModified.status(), notModified::toString);
        assertEquals("", notModified.body());
        assertEquals(etag, notModified.header("ETag"));

        okta.patch("Users/" + id, patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Changed\"}"));
        JsonObject fresh = assertScim(200, okta.get("Users/" + id, Map.of("If-None-Match", etag)));
        assertEquals("Changed", fresh.getString("title"));

        String gid = okta.createGroup(unique("if-none-match-group"));
        String groupEtag = okta.get("Groups/" + gid).header("ETag");
        assertEquals(304, okta.get("Groups/" + gid, Map.of("If-None-Match", groupEtag)).status());
    }

    @Test
    @DisplayName("A membership change gives the group a new version, so If-None-Match sees the new member list")
    void groupVersionChangesWithItsMembers() {
        String member = okta.createUserId(uniqueUserName("version-member"));
        String gid = okta.createGroup(unique("version-group"));
        String before = okta.get("Groups/" + gid).header("ETag");

        okta.patch("Groups/" + gid, patchOp("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + member + "\"}]}"));

        JsonObject after = assertScim(200, okta.get("Groups/" + gid, Map.of("If-None-Match", before)));
        assertEquals(List.of(member), refs(after, "members"));
    }

    @Test
    @Disabled("server bug: DELETE /Users/{id} removes the user from its groups but leaves each group's meta.version"
            + " (ETag) unchanged, so GET /Groups/{gid} with If-None-Match: <old ETag> answers 304 with a member list"
            + " that still names the deleted user; UserService.delete ignores the parent groups UserStore.delete"
            + " returns (GroupService.delete touches them)")
    @DisplayName("Deleting a member user gives its groups a new version")
    void groupVersionChangesWhenAMemberUserIsDeleted() {
        String leaving = okta.createUserId(uniqueUserName("version-leaving"));
        String staying = okta.createUserId(uniqueUserName("version-staying"));
        String gid = okta.createGroup(unique("version-delete-group"), leaving, staying);
        String before = okta.get("Groups/" + gid).header("ETag");

        assertEquals(204, okta.delete("Users/" + leaving).status());

        JsonObject after = assertScim(200, okta.get("Groups/" + gid, Map.of("If-None-Match", before)));
        assertEquals(List.of(staying), refs(after, "members"));
    }

    @Test
    @Disabled("server bug: adding or removing a user in a group (PATCH/PUT /Groups/{gid}, DELETE /Groups/{gid})"
            + " changes the user's read-only 'groups' but not the user's meta.version (ETag), so GET /Users/{uid}"
            + " with If-None-Match: <old ETag> answers 304 and the client keeps stale groups")
    @DisplayName("A user's version changes when its groups change")
    void userVersionChangesWhenItsGroupsChange() {
        String uid = okta.createUserId(uniqueUserName("version-groups"));
        String before = okta.get("Users/" + uid).header("ETag");
        String gid = okta.createGroup(unique("version-groups-group"));

        okta.patch("Groups/" + gid, patchOp("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + uid + "\"}]}"));

        JsonObject after = assertScim(200, okta.get("Users/" + uid, Map.of("If-None-Match", before)));
        assertEquals(List.of(gid), refs(after, "groups"));
    }

    @Test
    @DisplayName("Content types: application/json and scim+json, with or without charset, are accepted")
    void jsonContentTypesWithCharsetAreAccepted() {
        String userName = uniqueUserName("content-type");
        Reply created = okta.send("POST", "Users", oktaCreateBody(userName),
                Map.of("Content-Type", "application/json; charset=utf-8"));
        String id = assertScim(201, created).getString("id");

        assertScim(200, okta.send("PATCH", "Users/" + id, patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"A\"}"),
                Map.of("Content-Type", "application/scim+json; charset=utf-8")));
        assertScim(200, okta.send("PATCH", "Users/" + id, patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"B\"}"),
                Map.of("Content-Type", "application/json")));
        JsonObject user = assertScim(200, okta.send("PATCH", "Users/" + id,
                patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"C\"}"),
                Map.of("Content-Type", "application/scim+json")));
        assertEquals("C", user.getString("title"));
    }

    @Test
    @DisplayName("Content-Type text/plain: 415 with a SCIM Error body, nothing created")
    void textPlainIsUnsupportedMediaType() {
        String userName = uniqueUserName("text-plain");

        assertError(415, null, okta.send("POST", "Users", oktaCreateBody(userName), Map.of("Content-Type", "text/plain")));

        assertList(okta.get("Users?filter=" + encode("userName eq \"" + userName + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Malformed filters: 400 invalidFilter on /Users and /Groups")
    void malformedFilterIsInvalidFilter() {
        for (String filter : List.of("userName eq", "userName xx \"a\"", "(userName eq \"a\"", "userName eq \"a\" and",
                "userName eq \"a\" )", "emails[type eq \"work\"", "userName eq \"unterminated")) {
            assertError(400, "invalidFilter", okta.get("Users?filter=" + encode(filter)));
        }
        assertError(400, "invalidFilter", okta.get("Groups?filter=" + encode("displayName eq")));
    }

    @Test
    @DisplayName("A filter on an attribute the schema does not have: 400 invalidFilter")
    void unknownAttributeInFilterIsInvalidFilter() {
        for (String filter : List.of("nosuchAttribute eq \"x\"", "name.nosuch eq \"x\"",
                ENTERPRISE_SCHEMA + ":nosuch eq \"x\"", "emails[nosuch eq \"x\"]")) {
            assertError(400, "invalidFilter", okta.get("Users?filter=" + encode(filter)));
        }
        assertError(400, "invalidFilter", okta.get("Groups?filter=" + encode("userName eq \"x\"")));
    }

    @Test
    @DisplayName("Discovery endpoints are read-only: POST/PUT/DELETE answer 405 with a SCIM Error")
    void discoveryEndpointsAreReadOnly() {
        Reply post = okta.post("ServiceProviderConfig", "{\"patch\":{\"supported\":false}}");
        assertError(405, null, post);
        assertTrue(post.header("Allow").contains("GET"), post.headers()::toString);
        assertError(405, null, okta.put("Schemas", "{}"));
        assertError(405, null, okta.delete("ResourceTypes"));
        assertScim(200, okta.get("ServiceProviderConfig"));
    }

    @Test
    @DisplayName("/Me: 501 Not Implemented with a SCIM Error")
    void meIsNotImplemented() {
        assertError(501, null, okta.get("Me"));
        assertError(501, null, okta.post("Me", oktaCreateBody(uniqueUserName("me"))));
    }

    @Test
    @DisplayName("A body over 1 MiB: 413 with a SCIM Error, nothing created")
    void bodyOverOneMebibyteIsTooLarge() {
        String userName = uniqueUserName("too-large");
        String body = userWithTitleOfLength(userName, 1_100_000);
        assertTrue(body.length() > 1_048_576);

        assertError(413, null, okta.postOverHttp11("Users", body));

        assertList(okta.get("Users?filter=" + encode("userName eq \"" + userName + "\"")), 0, 0, 1);
    }

    @Test
    @Disabled("server bug: on an HTTP/2 cleartext (h2c) connection, which java.net.http's default client upgrades"
            + " to, POST /Users with a body over 1 MiB never gets its 413: the request hangs until the client's"
            + " timeout (30 s here). Over HTTP/1.1 the same request answers 413 at once. The server refuses on"
            + " Content-Length without reading the body, and the unread HTTP/2 stream is never answered or reset")
    @DisplayName("A body over 1 MiB on an HTTP/2 connection: 413 too, promptly")
    void bodyOverOneMebibyteIsTooLargeOverHttp2() {
        assertScim(200, okta.get("ServiceProviderConfig"));
        String userName = uniqueUserName("too-large-h2");

        assertError(413, null, okta.post("Users", userWithTitleOfLength(userName, 1_100_000)));
    }

    @Test
    @Disabled("server bug: POST /Users with a valid 1,000,100-byte body (under the 1 MiB body limit) answers"
            + " 500 'Internal error' instead of 201 or a 4xx SCIM Error: the stored document overflows the"
            + " VARCHAR(1000000) document column (H2 'Value too long for column DOCUMENT')")
    @DisplayName("A valid body just under the 1 MiB limit is not a server error")
    void bodyJustUnderTheLimitIsNotAServerError() {
        String userName = uniqueUserName("near-limit");
        String body = userWithTitleOfLength(userName, 1_000_000);
        assertTrue(body.length() < 1_048_576);

        Reply reply = okta.post("Users", body);

        assertClientOutcome(201, reply);
    }

    @Test
    @Disabled("server bug: POST /Users with a 600-character userName answers 500 'Internal error' instead of"
            + " 400 invalidValue (or 201): the value overflows the VARCHAR(512) user_name column")
    @DisplayName("An over-long userName is a client error, not a server error")
    void overlongUserNameIsAClientError() {
        String userName = "u".repeat(600) + "@example.com";

        Reply reply = okta.post("Users", Json.createObjectBuilder().add("userName", userName).build().toString());

        assertClientOutcome(400, reply);
    }

    @Test
    @Disabled("server bug: POST /Groups with a 600-character displayName answers 500 'Internal error' instead of"
            + " 400 invalidValue (or 201): the value overflows the VARCHAR(512) display_name column")
    @DisplayName("An over-long group displayName is a client error, not a server error")
    void overlongGroupDisplayNameIsAClientError() {
        Reply reply = okta.post("Groups", Json.createObjectBuilder().add("displayName", "g".repeat(600)).build().toString());

        assertClientOutcome(400, reply);
    }

    @Test
    @DisplayName("DELETE of a user removes it from every group")
    void deletingAUserRemovesItsMemberships() {
        String leaving = okta.createUserId(uniqueUserName("delete-leaving"));
        String staying = okta.createUserId(uniqueUserName("delete-staying"));
        String first = okta.createGroup(unique("delete-first"), leaving, staying);
        String second = okta.createGroup(unique("delete-second"), leaving);

        Reply deleted = okta.delete("Users/" + leaving);

        assertEquals(204, deleted.status(), deleted::toString);
        assertError(404, null, okta.get("Users/" + leaving));
        assertEquals(List.of(staying), refs(assertScim(200, okta.get("Groups/" + first)), "members"));
        assertEquals(List.of(), refs(assertScim(200, okta.get("Groups/" + second)), "members"));
        assertList(okta.get("Groups?filter=" + encode("members eq \"" + leaving + "\"")), 0, 0, 1);
        assertError(404, null, okta.delete("Users/" + leaving));
    }

    @Test
    @DisplayName("PATCH remove without a path: 400 noTarget")
    void removeWithoutPathIsNoTarget() {
        String id = okta.createUserId(uniqueUserName("no-target"));

        assertError(400, "noTarget", okta.patch("Users/" + id, patchOp("{\"op\":\"remove\"}")));
    }

    @Test
    @DisplayName("PATCH is atomic: one failing operation and none of them is applied")
    void patchAppliesAllOperationsOrNone() {
        String id = okta.createUserId(uniqueUserName("atomic"));
        String version = okta.get("Users/" + id).header("ETag");

        assertError(400, "invalidPath", okta.patch("Users/" + id, patchOp(
                "{\"op\":\"replace\",\"path\":\"title\",\"value\":\"Applied?\"}",
                "{\"op\":\"replace\",\"path\":\"nosuch.attribute\",\"value\":\"x\"}")));

        JsonObject user = assertScim(200, okta.get("Users/" + id));
        assertFalse(user.containsKey("title"), user::toString);
        assertEquals(version, user.getJsonObject("meta").getString("version"));
    }

    @Test
    @DisplayName("password is never returned, not even when asked for by attributes")
    void passwordIsNeverReturned() {
        String userName = uniqueUserName("password");
        okta.post("Users", oktaCreateBody(userName));

        Reply listed = okta.get("Users?filter=" + encode("userName eq \"" + userName + "\"") + "&attributes=password");
        JsonObject user = assertList(listed, 1, 1, 1).getJsonArray("Resources").getJsonObject(0);
        assertFalse(user.containsKey("password"), user::toString);
        assertFalse(listed.body().contains(OKTA_FIXTURE_PASSWORD));
    }

    // =========================================================================================================
    // Helpers
    // =========================================================================================================

    /** An Okta user id: "00u" and 17 more characters, like 00ujl29u0le5T6Aj10h7. */
    private static String oktaUserId() {
        return "00u" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
    }

    private static String oktaCreateBody(String userName) {
        return ReplayFixtures.text("okta/create-user.json", "userName", userName, "externalId", oktaUserId());
    }

    private static String entraCreateBody(String userName, String externalId) {
        return ReplayFixtures.text("entra/create-user.json", "userName", userName, "externalId", externalId,
                "homeEmail", uniqueUserName("home"));
    }

    /** Okta's rename-with-every-change plus one add and one remove, as its group push sends them together. */
    private static String addAndRemove(String gid, String displayName, String addedId, String addedName, String removedId) {
        return ReplayFixtures.text("okta/group-rename-add-and-remove-members.json", "groupId", gid,
                "displayName", displayName, "addedId", addedId, "addedName", addedName, "removedId", removedId);
    }

    private static JsonObject withTitle(String userName, String title) {
        return Json.createObjectBuilder().add("userName", userName).add("title", title).build();
    }

    private static JsonObject withNameAndEmail(String userName, String familyName, String email) {
        return Json.createObjectBuilder()
                .add("userName", userName)
                .add("name", Json.createObjectBuilder().add("givenName", "Test").add("familyName", familyName))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "work").add("value", email)))
                .build();
    }

    private static JsonObject enterpriseUser(String userName) {
        return Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA).add(ENTERPRISE_SCHEMA))
                .add("userName", userName)
                .add("name", Json.createObjectBuilder().add("givenName", "Ann").add("familyName", "Jensen"))
                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "work").add("value", userName)))
                .add(ENTERPRISE_SCHEMA, Json.createObjectBuilder().add("department", "Sales").add("employeeNumber", "42"))
                .build();
    }

    private static String userWithTitleOfLength(String userName, int length) {
        return Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("userName", userName).add("title", "x".repeat(length)).build().toString();
    }

    private static String workEmailOf(JsonObject user) {
        return user.getJsonArray("emails").getValuesAs(JsonObject.class).stream()
                .filter(e -> "work".equals(e.getString("type", null)))
                .map(e -> e.getString("value")).findFirst().orElse(null);
    }

    private static Set<String> keysBesidesSchemas(JsonObject resource) {
        Set<String> keys = new HashSet<>(resource.keySet());
        keys.remove("schemas");
        return keys;
    }

    private static JsonObject schema(List<JsonObject> schemas, String id) {
        return schemas.stream().filter(s -> s.getString("id").equals(id)).findFirst().orElseThrow();
    }

    private static JsonObject attribute(JsonObject schema, String name) {
        return schema.getJsonArray("attributes").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(schema.getString("id") + " has no attribute " + name));
    }

    private static List<String> subAttributeNames(JsonObject attribute) {
        return attribute.getJsonArray("subAttributes").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList();
    }

    /** Okta's import loop: startIndex 1, 1+count, … while startIndex <= totalResults; answers every id seen. */
    private List<String> pageThrough(String endpoint, int count) {
        List<String> seen = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int start = 1; start <= total; start += count) {
            JsonObject page = assertScim(200, okta.get(endpoint + "?startIndex=" + start + "&count=" + count));
            total = integer(page, "totalResults");
            assertEquals(start, integer(page, "startIndex"));
            assertEquals(Math.min(count, total - start + 1), integer(page, "itemsPerPage"), page::toString);
            seen.addAll(ids(page));
        }
        assertEquals(total, seen.size(), "the pages add up to totalResults");
        return seen;
    }

    /** Okta accepts 200 or 204 for a group PATCH; a 200 must carry the group. */
    private static void assertPatchAccepted(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 204, reply::toString);
        if (reply.status() == 200) {
            assertContentType(reply);
            assertTrue(strings(reply.json().getJsonArray("schemas")).contains(GROUP_SCHEMA), reply::toString);
        }
    }

    /** Entra expects 204 No Content for a group PATCH. */
    private static void assertNoContent(Reply reply) {
        assertEquals(204, reply.status(), reply::toString);
        assertEquals("", reply.body());
    }

    /** {@code expected}, or at worst a 4xx SCIM Error the client can act on; never a 5xx. */
    private static void assertClientOutcome(int expected, Reply reply) {
        assertTrue(reply.status() < 500, () -> "a server error for a client's request: " + reply);
        if (reply.status() != expected) {
            assertError(reply.status(), reply.json().getString("scimType", null), reply);
        }
    }
}
