package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.oktaUserId;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimAssertions.integer;
import static dev.roster.it.replay.ScimAssertions.strings;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Okta's published "SCIM 2.0 SPEC Test", the gate for the Okta Integration Network, replayed step by step in
 * its order (idp-wire-behaviour.md, "Okta's published SCIM 2.0 SPEC Test").
 */
interface OktaSpecTestReplay extends ReplayContext {

    @Test
    @DisplayName("Okta SCIM 2.0 SPEC Test: every step, in Okta's order")
    default void oktaSpecTestPassesEveryStepInOrder() {
        // Okta runs its test against an app that already has users; this scenario provisions its own first.
        String seedName = uniqueUserName("spec-seed");
        String seedId = okta().createUserId(seedName);

        // 1. A list with count=1 holds one user with an id.
        JsonObject firstPage = assertList(okta().get("Users?count=1&startIndex=1"), -1, 1, 1);
        assertTrue(integer(firstPage, "totalResults") >= 1, firstPage::toString);
        JsonObject listed = firstPage.getJsonArray("Resources").getJsonObject(0);
        String listedId = listed.getString("id");
        assertFalse(listed.getString("userName").isBlank(), listed::toString);
        assertTrue(listed.get("active") == JsonValue.TRUE || listed.get("active") == JsonValue.FALSE, listed::toString);

        // 2. GET by that id; the fields Okta reads (names, active, emails[0].value) are there on our user.
        JsonObject byListedId = assertScim(200, okta().get("Users/" + listedId));
        assertEquals(listedId, byListedId.getString("id"));
        assertEquals(listed.getString("userName"), byListedId.getString("userName"));
        JsonObject seed = assertScim(200, okta().get("Users/" + seedId));
        assertEquals("User", seed.getJsonObject("name").getString("familyName"));
        assertEquals("Test", seed.getJsonObject("name").getString("givenName"));
        assertEquals(seedName, seed.getString("userName"));
        assertEquals(JsonValue.TRUE, seed.get("active"));
        assertEquals(seedName, seed.getJsonArray("emails").getJsonObject(0).getString("value"));

        // 3. A filter on an unknown userName is an empty list, not a 404.
        String unknown = uniqueUserName("spec-nobody");
        JsonObject none = assertList(okta().get("Users?filter=" + encode("userName eq \"" + unknown + "\"")), 0, 0, 1);
        assertEquals(0, none.getJsonArray("Resources").size(), "Resources is [], not absent");

        // 4. An unknown id is a 404 Error with a detail.
        assertError(404, null, okta().get("Users/" + UUID.randomUUID()));

        // 5. Create: 201 with the same names and active true.
        String userName = uniqueUserName("spec-user");
        String body = ReplayFixtures.text("okta/create-user.json", "userName", userName, "externalId", oktaUserId());
        JsonObject created = assertScim(201, okta().post("Users", body));
        String id = created.getString("id");
        assertFalse(id.isBlank());
        assertEquals(userName, created.getString("userName"));
        assertEquals("Jane", created.getJsonObject("name").getString("givenName"));
        assertEquals("Doe", created.getJsonObject("name").getString("familyName"));
        assertEquals(JsonValue.TRUE, created.get("active"));

        // 6. GET it.
        JsonObject read = assertScim(200, okta().get("Users/" + id));
        assertEquals(userName, read.getString("userName"));
        assertEquals("Jane", read.getJsonObject("name").getString("givenName"));
        assertEquals(JsonValue.TRUE, read.get("active"));

        // 7. Create again: 409 uniqueness.
        assertError(409, "uniqueness", okta().post("Users", body));

        // 8. Filter with the userName upper-cased finds the user (userName is caseExact=false).
        JsonObject upper = assertList(
                okta().get("Users?filter=" + encode("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"")),
                1,
                1,
                1);
        assertEquals(List.of(id), ids(upper));

        // 9. GET /Groups answers 200 with a ListResponse, quickly.
        long started = System.nanoTime();
        Reply groups = okta().get("Groups");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        JsonObject groupList = assertScim(200, groups);
        assertEquals(List.of(ScimAssertions.LIST_SCHEMA), strings(groupList.getJsonArray("schemas")));
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, () -> "GET /Groups took " + took);

        // 10. A wrong token: 401 with an Error body, status "401" and a detail.
        assertError(
                401,
                null,
                ScimClient.withToken(base(), "not-" + ScimClient.TOKEN).get("Users?count=1"));

        // 11. Another unknown id: 404 with status "404".
        assertError(404, null, okta().get("Users/010101001010101"));
    }
}
