package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.OKTA_FIXTURE_PASSWORD;
import static dev.roster.it.replay.ReplayRequests.enterpriseUser;
import static dev.roster.it.replay.ReplayRequests.oktaCreateBody;
import static dev.roster.it.replay.ReplayRequests.withTitle;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimAssertions.keysBesidesSchemas;
import static dev.roster.it.replay.ScimClient.ENTERPRISE_SCHEMA;
import static dev.roster.it.replay.ScimClient.USER_SCHEMA;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.patchOp;
import static dev.roster.it.replay.ScimClient.replace;
import static dev.roster.it.replay.ScimClient.unique;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading, the RFC 7644 3.4.2 way a demanding client checks it: filter precedence and value paths, filter
 * errors, paging and sorting, attributes/excludedAttributes, and password never coming back.
 */
interface QueryEdgeCases extends ReplayContext {

    @Test
    @DisplayName("Filter precedence: a or b and c is a or (b and c); parentheses change it")
    default void filterAndBindsTighterThanOr() {
        String tag = unique("prec");
        String aName = uniqueUserName("prec-a");
        String a = okta().createUser(withTitle(aName, tag + "-A")).getString("id");
        String b = okta().createUser(withTitle(uniqueUserName("prec-b"), tag + "-B"))
                .getString("id");
        String nobody = uniqueUserName("prec-nobody");

        // a or (b and false) → a. Read left to right it would be (a or b) and false → nothing.
        String mixed = "userName eq \"" + aName + "\" or title eq \"" + tag + "-B\" and userName eq \"" + nobody + "\"";
        assertEquals(List.of(a), ids(assertList(okta().get("Users?filter=" + encode(mixed)), 1, 1, 1)));

        String grouped =
                "(userName eq \"" + aName + "\" or title eq \"" + tag + "-B\") and userName eq \"" + nobody + "\"";
        assertList(okta().get("Users?filter=" + encode(grouped)), 0, 0, 1);

        // not binds tighter than and.
        String negated = "not (title eq \"" + tag + "-A\") and title sw \"" + tag + "\"";
        assertEquals(List.of(b), ids(assertList(okta().get("Users?filter=" + encode(negated)), 1, 1, 1)));
    }

    @Test
    @DisplayName("emails[type eq \"work\" and value co \"@x\"] matches within one email, never across two")
    default void valuePathMatchesWithinOneElement() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "@x-" + tag + ".test";
        // work a@y…, home b@x…: its work email is not at x, so the value path must not match this user.
        String across = okta().createUser(Json.createObjectBuilder()
                        .add("userName", uniqueUserName("vp-across"))
                        .add(
                                "emails",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "work")
                                                .add("value", "a@y-" + tag + ".test"))
                                        .add(Json.createObjectBuilder()
                                                .add("type", "home")
                                                .add("value", "b" + domain)))
                        .build())
                .getString("id");
        String within = okta().createUser(Json.createObjectBuilder()
                        .add("userName", uniqueUserName("vp-within"))
                        .add(
                                "emails",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "work")
                                                .add("value", "c" + domain)))
                        .build())
                .getString("id");

        JsonObject valuePath = assertList(
                okta().get("Users?filter=" + encode("emails[type eq \"work\" and value co \"" + domain + "\"]")),
                1,
                1,
                1);
        assertEquals(List.of(within), ids(valuePath));

        // Two separate comparisons each look at every email (RFC 7644 3.4.2.2), so both users match those.
        JsonObject separate = assertScim(
                200,
                okta().get("Users?filter=" + encode("emails.type eq \"work\" and emails.value co \"" + domain + "\"")));
        assertEquals(Set.of(across, within), Set.copyOf(ids(separate)));
    }

    @Test
    @DisplayName("Malformed filters: 400 invalidFilter on /Users and /Groups")
    default void malformedFilterIsInvalidFilter() {
        for (String filter : List.of(
                "userName eq",
                "userName xx \"a\"",
                "(userName eq \"a\"",
                "userName eq \"a\" and",
                "userName eq \"a\" )",
                "emails[type eq \"work\"",
                "userName eq \"unterminated")) {
            assertError(400, "invalidFilter", okta().get("Users?filter=" + encode(filter)));
        }
        assertError(400, "invalidFilter", okta().get("Groups?filter=" + encode("displayName eq")));
    }

    @Test
    @DisplayName("A filter on an attribute the schema does not have: 400 invalidFilter")
    default void unknownAttributeInFilterIsInvalidFilter() {
        for (String filter : List.of(
                "nosuchAttribute eq \"x\"",
                "name.nosuch eq \"x\"",
                ENTERPRISE_SCHEMA + ":nosuch eq \"x\"",
                "emails[nosuch eq \"x\"]")) {
            assertError(400, "invalidFilter", okta().get("Users?filter=" + encode(filter)));
        }
        assertError(400, "invalidFilter", okta().get("Groups?filter=" + encode("userName eq \"x\"")));
    }

    @Test
    @DisplayName("String matching follows caseExact: userName ignores case, externalId does not")
    default void stringMatchingFollowsCaseExact() {
        String userName = uniqueUserName("case");
        String externalId = "Ext-" + UUID.randomUUID();
        String id = okta().createUser(Json.createObjectBuilder()
                        .add("userName", userName)
                        .add("externalId", externalId)
                        .build())
                .getString("id");

        assertEquals(
                List.of(id),
                ids(assertList(
                        okta().get("Users?filter="
                                + encode("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"")),
                        1,
                        1,
                        1)));
        assertEquals(
                List.of(id),
                ids(assertList(okta().get("Users?filter=" + encode("USERNAME EQ \"" + userName + "\"")), 1, 1, 1)),
                "attribute names and operators ignore case");
        assertEquals(
                List.of(id),
                ids(assertList(okta().get("Users?filter=" + encode("externalId eq \"" + externalId + "\"")), 1, 1, 1)));
        assertList(
                okta().get("Users?filter=" + encode("externalId eq \"" + externalId.toUpperCase(Locale.ROOT) + "\"")),
                0,
                0,
                1);
    }

    @Test
    @DisplayName("co, sw and ew take % and _ literally, not as SQL wildcards")
    default void substringOperatorsTakeWildcardCharactersLiterally() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String literal = okta().createUserId("wild_" + tag + "%1@example.com");
        okta().createUserId("wildx" + tag + "y1@example.com");

        assertEquals(
                List.of(literal),
                ids(assertList(okta().get("Users?filter=" + encode("userName sw \"wild_" + tag + "\"")), 1, 1, 1)));
        assertEquals(
                List.of(literal),
                ids(assertList(okta().get("Users?filter=" + encode("userName co \"" + tag + "%\"")), 1, 1, 1)));
        assertList(
                okta().get("Users?filter=" + encode("userName ew \"_1@example.com\" and userName co \"" + tag + "\"")),
                0,
                0,
                1);
    }

    @Test
    @DisplayName("Paging parameters: startIndex below 1 is 1, count below 0 is 0, count=0 gives only the total")
    default void pagingNormalisesStartIndexAndCount() {
        String prefix = unique("paging");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(okta().createUserId(prefix + "-" + i + "@example.com"));
        }
        String filter = "filter=" + encode("userName sw \"" + prefix + "\"");

        JsonObject fromZero = assertList(okta().get("Users?" + filter + "&startIndex=0&count=1"), 3, 1, 1);
        assertEquals(List.of(created.get(0)), ids(fromZero));
        assertList(okta().get("Users?" + filter + "&startIndex=-5&count=1"), 3, 1, 1);
        assertList(okta().get("Users?" + filter + "&count=-1"), 3, 0, 1);
        assertList(okta().get("Users?" + filter + "&count=0"), 3, 0, 1);
        assertList(okta().get("Users?" + filter + "&startIndex=4&count=10"), 3, 0, 4);
        assertList(okta().get("Users?" + filter), 3, 3, 1);
    }

    @Test
    @DisplayName("Paging: totalResults counts every match before paging; pages are stable and disjoint")
    default void pagingIsStableAndTotalCountsEveryMatch() {
        String prefix = unique("pages");
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(okta().createUserId(prefix + "-" + i + "@example.com"));
        }
        String filter = "filter=" + encode("userName sw \"" + prefix + "\"");

        List<String> page1 = ids(assertList(okta().get("Users?" + filter + "&startIndex=1&count=2"), 5, 2, 1));
        List<String> page2 = ids(assertList(okta().get("Users?" + filter + "&startIndex=3&count=2"), 5, 2, 3));
        List<String> page3 = ids(assertList(okta().get("Users?" + filter + "&startIndex=5&count=2"), 5, 1, 5));

        List<String> all = new ArrayList<>(page1);
        all.addAll(page2);
        all.addAll(page3);
        assertEquals(created, new HashSet<>(all));
        assertEquals(5, all.size(), () -> "pages overlap: " + all);
        assertEquals(
                page1,
                ids(assertList(okta().get("Users?" + filter + "&startIndex=1&count=2"), 5, 2, 1)),
                "the same page twice is the same page");
        assertEquals(
                all,
                ids(assertList(okta().get("Users?" + filter + "&startIndex=1&count=5"), 5, 5, 1)),
                "pages follow one order");
    }

    @Test
    @DisplayName("sortBy=userName with sortOrder descending and ascending")
    default void sortByUserNameInBothDirections() {
        String prefix = unique("sort");
        String b = okta().createUserId(prefix + "-b@example.com");
        String c = okta().createUserId(prefix + "-c@example.com");
        String a = okta().createUserId(prefix + "-a@example.com");
        String filter = "filter=" + encode("userName sw \"" + prefix + "\"");

        assertEquals(
                List.of(c, b, a),
                ids(assertList(okta().get("Users?" + filter + "&sortBy=userName&sortOrder=descending"), 3, 3, 1)));
        assertEquals(
                List.of(a, b, c),
                ids(assertList(okta().get("Users?" + filter + "&sortBy=userName&sortOrder=ascending"), 3, 3, 1)));
        assertEquals(
                List.of(a, b, c),
                ids(assertList(okta().get("Users?" + filter + "&sortBy=userName"), 3, 3, 1)),
                "ascending is the default");
        assertEquals(
                List.of(c, b),
                ids(assertList(
                        okta().get("Users?" + filter + "&sortBy=userName&sortOrder=descending&count=2"), 3, 2, 1)),
                "sorting happens before paging");
    }

    @Test
    @DisplayName("attributes: sub-attributes and URN-qualified names; id always comes back")
    default void attributesSelectSubAttributesAndUrnNames() {
        String id = okta().createUser(enterpriseUser(uniqueUserName("attrs"))).getString("id");

        JsonObject givenOnly = assertScim(200, okta().get("Users/" + id + "?attributes=name.givenName"));
        assertEquals(Set.of("id", "name"), keysBesidesSchemas(givenOnly));
        assertEquals(Set.of("givenName"), givenOnly.getJsonObject("name").keySet());

        JsonObject qualified =
                assertScim(200, okta().get("Users/" + id + "?attributes=" + encode(USER_SCHEMA + ":userName")));
        assertEquals(Set.of("id", "userName"), keysBesidesSchemas(qualified));

        JsonObject qualifiedSub =
                assertScim(200, okta().get("Users/" + id + "?attributes=" + encode(USER_SCHEMA + ":name.familyName")));
        assertEquals(Set.of("familyName"), qualifiedSub.getJsonObject("name").keySet());

        JsonObject department =
                assertScim(200, okta().get("Users/" + id + "?attributes=" + encode(ENTERPRISE_SCHEMA + ":department")));
        assertEquals(Set.of("id", ENTERPRISE_SCHEMA), keysBesidesSchemas(department));
        assertEquals(
                Set.of("department"),
                department.getJsonObject(ENTERPRISE_SCHEMA).keySet());

        JsonObject listed = assertList(
                        okta().get("Users?filter=" + encode("id eq \"" + id + "\"")
                                + "&attributes=userName,name.familyName"),
                        1,
                        1,
                        1)
                .getJsonArray("Resources")
                .getJsonObject(0);
        assertEquals(Set.of("id", "userName", "name"), keysBesidesSchemas(listed));
        assertEquals(Set.of("familyName"), listed.getJsonObject("name").keySet());
    }

    @Test
    @DisplayName("excludedAttributes: sub-attributes, whole extensions, and never id")
    default void excludedAttributesDropSubAttributesAndExtensions() {
        String id =
                okta().createUser(enterpriseUser(uniqueUserName("excluded"))).getString("id");

        JsonObject withoutGiven =
                assertScim(200, okta().get("Users/" + id + "?excludedAttributes=name.givenName,emails"));
        assertEquals(Set.of("familyName"), withoutGiven.getJsonObject("name").keySet());
        assertFalse(withoutGiven.containsKey("emails"), withoutGiven::toString);
        assertTrue(withoutGiven.containsKey("userName") && withoutGiven.containsKey("meta"), withoutGiven::toString);

        JsonObject withoutExtension =
                assertScim(200, okta().get("Users/" + id + "?excludedAttributes=" + encode(ENTERPRISE_SCHEMA)));
        assertFalse(withoutExtension.containsKey(ENTERPRISE_SCHEMA), withoutExtension::toString);
        assertTrue(withoutExtension.containsKey("userName"));

        JsonObject withoutDepartment = assertScim(
                200, okta().get("Users/" + id + "?excludedAttributes=" + encode(ENTERPRISE_SCHEMA + ":department")));
        assertEquals(
                Set.of("employeeNumber"),
                withoutDepartment.getJsonObject(ENTERPRISE_SCHEMA).keySet());

        assertEquals(
                id,
                assertScim(200, okta().get("Users/" + id + "?excludedAttributes=id"))
                        .getString("id"),
                "id is returned always");
    }

    @Test
    @DisplayName(
            "Filters follow every PATCH: removed values stop matching, moved elements match as moved, untouched ones still match")
    default void filtersSeeWhatEachPatchChanged() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String a = "a@" + tag + ".test";
        String b = "b@" + tag + ".test";
        String c = "c@" + tag + ".test";
        String d = "d@" + tag + ".test";
        String id = okta().createUser(Json.createObjectBuilder()
                        .add("userName", uniqueUserName("patched-index"))
                        .add("title", "title-" + tag)
                        .add(
                                "emails",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "work")
                                                .add("value", a))
                                        .add(Json.createObjectBuilder()
                                                .add("type", "home")
                                                .add("value", b))
                                        .add(Json.createObjectBuilder()
                                                .add("type", "other")
                                                .add("value", d)))
                        .build())
                .getString("id");
        String workB = "emails[type eq \"work\" and value eq \"" + b + "\"]";
        String homeB = "emails[type eq \"home\" and value eq \"" + b + "\"]";
        String title = "title eq \"title-" + tag + "\"";

        // The work email goes; home and other move up one element each.
        assertScim(
                200,
                okta().patch("Users/" + id, patchOp("{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"]\"}")));
        assertList(okta().get("Users?filter=" + encode("emails.value eq \"" + a + "\"")), 0, 0, 1);
        assertEquals(List.of(id), ids(assertList(okta().get("Users?filter=" + encode(homeB)), 1, 1, 1)));
        assertList(
                okta().get("Users?filter=" + encode("emails[type eq \"home\" and value eq \"" + d + "\"]")), 0, 0, 1);
        assertEquals(List.of(id), ids(assertList(okta().get("Users?filter=" + encode(title)), 1, 1, 1)));

        // The last element goes: nothing of it may stay findable.
        assertScim(
                200,
                okta().patch("Users/" + id, patchOp("{\"op\":\"remove\",\"path\":\"emails[type eq \\\"other\\\"]\"}")));
        assertList(
                okta().get("Users?filter=" + encode("emails.value eq \"" + d + "\" or emails.type eq \"other\"")),
                0,
                0,
                1);

        // Deactivation changes only a column: every indexed value still matches.
        assertScim(200, okta().patch("Users/" + id, patchOp("{\"op\":\"replace\",\"value\":{\"active\":false}}")));
        assertEquals(
                List.of(id), ids(assertList(okta().get("Users?filter=" + encode(homeB + " and " + title)), 1, 1, 1)));

        // A work email comes back as the second element; the home one stays home.
        assertScim(
                200,
                okta().patch(
                                "Users/" + id,
                                patchOp(Json.createObjectBuilder()
                                        .add("op", "add")
                                        .add("path", "emails")
                                        .add(
                                                "value",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("type", "work")
                                                                .add("value", c)))
                                        .build()
                                        .toString())));
        assertEquals(
                List.of(id),
                ids(assertList(
                        okta().get("Users?filter=" + encode("emails[type eq \"work\" and value eq \"" + c + "\"]")),
                        1,
                        1,
                        1)));
        assertList(okta().get("Users?filter=" + encode(workB)), 0, 0, 1);
        assertEquals(List.of(id), ids(assertList(okta().get("Users?filter=" + encode(homeB)), 1, 1, 1)));
    }

    @Test
    @DisplayName("attributes and excludedAttributes apply to POST, PUT and PATCH answers too")
    default void projectionAppliesToWriteResponses() {
        String userName = uniqueUserName("write-projection");
        JsonObject created = assertScim(201, okta().post("Users?attributes=userName", oktaCreateBody(userName)));
        assertEquals(Set.of("id", "userName"), keysBesidesSchemas(created));
        String id = created.getString("id");

        JsonObject patched = assertScim(
                200,
                okta().patch("Users/" + id + "?excludedAttributes=emails,name", patchOp(replace("title", "Lead"))));
        assertEquals("Lead", patched.getString("title"));
        assertFalse(patched.containsKey("emails") || patched.containsKey("name"), patched::toString);

        JsonObject full = assertScim(200, okta().get("Users/" + id));
        JsonObject put = assertScim(200, okta().put("Users/" + id + "?attributes=title", full.toString()));
        assertEquals(Set.of("id", "title"), keysBesidesSchemas(put));
    }

    @Test
    @DisplayName("Responses state their length in UTF-8 bytes, also for names outside ASCII")
    default void responsesStateTheirLengthInUtf8Bytes() {
        String userName = uniqueUserName("zoë-łódź");
        Reply created = okta().post("Users", oktaCreateBody(userName));
        assertEquals(201, created.status(), created::toString);
        assertEquals(
                String.valueOf(created.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                created.header("Content-Length"),
                created::toString);
        Reply found = okta().get("Users?filter=" + encode("userName eq \"" + userName + "\""));
        assertEquals(
                userName,
                assertList(found, 1, 1, 1)
                        .getJsonArray("Resources")
                        .getJsonObject(0)
                        .getString("userName"));
        assertEquals(
                String.valueOf(found.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                found.header("Content-Length"),
                found::toString);
    }

    @Test
    @DisplayName("password is never returned, not even when asked for by attributes")
    default void passwordIsNeverReturned() {
        String userName = uniqueUserName("password");
        okta().post("Users", oktaCreateBody(userName));

        Reply listed =
                okta().get("Users?filter=" + encode("userName eq \"" + userName + "\"") + "&attributes=password");
        JsonObject user = assertList(listed, 1, 1, 1).getJsonArray("Resources").getJsonObject(0);
        assertFalse(user.containsKey("password"), user::toString);
        assertFalse(listed.body().contains(OKTA_FIXTURE_PASSWORD));
    }
}
