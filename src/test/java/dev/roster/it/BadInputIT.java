package dev.roster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Hostile and malformed input gets a precise 4xx in the caller's language, never a 500 and never work or rows out
 * of proportion: deeply nested JSON, filters of too many comparisons, PATCH requests of too many operations,
 * admin list pages past the end, unknown paths, and floods of failed authentications. Also the discovery schemas
 * a compliance suite asks /Schemas for.
 */
class BadInputIT extends DeployedRoster {

    private static final String TOKEN = "it-static-token";
    private static final String SCIM_ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    private static final String SEARCH_REQUEST = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    private static final String BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

    // ----------------------------------------------------------------------------------------------------
    // Deeply nested JSON

    @Test
    void jsonNestedTenThousandLevelsDeepIs400OnEveryJsonReader() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String userId = createUser("nested.json@example.com");
        Http scim = scim();
        for (Http.Reply reply : List.of(
                scim.post("scim/v2/Users", "{\"schemas\":" + deep + "}"),
                scim.put(
                        "scim/v2/Users/" + userId, "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":" + deep + "}"),
                scim.patch(
                        "scim/v2/Users/" + userId, "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + deep + "}"),
                scim.post(
                        "scim/v2/Users/.search", "{\"schemas\":[\"" + SEARCH_REQUEST + "\"],\"filter\":" + deep + "}"),
                scim.post(
                        "scim/v2/Bulk",
                        "{\"schemas\":[\"" + BULK_REQUEST + "\"],\"Operations\":[{\"method\":\"POST\","
                                + "\"path\":\"/Users\",\"bulkId\":\"a\",\"data\":" + deep + "}]}"))) {
            assertScimError(reply, 400, "invalidSyntax");
            assertTrue(reply.json().getString("detail").contains("deeper than 64 levels"), reply.toString());
        }

        Http.Reply adminBody = admin().post("api/v1/integrations", "{\"name\":\"deep\",\"idp\":" + deep + "}");
        assertProblem(adminBody, 400, "urn:roster:problem:invalid-request");
        assertTrue(adminBody.json().getString("detail").contains("deeper than 64 levels"), adminBody.toString());

        Http.Reply resolve = app().send(
                        "POST",
                        "api/v1/resolve",
                        "{\"repository\":\"r\",\"dbAccount\":\"a\"," + "\"statements\":" + deep + "}",
                        Map.of("Authorization", "Bearer " + apiKey(), "Content-Type", "application/json"));
        assertProblem(resolve, 400, "urn:roster:problem:invalid-request");
        assertTrue(resolve.json().getString("detail").contains("deeper than 64 levels"), resolve.toString());

        // Nesting within the limit still reaches the usual checks.
        Http.Reply shallow = scim.post(
                "scim/v2/Users",
                "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":" + "[".repeat(60) + "]".repeat(60) + "}");
        assertEquals(400, shallow.status(), shallow.toString());
        assertFalse(shallow.json().getString("detail").contains("deeper"), shallow.toString());
    }

    // ----------------------------------------------------------------------------------------------------
    // Filters of very many comparisons

    @Test
    void aFilterOfMoreComparisonsThanTheLimitIs400AndOneAtTheLimitRunsOnTheDatabase() {
        // 1,100 comparisons in 9,900 characters: within the length limit; this overflowed the SQL parser's stack.
        String chain = "id pr or ".repeat(1_099) + "id pr";
        Http.Reply tooMany = scim().post("scim/v2/Users/.search", searchRequest(chain));
        assertScimError(tooMany, 400, "invalidFilter");
        assertTrue(tooMany.json().getString("detail").contains("more than 100 comparisons"), tooMany.toString());
        assertScimError(scim().post("scim/v2/Groups/.search", searchRequest(chain)), 400, "invalidFilter");
        assertScimError(scim().post("scim/v2/.search", searchRequest(chain)), 400, "invalidFilter");

        // 100 comparisons, half of them an EXISTS over the attribute index: answered by the database.
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String first = createUser("first-" + marker + "@example.com");
        String last = createUser("last-" + marker + "@example.com");
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            terms.add("userName eq \"nobody-" + i + "-" + marker + "@example.com\"");
            terms.add("emails.value eq \"nobody-" + i + "-" + marker + "@example.com\"");
        }
        terms.set(0, "userName eq \"first-" + marker + "@example.com\"");
        terms.set(99, "emails.value eq \"last-" + marker + "@example.com\"");
        Http.Reply atLimit = scim().post("scim/v2/Users/.search", searchRequest(String.join(" or ", terms)));
        assertEquals(200, atLimit.status(), atLimit.toString());
        assertEquals(2, atLimit.json().getInt("totalResults"), atLimit.toString());
        assertEquals(
                List.of(first, last).stream().sorted().toList(),
                atLimit.json().getJsonArray("Resources").stream()
                        .map(r -> r.asJsonObject().getString("id"))
                        .sorted()
                        .toList());
        Http.Reply andChain = scim().post(
                        "scim/v2/Users/.search",
                        searchRequest(String.join(" and ", terms).replace(" eq ", " ne ")));
        assertEquals(200, andChain.status(), "an AND chain at the limit too: " + andChain);

        // The admin console's directory filter and a PATCH path use the same parser.
        String overLimit = "id pr or ".repeat(100) + "id pr";
        Http.Reply directory = admin().get("api/v1/integrations/default/users?filter=" + encode(overLimit));
        assertProblem(directory, 400, "urn:roster:problem:invalid-filter");
        assertTrue(directory.json().getString("detail").contains("more than 100 comparisons"), directory.toString());
        assertProblem(
                admin().get("api/v1/integrations/default/groups?filter=" + encode(overLimit)),
                400,
                "urn:roster:problem:invalid-filter");
        Http.Reply path = scim().patch(
                        "scim/v2/Users/" + first,
                        "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + "[{\"op\":\"remove\",\"path\":\"emails["
                                + "value pr or ".repeat(100) + "value pr]\"}]}");
        assertScimError(path, 400, "invalidPath");

        // Deep nesting is refused by the parser before any recursion of note.
        assertScimError(
                scim().post("scim/v2/Users/.search", searchRequest("not(".repeat(1_000) + "id pr" + ")".repeat(1_000))),
                400,
                "invalidFilter");
    }

    // ----------------------------------------------------------------------------------------------------
    // PATCH requests of very many operations

    @Test
    void aPatchOfMoreOperationsThanTheLimitIs413AndChangesNothing() {
        String userId = createUser("many.operations@example.com");
        String version = scim().get("scim/v2/Users/" + userId)
                .json()
                .getJsonObject("meta")
                .getString("version");

        Http.Reply tooMany = scim().patch("scim/v2/Users/" + userId, patchOfNickNames(1_001));
        assertScimError(tooMany, 413, null);
        assertEquals(
                "The PATCH request holds 1001 operations; at most 1000 are accepted in one request",
                tooMany.json().getString("detail"));
        JsonObject unchanged = scim().get("scim/v2/Users/" + userId).json();
        assertEquals(version, unchanged.getJsonObject("meta").getString("version"));
        assertFalse(unchanged.containsKey("nickName"));

        Http.Reply atLimit = scim().patch("scim/v2/Users/" + userId, patchOfNickNames(1_000));
        assertEquals(200, atLimit.status(), atLimit.toString());
        assertEquals("nick-999", atLimit.json().getString("nickName"));

        // The same limit for a PATCH inside a Bulk request; the other operations still run.
        Http.Reply bulk = scim().post(
                        "scim/v2/Bulk",
                        "{\"schemas\":[\"" + BULK_REQUEST + "\"],\"Operations\":["
                                + "{\"method\":\"PATCH\",\"path\":\"/Users/" + userId + "\",\"data\":"
                                + patchOfNickNames(1_001) + "},"
                                + "{\"method\":\"PATCH\",\"path\":\"/Users/" + userId + "\",\"data\":"
                                + patchOfNickNames(2) + "}]}");
        assertEquals(200, bulk.status(), bulk.toString());
        List<String> statuses = bulk.json().getJsonArray("Operations").stream()
                .map(o -> o.asJsonObject().getString("status"))
                .toList();
        assertEquals(List.of("413", "200"), statuses, bulk.toString());
    }

    // ----------------------------------------------------------------------------------------------------
    // Admin list paging

    @Test
    void aListPagePastTheLastIndexIs400NamingTheParameterOnEveryAdminList() {
        String repository = admin().post(
                        "api/v1/repositories",
                        "{\"name\":\"paging-" + UUID.randomUUID().toString().substring(0, 8)
                                + "\",\"type\":\"snowflake\"}")
                .json()
                .getString("id");
        String group = scim().post(
                        "scim/v2/Groups",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"]," + "\"displayName\":\"Paging "
                                + UUID.randomUUID() + "\"}")
                .json()
                .getString("id");
        for (String list : List.of(
                "api/v1/integrations/default/users",
                "api/v1/integrations/default/groups",
                "api/v1/integrations/default/events",
                "api/v1/events")) {
            Http.Reply overflow = admin().get(list + "?page=9223372036854775807&size=500");
            assertProblem(overflow, 400, "urn:roster:problem:invalid-request");
            assertEquals(
                    "page must be at most 4294968 with size 500",
                    overflow.json().getString("detail"),
                    list);
            assertProblem(admin().get(list + "?page=99999999999999999999"), 400, "urn:roster:problem:invalid-request");
            Http.Reply farAway = admin().get(list + "?startIndex=9223372036854775807&count=500");
            assertEquals(200, farAway.status(), list + ": " + farAway);
            assertEquals(0, farAway.json().getJsonArray("items").size(), list);
            assertEquals(200, admin().get(list + "?page=4294968&size=500").status(), list + ": the last page there is");
        }
        Http.Reply members = admin().get("api/v1/integrations/default/groups/" + group + "?membersStart=x");
        assertProblem(members, 400, "urn:roster:problem:invalid-request");
        assertEquals("membersStart must be an integer", members.json().getString("detail"));
        assertEquals(
                200,
                admin().get("api/v1/integrations/default/groups/" + group
                                + "?membersStart=9223372036854775807&membersCount=99999")
                        .status());

        Http.Reply alerts = admin().get("api/v1/attribution/alerts?count=99999999999999999999");
        assertProblem(alerts, 400, "urn:roster:problem:invalid-request");
        assertEquals("count must be an integer", alerts.json().getString("detail"));
        assertEquals(
                200,
                admin().get("api/v1/attribution/alerts?count=9223372036854775807")
                        .status());
        Http.Reply mapping = admin().get("api/v1/repositories/" + repository + "/looker-user-map?startIndex=one");
        assertProblem(mapping, 400, "urn:roster:problem:invalid-request");
        assertEquals("startIndex must be an integer", mapping.json().getString("detail"));
        assertEquals(
                200,
                admin().get("api/v1/repositories/" + repository
                                + "/looker-user-map?startIndex=-2147483648&count=2147483647")
                        .status());
    }

    // ----------------------------------------------------------------------------------------------------
    // Unknown paths and methods

    @Test
    void unknownPathsAnswerInTheLanguageOfTheirApiWithoutNamingTheRuntime() {
        for (String path : List.of("scim/nope", "scim", "scim/v1/Users")) {
            Http.Reply reply = app().get(path);
            assertScimError(reply, 404, null);
            assertEquals("No such endpoint", reply.json().getString("detail"));
            assertAnonymous(reply);
        }
        Http.Reply scimJaxRs = scim().get("scim/v2/Nope");
        assertScimError(scimJaxRs, 404, null);
        assertAnonymous(scimJaxRs);

        for (String path : List.of("api/nope", "api", "api/v2/integrations")) {
            Http.Reply reply = app().get(path);
            assertProblem(reply, 404, "about:blank");
            assertEquals("No such endpoint", reply.json().getString("detail"));
            assertAnonymous(reply);
        }
        assertAnonymous(admin().get("api/v1/nope"));

        for (String path : List.of("oauth/nope", "oauth/v2/token")) {
            Http.Reply reply = app().get(path);
            assertEquals(404, reply.status(), path + ": " + reply);
            assertEquals("application/json", mediaType(reply), path);
            assertEquals("invalid_request", reply.json().getString("error"), reply.toString());
            assertEquals("No such endpoint", reply.json().getString("error_description"));
            assertAnonymous(reply);
        }

        for (String path : List.of("nope", "console/nope.js", "api-docs/nope.html", "error-page")) {
            Http.Reply reply = app().get(path);
            assertEquals(404, reply.status(), path + ": " + reply);
            assertEquals("text/plain", mediaType(reply), path);
            assertEquals("404 No such endpoint\n", reply.body(), path);
            assertAnonymous(reply);
        }

        // Methods servlets refuse (a servlet's 405, the static files' 403): the same way.
        Http.Reply wrongMethod = app().send("POST", "console", "x", Map.of("Content-Type", "text/plain"));
        assertEquals(405, wrongMethod.status(), wrongMethod.toString());
        assertEquals("text/plain", mediaType(wrongMethod));
        assertEquals("405 Method not allowed on this endpoint\n", wrongMethod.body());
        assertAnonymous(wrongMethod);
        Http.Reply delete = app().delete("console/index.html");
        assertEquals(403, delete.status(), delete.toString());
        assertEquals("403 Not allowed on this path\n", delete.body());
        assertAnonymous(delete);
        Http.Reply scimMethod = scim().send("PUT", "scim/v2/ServiceProviderConfig", "{}", Map.of());
        assertScimError(scimMethod, 405, null);
        assertAnonymous(scimMethod);

        // Answers that work name Roster, not the runtime, too.
        assertAnonymous(app().get("console/"));
        assertAnonymous(app().get("api-docs/index.html"));
        assertAnonymous(scim().get("scim/v2/ServiceProviderConfig"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Discovery schemas

    @Test
    void schemasListsTheResourceAndDiscoverySchemasAndServesEach() {
        JsonObject schemas = scim().get("scim/v2/Schemas").json();
        assertEquals(6, schemas.getInt("totalResults"));
        List<String> ids = schemas.getJsonArray("Resources").stream()
                .map(s -> s.asJsonObject().getString("id"))
                .toList();
        assertEquals(
                List.of(
                        USER_SCHEMA,
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
                        "urn:ietf:params:scim:schemas:core:2.0:Group",
                        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
                        "urn:ietf:params:scim:schemas:core:2.0:ResourceType",
                        "urn:ietf:params:scim:schemas:core:2.0:Schema"),
                ids);
        for (String id : ids) {
            Http.Reply one = scim().get("scim/v2/Schemas/" + id);
            assertEquals(200, one.status(), id + ": " + one);
            assertEquals(id, one.json().getString("id"));
            assertEquals(
                    "https://roster.example.test/scim/v2/Schemas/" + id,
                    one.json().getJsonObject("meta").getString("location"));
            assertFalse(one.json().getJsonArray("attributes").isEmpty(), id);
        }
        // They describe documents, not resources: no user attribute is found through them.
        assertScimError(
                scim().get("scim/v2/Users?filter=" + encode("urn:ietf:params:scim:schemas:core:2.0:Schema:name pr")),
                400,
                "invalidFilter");
    }

    // ----------------------------------------------------------------------------------------------------
    // Failed authentications

    @Test
    void failedAuthenticationsFromOneSourceAreOneLogEntryPerMinuteWithTheirCount() {
        int failures = 40;
        String reason = "Authorization must use the Bearer scheme";
        Predicate<JsonObject> ours = e -> e.getString("operation").equals("REQUEST_REJECTED")
                && !e.containsKey("integrationId")
                && e.getInt("status") == 401
                && e.getString("detail", "").endsWith(": " + reason);
        Map<String, Integer> before = occurrences(ours);
        long firstMinute = Instant.now().getEpochSecond() / 60;
        for (int i = 0; i < failures; i++) {
            Http.Reply refused = app().get("scim/v2/Users/" + i, Map.of("Authorization", "Basic Zm9vOmJhcg=="));
            assertEquals(401, refused.status(), refused.toString());
        }
        long lastMinute = Instant.now().getEpochSecond() / 60;
        assertAddedUp(before, occurrences(ours), failures, lastMinute - firstMinute + 1);

        // The token endpoint's failures likewise, per error code.
        Predicate<JsonObject> oauth = e -> e.getString("operation").equals("REQUEST_REJECTED")
                && e.getString("detail", "").startsWith("POST /oauth/v1/integrations/default/token: invalid_client");
        Map<String, Integer> oauthBefore = occurrences(oauth);
        firstMinute = Instant.now().getEpochSecond() / 60;
        for (int i = 0; i < failures; i++) {
            Http.Reply refused = app().send(
                            "POST",
                            "oauth/v1/integrations/default/token",
                            "grant_type=client_credentials&client_id=default&client_secret=rscs_guess-" + i,
                            Map.of("Content-Type", "application/x-www-form-urlencoded"));
            assertEquals(401, refused.status(), refused.toString());
        }
        lastMinute = Instant.now().getEpochSecond() / 60;
        assertAddedUp(oauthBefore, occurrences(oauth), failures, lastMinute - firstMinute + 1);
    }

    /** Entry id → occurrences of the log entries of the last two minutes that {@code matching} selects. */
    private Map<String, Integer> occurrences(Predicate<JsonObject> matching) {
        String since = encode(Instant.now().minusSeconds(180).toString());
        Http.Reply page = admin().get("api/v1/events?outcome=rejected&count=500&since=" + since);
        assertEquals(200, page.status(), page.toString());
        Map<String, Integer> counts = new HashMap<>();
        page.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(matching)
                .forEach(e -> {
                    assertNotNull(e.getString("sourceAddress", null), e.toString());
                    counts.put(e.getString("id"), e.getInt("occurrences"));
                });
        return counts;
    }

    /** {@code failures} more occurrences in all, in one entry per minute the requests took. */
    private static void assertAddedUp(
            Map<String, Integer> before, Map<String, Integer> after, int failures, long minutes) {
        Map<String, Integer> added = after.entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - before.getOrDefault(e.getKey(), 0)));
        assertEquals(
                failures, added.values().stream().mapToInt(Integer::intValue).sum(), added.toString());
        assertTrue(
                added.size() <= minutes,
                added.size() + " entries for requests within " + minutes + " minute(s): " + added);
        if (minutes == 1) {
            assertEquals(List.of(failures), List.copyOf(added.values()));
        }
    }

    // ----------------------------------------------------------------------------------------------------

    private Http scim() {
        return app().withHeaders(Map.of("Authorization", "Bearer " + TOKEN));
    }

    private String apiKey() {
        Http.Reply issued = admin().post("api/v1/api-keys", "{\"name\":\"bad input " + UUID.randomUUID() + "\"}");
        assertEquals(201, issued.status(), issued.toString());
        return issued.json().getString("key");
    }

    private String createUser(String userName) {
        Http.Reply created = scim().post(
                        "scim/v2/Users",
                        "{\"schemas\":[\"" + USER_SCHEMA + "\"],\"userName\":\"" + userName
                                + "\",\"emails\":[{\"value\":\"" + userName + "\",\"type\":\"work\"}]}");
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    private static String searchRequest(String filter) {
        return "{\"schemas\":[\"" + SEARCH_REQUEST + "\"],\"filter\":\"" + filter.replace("\"", "\\\"") + "\"}";
    }

    private static String patchOfNickNames(int operations) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":["
                + IntStream.range(0, operations)
                        .mapToObj(i -> "{\"op\":\"replace\",\"path\":\"nickName\",\"value\":\"nick-" + i + "\"}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    private static void assertScimError(Http.Reply reply, int status, String scimType) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals("application/scim+json", mediaType(reply), reply.toString());
        JsonObject error = reply.json();
        assertEquals(SCIM_ERROR, ((JsonString) error.getJsonArray("schemas").get(0)).getString());
        assertEquals(Integer.toString(status), error.getString("status"));
        if (scimType == null) {
            assertNull(error.getString("scimType", null), reply.toString());
        } else {
            assertEquals(scimType, error.getString("scimType", null), reply.toString());
        }
    }

    private static void assertProblem(Http.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals("application/problem+json", mediaType(reply), reply.toString());
        assertEquals(status, reply.json().getInt("status"));
        assertEquals(type, reply.json().getString("type"), reply.toString());
    }

    /** Neither the body nor a header names the runtime or its version; no error is an HTML page. */
    private static void assertAnonymous(Http.Reply reply) {
        assertFalse(reply.body().toLowerCase(Locale.ROOT).contains("payara"), reply.toString());
        assertFalse(reply.status() >= 400 && reply.body().contains("<html"), reply.toString());
        reply.headers()
                .forEach((name, values) -> values.forEach(value -> assertFalse(
                        value.toLowerCase(Locale.ROOT).contains("payara")
                                || value.toLowerCase(Locale.ROOT).contains("glassfish"),
                        name + ": " + value)));
        assertNull(reply.header("X-Powered-By"), reply.headers().toString());
        assertEquals("Roster", reply.header("Server"));
    }

    private static String mediaType(Http.Reply reply) {
        String type = reply.header("Content-Type");
        return type == null ? null : type.split(";")[0].trim();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
