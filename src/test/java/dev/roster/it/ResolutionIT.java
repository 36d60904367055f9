package dev.roster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Identity resolution end to end on the packaged WAR (issue 6): users and groups provisioned over SCIM with a token
 * from the admin API, repositories, database accounts and an API key registered through the admin API, Looker
 * (against a stub Looker API in this JVM on 127.0.0.1), Tableau, custom and email carriers resolved, group changes
 * and deactivation over SCIM reflected within a second, the identities endpoint with nested groups and a cycle,
 * unknown users, ambiguous emails and the alert for unattributed use. Every test makes its own integration and
 * repository, so the tests do not depend on each other.
 */
class ResolutionIT extends DeployedRoster {

    private static final String JSON = "application/json";
    private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    private static final String PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    /** The issue's bound for SCIM changes to show in resolution. */
    private static final long REFLECTED_WITHIN_MILLIS = 1000;

    private static HttpServer looker;
    private static final Map<String, String> LOOKER_USERS = new ConcurrentHashMap<>();
    private static final AtomicInteger LOOKER_LOGINS = new AtomicInteger();
    private static final String LOOKER_SECRET = "looker-secret-" + UUID.randomUUID();

    /** A stub of the Looker API 4.0 login and user endpoints, which the WAR reaches on loopback. */
    @BeforeAll
    static void startLooker() throws IOException {
        looker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        looker.createContext("/api/4.0/login", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!form.contains("client_id=looker-client") || !form.contains("client_secret=" + LOOKER_SECRET)) {
                reply(exchange, 404, "{\"message\":\"Not found\"}");
                return;
            }
            LOOKER_LOGINS.incrementAndGet();
            reply(exchange, 200, "{\"access_token\":\"stub-token\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        });
        looker.createContext("/api/4.0/users/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/api/4.0/users/".length());
            if (!"token stub-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, "{\"message\":\"Requires authentication.\"}");
            } else if (LOOKER_USERS.containsKey(id)) {
                reply(exchange, 200, "{\"id\":" + id + ",\"email\":\"" + LOOKER_USERS.get(id) + "\"}");
            } else {
                reply(exchange, 404, "{\"message\":\"Not found\"}");
            }
        });
        looker.start();
    }

    @AfterAll
    static void stopLooker() {
        looker.stop(0);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    // ----------------------------------------------------------------------------------------------------
    // The issue's end-to-end flow

    @Test
    void provisionResolveChangeGroupsResolveDeactivateResolve() {
        Directory dir = new Directory("Okta e2e");
        String jane = dir.user("jane.doe@example.com", "jane.doe@example.com", "Jane Doe");
        String finance = dir.group("Finance", jane);
        dir.group("All staff " + dir.suffix, finance);
        LOOKER_USERS.put("123", "Jane.Doe@example.com");

        String repo = createRepository("warehouse-" + dir.suffix, "snowflake", lookerSettings());
        createAccount(
                repo,
                "{\"name\":\"looker_svc\",\"application\":\"looker\",\"integrationId\":\"" + dir.id
                        + "\",\"identityKey\":\"email\",\"requireAttribution\":true}");
        Http api = resolver(issueKey("e2e"));
        String lookerSql =
                "-- Looker Query Context '{\"user_id\":123,\"history_slug\":\"9e8d\",\"instance_slug\":\"a1b2\"}'\n"
                        + "SELECT region, SUM(amount) FROM sales GROUP BY 1";

        JsonObject first = resolve(api, "warehouse-" + dir.suffix, "LOOKER_SVC", null, lookerSql);
        assertTrue(first.getBoolean("attributed"), first.toString());
        JsonObject endUser = first.getJsonObject("endUser");
        assertEquals(jane, endUser.getString("id"));
        assertEquals("jane.doe@example.com", endUser.getString("userName"));
        assertEquals("jane.doe@example.com", endUser.getString("email"));
        assertEquals("Jane Doe", endUser.getString("displayName"));
        assertTrue(endUser.getBoolean("active"));
        assertEquals(List.of("All staff " + dir.suffix, "Finance"), strings(first.getJsonArray("groups")));
        assertEquals("looker_svc", first.getString("repoUser"));
        assertEquals("looker", first.getString("application"));
        assertEquals("looker-context", first.getString("carrier"));
        assertEquals("lookerUserId", first.getJsonObject("claim").getString("type"));
        assertEquals(
                "9e8d", first.getJsonObject("claim").getJsonObject("details").getString("historySlug"));

        // Group change over SCIM: out of Finance (and so of All staff), into Sales.
        dir.scim.patch(
                "scim/v2/Groups/" + finance,
                patch("{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + jane + "\\\"]\"}"));
        dir.group("Sales", jane);
        long changedAt = System.nanoTime();
        JsonObject regrouped = awaitResolution(
                api,
                "warehouse-" + dir.suffix,
                "looker_svc",
                lookerSql,
                r -> strings(r.getJsonArray("groups")).equals(List.of("Sales")));
        assertReflectedInTime(changedAt, "group change");
        assertTrue(regrouped.getBoolean("attributed"));

        // Deactivation over SCIM (Okta's path-less PATCH): inactive, named, no groups.
        Http.Reply deactivated =
                dir.scim.patch("scim/v2/Users/" + jane, patch("{\"op\":\"replace\",\"value\":{\"active\":false}}"));
        assertEquals(200, deactivated.status(), deactivated.toString());
        long deactivatedAt = System.nanoTime();
        JsonObject inactive = awaitResolution(
                api, "warehouse-" + dir.suffix, "looker_svc", lookerSql, r -> !r.getBoolean("attributed"));
        assertReflectedInTime(deactivatedAt, "deactivation");
        assertEquals("inactive-user", inactive.getString("reason"));
        assertFalse(inactive.getJsonObject("endUser").getBoolean("active"));
        assertEquals(jane, inactive.getJsonObject("endUser").getString("id"));
        assertEquals(List.of(), strings(inactive.getJsonArray("groups")));

        JsonObject identity = identity(api, dir.id, "JANE.DOE@EXAMPLE.COM", 200);
        assertFalse(identity.getJsonObject("endUser").getBoolean("active"));
        assertEquals(List.of(), strings(identity.getJsonArray("groups")));
        assertTrue(LOOKER_LOGINS.get() >= 1, "the WAR logged in to the stub Looker");
    }

    // ----------------------------------------------------------------------------------------------------
    // Carriers

    @Test
    void tableauInitialSqlHoldsForTheSessionOnlyAndEmptyUsersSayWhy() {
        Directory dir = new Directory("Tableau");
        String jdoe = dir.user("jdoe", "john.doe@example.com", "John Doe");
        dir.group("Sales", jdoe);
        String repo = "tableau-" + dir.suffix;
        createRepository(repo, "postgresql", null);
        createAccount(
                repoId(repo),
                "{\"name\":\"tableau_svc\",\"application\":\"tableau\",\"integrationId\":\"" + dir.id + "\"}");
        Http api = resolver(issueKey("tableau"));

        JsonObject opened = resolve(api, repo, "tableau_svc", "conn-1", "SELECT 'roster.enduser', 'CORP\\JDoe'");
        assertTrue(opened.getBoolean("attributed"), opened.toString());
        assertEquals("tableau-initial-sql", opened.getString("carrier"));
        assertEquals(
                "CORP\\JDoe",
                opened.getJsonObject("claim").getJsonObject("details").getString("qualifiedName"));
        JsonObject later = resolve(api, repo, "tableau_svc", "conn-1", "SELECT SUM(amount) FROM sales");
        assertTrue(later.getBoolean("attributed"), later.toString());
        assertEquals("jdoe", later.getJsonObject("endUser").getString("userName"));
        assertEquals(List.of("Sales"), strings(later.getJsonArray("groups")));
        assertEquals(
                "no-carrier",
                resolve(api, repo, "tableau_svc", "conn-2", "SELECT 1").getString("reason"));

        resolve(api, repo, "tableau_svc", "conn-3", "SELECT 'roster.enduser', ''");
        assertEquals(
                "empty-user",
                resolve(api, repo, "tableau_svc", "conn-3", "SELECT 1").getString("reason"));
        // Several statements in one request: the Initial SQL applies to the later ones, the answer is the last.
        JsonObject batch =
                resolveMany(api, repo, "tableau_svc", null, List.of("SELECT 'roster.enduser', 'jdoe'", "SELECT 2"));
        assertTrue(batch.getBoolean("attributed"));
        // A RosterContext comment is not a Tableau carrier.
        assertEquals(
                "no-carrier",
                resolve(api, repo, "tableau_svc", null, "/* RosterContext {\"user\":\"jdoe\"} */ SELECT 1")
                        .getString("reason"));
    }

    @Test
    void customContextEmailCommentsAndUploadedLookerMapping() {
        Directory dir = new Directory("Custom");
        String bob = dir.user("bob", "Bob@Example.com", "Bob");
        dir.group("Billing", bob);
        String repo = "custom-" + dir.suffix;
        String repoId = createRepository(repo, "redshift", null);
        createAccount(
                repoId,
                "{\"name\":\"billing_app\",\"application\":\"custom\",\"integrationId\":\"" + dir.id
                        + "\",\"markers\":{\"customContext\":\"AcmeContext\"}}");
        createAccount(
                repoId,
                "{\"name\":\"looker_svc\",\"application\":\"looker\",\"integrationId\":\"" + dir.id
                        + "\",\"retrieveGroups\":false}");
        Http api = resolver(issueKey("custom"));

        JsonObject custom = resolve(
                api,
                repo,
                "billing_app",
                null,
                "/* AcmeContext {\"user\":\"BOB\",\"serviceName\":\"billing\",\"attributes\":{\"ticket\":\"1234\"}} */ SELECT 1");
        assertTrue(custom.getBoolean("attributed"), custom.toString());
        assertEquals("custom-context", custom.getString("carrier"));
        assertEquals(
                "1234",
                custom.getJsonObject("claim")
                        .getJsonObject("details")
                        .getJsonObject("attributes")
                        .getString("ticket"));
        assertEquals(List.of("Billing"), strings(custom.getJsonArray("groups")));
        assertEquals(
                "no-carrier",
                resolve(api, repo, "billing_app", null, "/* RosterContext {\"user\":\"bob\"} */ SELECT 1")
                        .getString("reason"),
                "the account's own marker only");

        JsonObject email = resolve(api, repo, "looker_svc", null, "-- roster.email: bob@example.COM\nSELECT 1");
        assertTrue(email.getBoolean("attributed"), email.toString());
        assertEquals("looker-email", email.getString("carrier"));
        assertEquals(List.of(), strings(email.getJsonArray("groups")), "group retrieval is off for this account");

        String context = "-- Looker Query Context '{\"user_id\":77}'\nSELECT 1";
        assertEquals(
                "no-looker-mapping",
                resolve(api, repo, "looker_svc", null, context).getString("reason"));
        Http.Reply uploaded = adminWithout()
                .send(
                        "PUT",
                        "api/v1/repositories/" + repoId + "/looker-user-map",
                        "User ID,Email\n77,bob@example.com\n78,ghost@example.com\n",
                        Map.of("Content-Type", "text/csv"));
        assertEquals(200, uploaded.status(), uploaded.toString());
        assertEquals(2, uploaded.json().getInt("totalResults"));
        JsonObject mapped = awaitResolution(api, repo, "looker_svc", context, r -> r.getBoolean("attributed"));
        assertEquals("bob", mapped.getJsonObject("endUser").getString("userName"));
        assertEquals(
                "unknown-user",
                resolve(api, repo, "looker_svc", null, "-- Looker Query Context '{\"user_id\":78}'\nSELECT 1")
                        .getString("reason"));
        assertEquals(
                "unknown-looker-user",
                resolve(api, repo, "looker_svc", null, "-- Looker Query Context '{\"user_id\":79}'\nSELECT 1")
                        .getString("reason"));
        // A forged email comment next to Looker's own context does not win over the mapped user.
        assertEquals(
                "carrier-mismatch",
                resolve(
                                api,
                                repo,
                                "looker_svc",
                                null,
                                "-- Looker Query Context '{\"user_id\":77}'\n-- roster.email: ghost@example.com\nSELECT 1")
                        .getString("reason"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Identities, nesting, cycles, unknown and ambiguous

    @Test
    void identitiesFollowNestedGroupsThroughACycleAndReportUnknownAndAmbiguousUsers() {
        Directory dir = new Directory("Nested");
        String amy = dir.user("amy", "amy@example.com", "Amy");
        String c = dir.group("C", amy);
        String b = dir.group("B", c);
        String a = dir.group("A", b);
        Http.Reply cycle = dir.scim.patch(
                "scim/v2/Groups/" + c,
                patch("{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + a + "\"}]}"));
        assertTrue(cycle.status() == 200 || cycle.status() == 204, cycle.toString());
        dir.user("twin1", "twin@example.com", "Twin 1");
        dir.user("twin2", "TWIN@example.com", "Twin 2");
        Http api = resolver(issueKey("identities"));

        JsonObject byName = identity(api, dir.id, "AMY", 200);
        assertEquals(dir.id, byName.getString("integrationId"));
        assertEquals("amy", byName.getJsonObject("endUser").getString("userName"));
        assertEquals(List.of("A", "B", "C"), strings(byName.getJsonArray("groups")));
        JsonArray memberships = byName.getJsonArray("memberships");
        assertEquals(3, memberships.size());
        for (JsonValue m : memberships) {
            JsonObject membership = m.asJsonObject();
            assertEquals(
                    "C".equals(membership.getString("displayName")),
                    membership.getBoolean("direct"),
                    membership.toString());
        }
        assertEquals(
                byName.getJsonObject("endUser"),
                identity(api, dir.id, "Amy@Example.com", 200).getJsonObject("endUser"));

        JsonObject unknown = identity(api, dir.id, "nobody@example.com", 404);
        assertEquals("urn:roster:problem:unknown-user", unknown.getString("type"));
        assertEquals(409, identity(api, dir.id, "twin@example.com", 409).getInt("status"));
        assertEquals(404, identity(api, "no-such-integration", "amy", 404).getInt("status"));

        String repo = "nested-" + dir.suffix;
        createAccount(
                createRepository(repo, "mysql", null),
                "{\"name\":\"app\",\"application\":\"custom\"," + "\"integrationId\":\"" + dir.id
                        + "\",\"identityKey\":\"email\"}");
        assertEquals(
                "ambiguous-email",
                resolve(api, repo, "app", null, "/* RosterContext {\"user\":\"twin@example.com\"} */ SELECT 1")
                        .getString("reason"));
        assertEquals(
                "unknown-user",
                resolve(api, repo, "app", null, "/* RosterContext {\"user\":\"nobody@example.com\"} */ SELECT 1")
                        .getString("reason"));
        JsonObject amyByEmail =
                resolve(api, repo, "app", null, "/* RosterContext {\"user\":\"AMY@example.com\"} */ SELECT 1");
        assertEquals(List.of("A", "B", "C"), strings(amyByEmail.getJsonArray("groups")));
    }

    // ----------------------------------------------------------------------------------------------------
    // Attribution records and alerts

    @Test
    void attributionCountsEventsAndAlertsForRequiredAccounts() {
        Directory dir = new Directory("Alerts");
        dir.user("carol", "carol@example.com", "Carol");
        String repo = "alerts-" + dir.suffix;
        String repoId = createRepository(repo, "snowflake", null);
        String required = createAccount(
                repoId,
                "{\"name\":\"bi_svc\",\"application\":\"custom\",\"integrationId\":\"" + dir.id
                        + "\",\"requireAttribution\":true}");
        String optional = createAccount(
                repoId, "{\"name\":\"etl_svc\",\"application\":\"custom\",\"integrationId\":\"" + dir.id + "\"}");
        Http api = resolver(issueKey("alerts"));

        resolve(api, repo, "bi_svc", "s-1", "/* RosterContext {\"user\":\"carol\"} */ SELECT 1");
        resolve(api, repo, "bi_svc", "s-1", "/* RosterContext {\"user\":\"carol\"} */ SELECT 2");
        assertEquals(
                "no-carrier",
                resolve(api, repo, "bi_svc", "s-2", "SELECT * FROM payroll").getString("reason"));
        assertEquals(
                "unknown-user",
                resolve(api, repo, "bi_svc", null, "/* RosterContext {\"user\":\"mallory\"} */ SELECT 1")
                        .getString("reason"));
        resolve(api, repo, "etl_svc", null, "SELECT 1");
        // The console's preview resolves as the account without counting, and Initial SQL stays in the request.
        Http.Reply preview = admin().post(
                        "api/v1/repositories/" + repoId + "/accounts/" + required + "/preview",
                        "{\"statements\":[\"/* RosterContext {\\\"user\\\":\\\"CAROL\\\"} */ SELECT 1\"]}");
        assertEquals(200, preview.status(), preview.toString());
        assertEquals("carol", preview.json().getJsonObject("endUser").getString("userName"));
        assertEquals("bi_svc", preview.json().getString("repoUser"));
        assertEquals(
                401,
                resolver(issueKey("not-admin"))
                        .post(
                                "api/v1/repositories/" + repoId + "/accounts/" + required + "/preview",
                                "{\"statements\":[\"SELECT 1\"]}")
                        .status(),
                "admin only");

        JsonObject records =
                awaitAttribution(repoId, required, r -> r.getJsonArray("alerts").size() == 2);
        assertEquals(4, records.getJsonNumber("total").longValue());
        assertEquals(2, records.getJsonNumber("attributed").longValue());
        assertEquals(
                1,
                records.getJsonObject("unattributed")
                        .getJsonNumber("no-carrier")
                        .longValue());
        assertEquals(
                1,
                records.getJsonObject("unattributed")
                        .getJsonNumber("unknown-user")
                        .longValue());
        assertNotNull(records.getString("lastSeenAt"));
        assertTrue(records.getBoolean("requireAttribution"));
        List<String> reasons = records.getJsonArray("alerts").stream()
                .map(v -> v.asJsonObject().getString("reason"))
                .sorted()
                .toList();
        assertEquals(List.of("no-carrier", "unknown-user"), reasons);
        List<JsonObject> events = records.getJsonArray("recentEvents").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(4, events.size(), events.toString());
        assertTrue(events.stream()
                .anyMatch(e -> e.getBoolean("attributed") && "carol".equals(e.getString("userName", null))));
        assertTrue(events.stream()
                .anyMatch(e ->
                        "no-carrier".equals(e.getString("outcome")) && "s-2".equals(e.getString("sessionId", null))));

        JsonObject optionalRecords =
                awaitAttribution(repoId, optional, r -> r.getJsonNumber("total").longValue() == 1);
        assertEquals(0, optionalRecords.getJsonArray("alerts").size(), "no alerts where attribution is not required");

        JsonObject account = admin().get("api/v1/repositories/" + repoId + "/accounts/" + required)
                .json();
        assertEquals(
                2,
                account.getJsonObject("attribution").getJsonNumber("attributed").longValue());
        assertEquals(
                2,
                account.getJsonObject("attribution")
                        .getJsonNumber("unattributed")
                        .longValue());
        JsonObject logged = admin().get("api/v1/events?operation=ATTRIBUTION_ALERT&count=100")
                .json();
        assertTrue(
                logged.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(e -> required.equals(e.getString("resourceId", null))),
                logged.toString());
        JsonObject all = admin().get("api/v1/attribution/alerts").json();
        assertTrue(
                all.getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(e -> ("alerts-" + dir.suffix).equals(e.getString("repository", null))),
                all.toString());
    }

    // ----------------------------------------------------------------------------------------------------
    // Authentication, registry validation, OpenAPI

    @Test
    void resolutionTakesApiKeysOnlyAndApiKeysOpenNothingElse() {
        Directory dir = new Directory("Keys");
        String repo = "keys-" + dir.suffix;
        createAccount(
                createRepository(repo, "snowflake", null),
                "{\"name\":\"svc\",\"application\":\"custom\"," + "\"integrationId\":\"" + dir.id + "\"}");
        Http.Reply issued = admin().post("api/v1/api-keys", "{\"name\":\"proxy\"}");
        assertEquals(201, issued.status(), issued.toString());
        String key = issued.json().getString("key");
        String keyId = issued.json().getString("id");
        assertTrue(key.matches("rsrk_[A-Za-z0-9_-]{43}"), "prefix + 256 bits");
        JsonObject listed = admin().get("api/v1/api-keys").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(k -> keyId.equals(k.getString("id")))
                .findFirst()
                .orElseThrow();
        assertFalse(listed.containsKey("key"), "shown once");
        assertEquals(key.substring(0, 9) + "…", listed.getString("hint"));

        String body = "{\"repository\":\"" + repo + "\",\"dbAccount\":\"svc\",\"statements\":[\"SELECT 1\"]}";
        assertEquals(
                401,
                app().withHeaders(Map.of("Content-Type", JSON))
                        .post("api/v1/resolve", body)
                        .status());
        assertEquals(401, admin().post("api/v1/resolve", body).status(), "admin credentials do not resolve");
        assertEquals(
                401,
                resolver("rsrk_" + "x".repeat(43)).post("api/v1/resolve", body).status());
        assertEquals(200, resolver(key).post("api/v1/resolve", body).status());
        Http.Reply adminWithKey = resolver(key).get("api/v1/integrations");
        assertEquals(401, adminWithKey.status(), "an API key is not an admin credential");

        Http.Reply unknownAccount = resolver(key)
                .post(
                        "api/v1/resolve",
                        "{\"repository\":\"" + repo + "\",\"dbAccount\":\"nope\",\"statements\":[\"SELECT 1\"]}");
        assertEquals(404, unknownAccount.status());
        assertEquals(
                "urn:roster:problem:unknown-db-account", unknownAccount.json().getString("type"));
        assertEquals(
                400,
                resolver(key)
                        .post("api/v1/resolve", "{\"repository\":\"" + repo + "\",\"dbAccount\":\"svc\"}")
                        .status());
        assertEquals(400, resolver(key).post("api/v1/resolve", "[1,2]").status());
        Http.Reply wrongMethod = resolver(key).get("api/v1/resolve");
        assertEquals(405, wrongMethod.status());
        assertEquals("POST", wrongMethod.header("Allow"));
        assertTrue(wrongMethod.header("Content-Type").startsWith("application/problem+json"), wrongMethod.toString());
        Http.Reply wrongType = app().withHeaders(Map.of("Authorization", "Bearer " + key, "Content-Type", "text/plain"))
                .post("api/v1/resolve", body);
        assertEquals(415, wrongType.status());
        Http.Reply ok = resolver(key).post("api/v1/resolve", body);
        assertEquals("nosniff", ok.header("X-Content-Type-Options"));
        assertTrue(ok.header("Content-Type").startsWith("application/json"), ok.toString());

        assertEquals(204, admin().delete("api/v1/api-keys/" + keyId).status());
        assertEquals(401, resolver(key).post("api/v1/resolve", body).status(), "revoked");
        assertEquals(404, admin().delete("api/v1/api-keys/" + UUID.randomUUID()).status());
    }

    /**
     * A key limited to integration A reads A and nothing of B: B answers 404 exactly like an integration that does
     * not exist (identities) or an account that is not registered (resolve), and the refused resolution is not
     * counted. A key without a list reads both.
     */
    @Test
    void aKeyLimitedToIntegrationsReadsOnlyThoseAndCannotTellTheOthersExist() {
        Directory a = new Directory("Scope A");
        Directory b = new Directory("Scope B");
        a.user("ann@a.example", "ann@a.example", "Ann A");
        b.user("bob@b.example", "bob@b.example", "Bob B");
        String repo = "scope-" + a.suffix;
        String repoId = createRepository(repo, "snowflake", null);
        createAccount(repoId, "{\"name\":\"svc_a\",\"application\":\"custom\",\"integrationId\":\"" + a.id + "\"}");
        String accountB = createAccount(
                repoId, "{\"name\":\"svc_b\",\"application\":\"custom\",\"integrationId\":\"" + b.id + "\"}");

        Http.Reply issued =
                admin().post("api/v1/api-keys", "{\"name\":\"only A\",\"integrations\":[\"" + a.id + "\"]}");
        assertEquals(201, issued.status(), issued.toString());
        assertEquals(List.of(a.id), strings(issued.json().getJsonArray("integrations")));
        String onlyAId = issued.json().getString("id");
        Http onlyA = resolver(issued.json().getString("key"));
        Http.Reply issuedAll = admin().post("api/v1/api-keys", "{\"name\":\"all\"}");
        Http all = resolver(issuedAll.json().getString("key"));
        List<JsonObject> listed = admin().get("api/v1/api-keys").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(
                List.of(a.id),
                strings(listed.stream()
                        .filter(k -> onlyAId.equals(k.getString("id")))
                        .findFirst()
                        .orElseThrow()
                        .getJsonArray("integrations")),
                "the list shows the key's integrations");
        assertFalse(
                listed.stream()
                        .filter(k -> issuedAll.json().getString("id").equals(k.getString("id")))
                        .findFirst()
                        .orElseThrow()
                        .containsKey("integrations"),
                "no list: every integration");

        // Identities: A's user, and for B the answer of an integration that does not exist.
        assertEquals(
                "ann@a.example",
                identity(onlyA, a.id, "ann@a.example", 200)
                        .getJsonObject("endUser")
                        .getString("userName"));
        JsonObject outside = identity(onlyA, b.id, "bob@b.example", 404);
        JsonObject unknown = identity(all, "no-such-integration", "bob@b.example", 404);
        assertEquals(
                unknown.toString().replace("no-such-integration", b.id),
                outside.toString(),
                "the answer of an integration that does not exist: scope does not reveal that B exists");

        // Resolve: through A's account, Ann; through B's, the answer of an unregistered account.
        String annSql = "/* RosterContext {\"user\":\"ann@a.example\"} */ SELECT 1";
        String bobSql = "/* RosterContext {\"user\":\"bob@b.example\"} */ SELECT 1";
        assertEquals(
                "ann@a.example",
                resolve(onlyA, repo, "svc_a", null, annSql)
                        .getJsonObject("endUser")
                        .getString("userName"));
        Http.Reply refused = onlyA.post("api/v1/resolve", resolveBody(repo, "svc_b", bobSql));
        Http.Reply unregistered = all.post("api/v1/resolve", resolveBody(repo, "svc_x", bobSql));
        assertEquals(404, refused.status(), refused.toString());
        assertEquals(
                unregistered.json().toString().replace("svc_x", "svc_b"),
                refused.json().toString());
        assertFalse(refused.body().contains("bob"), refused.toString());

        // The key without a list reads both.
        assertEquals(
                "bob@b.example",
                identity(all, b.id, "bob@b.example", 200)
                        .getJsonObject("endUser")
                        .getString("userName"));
        assertEquals(
                "bob@b.example",
                resolve(all, repo, "svc_b", null, bobSql)
                        .getJsonObject("endUser")
                        .getString("userName"));
        JsonObject counted =
                awaitAttribution(repoId, accountB, r -> r.getJsonNumber("total").longValue() >= 1);
        assertEquals(
                1, counted.getJsonNumber("total").longValue(), "the refused resolution is not counted: " + counted);

        assertEquals(
                400,
                admin().post("api/v1/api-keys", "{\"name\":\"none\",\"integrations\":[]}")
                        .status());
        Http.Reply unknownScope =
                admin().post("api/v1/api-keys", "{\"name\":\"x\",\"integrations\":[\"no-such-integration\"]}");
        assertEquals(400, unknownScope.status(), unknownScope.toString());
        assertTrue(unknownScope.json().getString("detail").contains("no-such-integration"), unknownScope.toString());
    }

    private static String resolveBody(String repository, String account, String statement) {
        return Json.createObjectBuilder()
                .add("repository", repository)
                .add("dbAccount", account)
                .add("statements", Json.createArrayBuilder().add(statement))
                .build()
                .toString();
    }

    @Test
    void registryValidatesAndNeverReturnsTheLookerSecret() {
        Directory dir = new Directory("Registry");
        String name = "registry-" + dir.suffix;
        String id = createRepository(name, "snowflake", lookerSettings());
        JsonObject repo = admin().get("api/v1/repositories/" + id).json();
        assertTrue(repo.getJsonObject("looker").getBoolean("clientSecretStored"));
        assertFalse(repo.toString().contains(LOOKER_SECRET));
        assertFalse(admin().get("api/v1/repositories").body().contains(LOOKER_SECRET));
        assertFalse(admin().get("api/v1/events?count=500").body().contains(LOOKER_SECRET), "not in the log either");

        assertEquals(
                409,
                admin().post("api/v1/repositories", "{\"name\":\"" + name.toUpperCase() + "\",\"type\":\"mysql\"}")
                        .status());
        assertEquals(
                400,
                admin().post("api/v1/repositories", "{\"name\":\"x-" + dir.suffix + "\",\"type\":\"My SQL!\"}")
                        .status());
        assertEquals(
                400,
                admin().post(
                                "api/v1/repositories",
                                "{\"name\":\"y-" + dir.suffix + "\",\"type\":\"looker\","
                                        + "\"looker\":{\"apiUrl\":\"http://looker.example.com\",\"clientId\":\"c\",\"clientSecret\":\"s\"}}")
                        .status(),
                "plain http only to loopback");
        assertEquals(
                400,
                admin().post(
                                "api/v1/repositories/" + id + "/accounts",
                                "{\"name\":\"a\",\"application\":\"looker\",\"integrationId\":\"no-such-integration\"}")
                        .status());
        assertEquals(
                400,
                admin().post(
                                "api/v1/repositories/" + id + "/accounts",
                                "{\"name\":\"a\",\"application\":\"excel\",\"integrationId\":\"" + dir.id + "\"}")
                        .status());
        assertEquals(
                400,
                admin().post(
                                "api/v1/repositories/" + id + "/accounts",
                                "{\"name\":\"a\",\"application\":\"custom\"," + "\"integrationId\":\"" + dir.id
                                        + "\",\"markers\":{\"email\":\"RosterContext\"}}")
                        .status());
        String account = createAccount(
                id, "{\"name\":\"svc\",\"application\":\"tableau\",\"integrationId\":\"" + dir.id + "\"}");
        assertEquals(
                409,
                admin().post(
                                "api/v1/repositories/" + id + "/accounts",
                                "{\"name\":\"SVC\",\"application\":\"tableau\",\"integrationId\":\"" + dir.id + "\"}")
                        .status());
        JsonObject changed = admin().patch(
                        "api/v1/repositories/" + id + "/accounts/" + account,
                        "{\"requireAttribution\":true,\"markers\":{\"endUser\":\"acme.user\"}}")
                .json();
        assertTrue(changed.getBoolean("requireAttribution"));
        assertEquals("acme.user", changed.getJsonObject("markers").getString("endUser"));
        assertEquals("tableau", changed.getString("application"));
        assertEquals(204, admin().delete("api/v1/repositories/" + id).status());
        assertEquals(404, admin().get("api/v1/repositories/" + id).status());
    }

    @Test
    void openApiDocumentsTheResolutionEndpoints() {
        JsonObject document = openApiDocument();
        assertDocumented(
                document,
                List.of(
                        "/api/v1/resolve",
                        "/api/v1/integrations/{id}/identities/{key}",
                        "/api/v1/repositories",
                        "/api/v1/repositories/{id}/accounts",
                        "/api/v1/repositories/{id}/accounts/{accountId}/attribution",
                        "/api/v1/api-keys"),
                List.of(
                        "ResolveRequest",
                        "ResolveAnswer",
                        "IdentityAnswer",
                        "Repository",
                        "DbAccount",
                        "Attribution",
                        "ApiKey"));
        assertTrue(document.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .containsKey("resolutionApiKey"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Helpers

    /** An integration with SCIM enabled, and its SCIM client. */
    private final class Directory {
        final String suffix = UUID.randomUUID().toString().substring(0, 8);
        final String id;
        final Http scim;

        Directory(String name) {
            id = AdminSetup.createIntegration(admin(), name + " " + suffix, "okta");
            scim = app().withHeaders(Map.of("Authorization", "Bearer " + AdminSetup.saveScim(admin(), id)));
        }

        String user(String userName, String email, String displayName) {
            Http.Reply created = scim.post(
                    "scim/v2/Users",
                    Json.createObjectBuilder()
                            .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                            .add("userName", userName)
                            .add("displayName", displayName)
                            .add(
                                    "emails",
                                    Json.createArrayBuilder()
                                            .add(Json.createObjectBuilder()
                                                    .add("value", email)
                                                    .add("primary", true)
                                                    .add("type", "work")))
                            .add("active", true)
                            .build()
                            .toString());
            assertEquals(201, created.status(), created.toString());
            return created.json().getString("id");
        }

        String group(String displayName, String... members) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (String member : members) {
                list.add(Json.createObjectBuilder().add("value", member));
            }
            Http.Reply created = scim.post(
                    "scim/v2/Groups",
                    Json.createObjectBuilder()
                            .add("schemas", Json.createArrayBuilder().add(GROUP_SCHEMA))
                            .add("displayName", displayName)
                            .add("members", list)
                            .build()
                            .toString());
            assertEquals(201, created.status(), created.toString());
            return created.json().getString("id");
        }
    }

    private static String patch(String operation) {
        return "{\"schemas\":[\"" + PATCH_SCHEMA + "\"],\"Operations\":[" + operation + "]}";
    }

    private String lookerSettings() {
        return "{\"apiUrl\":\"http://127.0.0.1:" + looker.getAddress().getPort() + "/\",\"clientId\":\"looker-client\","
                + "\"clientSecret\":\"" + LOOKER_SECRET + "\"}";
    }

    private String createRepository(String name, String type, String lookerJson) {
        Http.Reply created = admin().post(
                        "api/v1/repositories",
                        "{\"name\":\"" + name + "\",\"type\":\"" + type + "\""
                                + (lookerJson == null ? "" : ",\"looker\":" + lookerJson) + "}");
        assertEquals(201, created.status(), created.toString());
        assertEquals(name, created.json().getString("name"));
        return created.json().getString("id");
    }

    private String repoId(String name) {
        return admin().get("api/v1/repositories").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> name.equals(r.getString("name")))
                .findFirst()
                .orElseThrow()
                .getString("id");
    }

    private String createAccount(String repositoryId, String body) {
        Http.Reply created = admin().post("api/v1/repositories/" + repositoryId + "/accounts", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().getString("id");
    }

    private String issueKey(String name) {
        Http.Reply issued = admin().post("api/v1/api-keys", "{\"name\":\"" + name + "\"}");
        assertEquals(201, issued.status(), issued.toString());
        return issued.json().getString("key");
    }

    private JsonObject resolve(Http api, String repository, String account, String sessionId, String statement) {
        return resolveMany(api, repository, account, sessionId, List.of(statement));
    }

    private JsonObject resolveMany(
            Http api, String repository, String account, String sessionId, List<String> statements) {
        var body = Json.createObjectBuilder()
                .add("repository", repository)
                .add("dbAccount", account)
                .add("statements", Json.createArrayBuilder(statements));
        if (sessionId != null) {
            body.add("sessionId", sessionId);
        }
        Http.Reply reply = api.post("api/v1/resolve", body.build().toString());
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("no-store", reply.header("Cache-Control"));
        return reply.json();
    }

    private JsonObject awaitResolution(
            Http api, String repository, String account, String statement, Predicate<JsonObject> done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            last = resolve(api, repository, account, null, statement);
            if (done.test(last)) {
                return last;
            }
            sleep(50);
        }
        fail("Resolution never reached the expected state; last answer " + last);
        return null;
    }

    private static void assertReflectedInTime(long changedAtNanos, String what) {
        long millis = (System.nanoTime() - changedAtNanos) / 1_000_000;
        assertTrue(millis <= REFLECTED_WITHIN_MILLIS, what + " took " + millis + " ms to show in resolution");
    }

    private JsonObject awaitAttribution(String repositoryId, String accountId, Predicate<JsonObject> done) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            Http.Reply reply =
                    admin().get("api/v1/repositories/" + repositoryId + "/accounts/" + accountId + "/attribution");
            assertEquals(200, reply.status(), reply.toString());
            last = reply.json();
            if (done.test(last)) {
                return last;
            }
            sleep(200);
        }
        fail("Attribution records never reached the expected state; last " + last);
        return null;
    }

    private JsonObject identity(Http api, String integrationId, String key, int status) {
        Http.Reply reply = api.get("api/v1/integrations/" + integrationId + "/identities/"
                + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20"));
        assertEquals(status, reply.status(), reply.toString());
        return reply.json();
    }

    private static List<String> strings(JsonArray array) {
        assertNotNull(array, "array missing");
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The admin without a default Content-Type, for bodies of other types. */
    private Http adminWithout() {
        return app().withHeaders(Map.of("Authorization", Clients.basic("admin", Clients.ADMIN_PASSWORD)));
    }

    private Http resolver(String key) {
        return app().withHeaders(Map.of("Authorization", "Bearer " + key, "Content-Type", JSON));
    }
}
