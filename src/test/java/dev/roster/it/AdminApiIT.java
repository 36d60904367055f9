package dev.roster.it;

import static dev.roster.it.Clients.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The admin API end to end on the packaged WAR: setting an integration up the way the "Configure Your SCIM
 * Integration" panel describes, provisioning with the issued token, token lifecycles, OAuth client
 * credentials, isolation between integrations, the provisioning log, and admin authentication. Every test
 * makes its own integrations, so the tests do not depend on each other or on their order.
 */
class AdminApiIT extends DeployedRoster {

    private static final String ADMIN_PASSWORD = Clients.ADMIN_PASSWORD;
    /** roster.scim.token of the Arquillian server (arquillian.xml). */
    private static final String CONFIGURED_TOKEN = "it-static-token";

    private static final String PUBLIC_URL = "https://roster.example.test";
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    private static final Duration POLL_LIMIT = Duration.ofSeconds(20);

    // ----------------------------------------------------------------------------------------------------
    // The setup flow

    @Test
    void setupFlowProvisionsOverScimWithTheIssuedToken() {
        Http.Reply created = admin().post("api/v1/integrations", "{\"name\":\"Okta prod\",\"idp\":\"okta\"}");
        assertEquals(201, created.status(), created.toString());
        JsonObject integration = created.json();
        String id = integration.getString("id");
        assertTrue(id.matches("okta-prod-[a-z0-9]{6}"), id);
        assertEquals(PUBLIC_URL + "/api/v1/integrations/" + id, created.header("Location"));
        assertEquals("Okta prod", integration.getString("name"));
        assertEquals("okta", integration.getString("idp"));
        assertFalse(integration.getBoolean("scimEnabled"));
        assertNotNull(integration.getString("createdAt"));
        assertNotNull(integration.getString("updatedAt"));
        assertEquals(0, integration.getJsonObject("users").getInt("active"));
        assertEquals(0, integration.getInt("groups"));

        Http.Reply saved = admin().post("api/v1/integrations/" + id + "/scim", null);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("no-store", saved.header("Cache-Control"));
        JsonObject panel = saved.json();
        String token = panel.getString("token");
        assertTrue(token.matches("rsct_[A-Za-z0-9_-]{43}"), "prefix + 256 bits of base64url");
        assertEquals(PUBLIC_URL + "/scim/v2", panel.getString("baseUrl"));
        assertEquals("userName", panel.getString("uniqueIdentifierField"));
        assertEquals(
                List.of("Push New Users", "Push Profile Updates", "Push Groups"),
                strings(panel.getJsonArray("provisioningActions")));
        assertEquals("HTTP Header", panel.getString("authenticationMode"));
        assertEquals("Bearer", panel.getString("tokenType"));
        assertEquals("SCIM connector base URL", panel.getJsonObject("labels").getString("baseUrl"));
        assertTrue(panel.getBoolean("scimEnabled"));

        JsonObject shownAgain =
                admin().get("api/v1/integrations/" + id + "/scim").json();
        assertFalse(shownAgain.containsKey("token"), "the token is shown exactly once");
        assertEquals(token.substring(0, 9) + "…", shownAgain.getString("tokenHint"));
        assertNotNull(shownAgain.getString("tokenCreatedAt"));
        assertEquals(PUBLIC_URL + "/scim/v2", shownAgain.getString("baseUrl"));

        Http scim = scim(token);
        Http.Reply user = scim.post("scim/v2/Users", userBody("jane@example.com", "Jane Doe"));
        assertEquals(201, user.status(), user.toString());
        String userId = user.json().getString("id");
        Http.Reply group = scim.post(
                "scim/v2/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                        + "\"displayName\":\"Finance\",\"members\":[{\"value\":\"" + userId + "\"}]}");
        assertEquals(201, group.status(), group.toString());
        String groupId = group.json().getString("id");

        JsonObject status = admin().get("api/v1/integrations/" + id).json();
        assertTrue(status.getBoolean("scimEnabled"));
        assertEquals(1, status.getJsonObject("users").getInt("active"));
        assertEquals(0, status.getJsonObject("users").getInt("inactive"));
        assertEquals(1, status.getInt("groups"));
        assertNotNull(status.getString("lastScimRequestAt", null), status.toString());

        JsonObject users = admin().get("api/v1/integrations/" + id + "/users").json();
        assertEquals(1, users.getInt("totalResults"));
        assertEquals(
                "jane@example.com", users.getJsonArray("items").getJsonObject(0).getString("userName"));
        JsonObject userDetail =
                admin().get("api/v1/integrations/" + id + "/users/" + userId).json();
        assertEquals(
                "Finance", userDetail.getJsonArray("groups").getJsonObject(0).getString("displayName"));
        assertEquals(userId, userDetail.getJsonObject("resource").getString("id"));
        JsonObject groupDetail =
                admin().get("api/v1/integrations/" + id + "/groups/" + groupId).json();
        assertEquals(1, groupDetail.getJsonObject("group").getInt("memberCount"));
        assertEquals(
                userId,
                groupDetail
                        .getJsonObject("members")
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("id"));

        List<JsonObject> events = events("api/v1/integrations/" + id + "/events?count=500");
        JsonObject regenerated = only(events, "TOKEN_REGENERATED");
        assertEquals("admin", regenerated.getString("actor"));
        assertEquals("admin", only(events, "INTEGRATION_CREATED").getString("actor"));
        assertEquals("admin", only(events, "SCIM_ENABLED").getString("actor"));
        assertEquals(userId, only(events, "USER_CREATED").getString("resourceId"));
        JsonObject membersAdded = only(events, "GROUP_MEMBERS_ADDED");
        assertEquals(groupId, membersAdded.getString("resourceId"));
        assertTrue(membersAdded.get("changes").toString().contains(userId), membersAdded.toString());
    }

    /**
     * Concurrent SCIM writes share commits (roster.db.shared-commit): whichever writes end up together, each
     * request gets its own outcome, a conflict fails only its own request, and the log names each request's
     * own client.
     */
    @Test
    void concurrentWritesEachKeepTheirOwnOutcomeAndOrigin() throws Exception {
        String id = createIntegration("Concurrent", "okta");
        Http scim = scim(saveScim(id));
        int writers = 24;
        String stem = "concurrent-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<Http.Reply>> replies = new ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < writers; i++) {
                // The last two ask for the same userName: exactly one of them may have it.
                String userName = stem + "-" + Math.min(i, writers - 2) + "@example.com";
                Map<String, String> headers = Map.of("User-Agent", "client-" + i, "Content-Type", JSON);
                replies.add(pool.submit(() -> {
                    start.await();
                    return scim.send("POST", "scim/v2/Users", userBody(userName, "Concurrent " + userName), headers);
                }));
            }
            start.countDown();
            Map<String, Integer> statusByAgent = new HashMap<>();
            for (int i = 0; i < writers; i++) {
                statusByAgent.put("client-" + i, replies.get(i).get().status());
            }
            for (int i = 0; i < writers - 2; i++) {
                assertEquals(201, statusByAgent.get("client-" + i), "client-" + i + ": " + statusByAgent);
            }
            List<Integer> duplicates =
                    List.of(statusByAgent.get("client-" + (writers - 2)), statusByAgent.get("client-" + (writers - 1)));
            assertTrue(
                    duplicates.contains(201) && duplicates.contains(409),
                    "one of the same userName wins: " + duplicates);
        } finally {
            pool.shutdownNow();
        }

        List<JsonObject> created = events("api/v1/integrations/" + id + "/events?operation=USER_CREATED&count=500");
        assertEquals(writers - 1, created.size(), created::toString);
        for (JsonObject event : created) {
            String userName = event.getString("resourceName");
            String agent = event.getString("userAgent");
            int client = Integer.parseInt(agent.substring("client-".length()));
            assertEquals(
                    stem + "-" + Math.min(client, writers - 2) + "@example.com",
                    userName,
                    "each create is logged with the client that sent it: " + event);
        }
        JsonObject listed = scim.get("scim/v2/Users?filter=" + encode("userName sw \"" + stem + "\"") + "&count=0")
                .json();
        assertEquals(writers - 1, listed.getInt("totalResults"), listed.toString());
    }

    @Test
    void entraPanelUsesEntraWords() {
        String id = createIntegration("Entra", "entra");
        JsonObject panel =
                admin().post("api/v1/integrations/" + id + "/scim", null).json();
        JsonObject entra = panel.getJsonObject("entra");
        assertEquals(PUBLIC_URL + "/scim/v2", entra.getString("tenantUrl"));
        assertEquals(panel.getString("token"), entra.getString("secretToken"));
        assertEquals("Tenant URL", panel.getJsonObject("labels").getString("baseUrl"));
        assertEquals("Secret Token", panel.getJsonObject("labels").getString("token"));
        assertFalse(admin().get("api/v1/integrations/" + id + "/scim")
                .json()
                .getJsonObject("entra")
                .containsKey("secretToken"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Token lifecycle

    @Test
    void saveAgainRegeneratesAndTheOldTokenStopsAtOnce() {
        String id = createIntegration("Regenerate", "okta");
        String first = saveScim(id);
        assertEquals(200, scim(first).get("scim/v2/Users").status());

        String second = saveScim(id);
        assertEquals(401, scim(first).get("scim/v2/Users").status(), "the previous token stops at once");
        assertEquals(200, scim(second).get("scim/v2/Users").status());
    }

    @Test
    void rotationKeepsThePreviousTokenForItsGraceThenEndsIt() {
        String id = createIntegration("Rotate", "generic");
        String old = saveScim(id);

        assertEquals(
                400,
                admin().post("api/v1/integrations/" + id + "/scim/rotate", "{\"graceSeconds\":604801}")
                        .status());
        assertEquals(
                400,
                admin().post("api/v1/integrations/" + id + "/scim/rotate", "{\"graceSeconds\":-1}")
                        .status());

        Http.Reply rotated = admin().post("api/v1/integrations/" + id + "/scim/rotate", "{\"graceSeconds\":2}");
        assertEquals(200, rotated.status(), rotated.toString());
        String fresh = rotated.json().getString("token");
        JsonArray previous =
                admin().get("api/v1/integrations/" + id + "/scim").json().getJsonArray("previousTokens");
        assertEquals(old.substring(0, 9) + "…", previous.getJsonObject(0).getString("hint"));
        assertEquals(200, scim(fresh).get("scim/v2/Users").status());

        awaitStatus(401, () -> scim(old).get("scim/v2/Users").status(), "the old token ends with its grace");
        assertEquals(200, scim(fresh).get("scim/v2/Users").status(), "the new token goes on");
        JsonObject rotation =
                only(events("api/v1/integrations/" + id + "/events?operation=TOKEN_ROTATED"), "TOKEN_ROTATED");
        assertEquals("admin", rotation.getString("actor"));
    }

    @Test
    void disablingStopsEveryTokenOfTheIntegration() {
        String id = createIntegration("Disable", "okta");
        String token = saveScim(id);
        String clientSecret = admin().post("api/v1/integrations/" + id + "/oauth-client", "{}")
                .json()
                .getString("clientSecret");
        String accessToken = accessToken(id, clientSecret);
        assertEquals(200, scim(accessToken).get("scim/v2/Users").status());

        assertEquals(204, admin().delete("api/v1/integrations/" + id + "/scim").status());
        assertEquals(401, scim(token).get("scim/v2/Users").status());
        assertEquals(401, scim(accessToken).get("scim/v2/Users").status());
        assertFalse(admin().get("api/v1/integrations/" + id).json().getBoolean("scimEnabled"));
        Http.Reply refused = tokenRequest(id, basicClient(id, clientSecret), "grant_type=client_credentials");
        assertEquals(400, refused.status());
        assertEquals("unauthorized_client", refused.json().getString("error"));
        assertEquals(
                409,
                admin().post("api/v1/integrations/" + id + "/scim/rotate", "{\"graceSeconds\":0}")
                        .status());

        String again = saveScim(id);
        assertEquals(200, scim(again).get("scim/v2/Users").status(), "Save enables provisioning again");
        assertEquals(401, scim(token).get("scim/v2/Users").status(), "with a new token only");
    }

    /**
     * The token from roster.scim.token (it-static-token on this server) is a token of `default` like any other:
     * the panel describes it without revealing it, and Save ends it at once. The only test here that touches
     * `default`. Rotate and disable end it too, and restarts do not bring it back: ConfiguredTokenRestartIT,
     * which restarts its own node.
     */
    @Test
    void saveEndsTheConfiguredTokenLikeAnyOther() {
        Http configured = scim(CONFIGURED_TOKEN);
        assertEquals(200, configured.get("scim/v2/Users").status(), "applied at start");
        JsonObject panel = admin().get("api/v1/integrations/default/scim").json();
        assertTrue(panel.getBoolean("scimEnabled"));
        assertEquals("roster.scim.token", panel.getJsonObject("configuredToken").getString("hint"), panel.toString());
        assertNotNull(panel.getJsonObject("configuredToken").getString("createdAt"));
        assertFalse(
                panel.toString().contains(CONFIGURED_TOKEN.substring(0, 5)), "not even the value's beginning is shown");

        String saved = saveScim("default");
        assertEquals(401, configured.get("scim/v2/Users").status(), "Save ends the configured token at once");
        assertEquals(200, scim(saved).get("scim/v2/Users").status());
        assertFalse(admin().get("api/v1/integrations/default/scim").json().containsKey("configuredToken"));
        JsonObject regenerated =
                only(events("api/v1/integrations/default/events?operation=TOKEN_REGENERATED"), "TOKEN_REGENERATED");
        assertEquals(1, regenerated.getJsonObject("changes").getInt("revokedTokens"), regenerated.toString());
        JsonObject applied = only(
                events("api/v1/integrations/default/events?operation=CONFIGURED_TOKEN_APPLIED"),
                "CONFIGURED_TOKEN_APPLIED");
        assertEquals("roster.scim.token", applied.getString("actor"), "the start that applied it is in the log");
    }

    // ----------------------------------------------------------------------------------------------------
    // OAuth 2.0 client credentials

    @Test
    void clientCredentialsGrantIssuesAccessTokensThatWorkOnScimAndExpire() {
        String id = createIntegration("OAuth", "okta");
        saveScim(id);
        Http.Reply client = admin().post("api/v1/integrations/" + id + "/oauth-client", "{}");
        assertEquals(200, client.status(), client.toString());
        String secret = client.json().getString("clientSecret");
        assertTrue(secret.matches("rscs_[A-Za-z0-9_-]{43}"));
        assertEquals(id, client.json().getString("clientId"));
        assertEquals(
                PUBLIC_URL + "/oauth/v1/integrations/" + id + "/token",
                client.json().getString("tokenEndpoint"));
        assertFalse(admin().get("api/v1/integrations/" + id + "/oauth-client")
                .json()
                .containsKey("clientSecret"));

        Http.Reply granted = tokenRequest(id, basicClient(id, secret), "grant_type=client_credentials");
        assertEquals(200, granted.status(), granted.toString());
        assertEquals("no-store", granted.header("Cache-Control"));
        assertTrue(granted.header("Content-Type").startsWith(JSON));
        assertEquals("Bearer", granted.json().getString("token_type"));
        assertEquals(3600, granted.json().getInt("expires_in"));
        String accessToken = granted.json().getString("access_token");
        assertTrue(accessToken.startsWith("rsat_"));
        assertEquals(
                201,
                scim(accessToken)
                        .post("scim/v2/Users", userBody("oauth@example.com", "OAuth User"))
                        .status());

        Http.Reply inBody = tokenRequest(
                id,
                null,
                "grant_type=client_credentials&client_id=" + id + "&client_secret="
                        + URLEncoder.encode(secret, StandardCharsets.UTF_8));
        assertEquals(200, inBody.status(), "client_secret_post works too");

        Http.Reply wrongSecret = tokenRequest(id, basicClient(id, secret + "x"), "grant_type=client_credentials");
        assertEquals(401, wrongSecret.status());
        assertEquals("invalid_client", wrongSecret.json().getString("error"));
        assertTrue(wrongSecret.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(
                401,
                tokenRequest(id, basicClient("someone-else", secret), "grant_type=client_credentials")
                        .status());

        Http.Reply wrongGrant = tokenRequest(id, basicClient(id, secret), "grant_type=password&username=a&password=b");
        assertEquals(400, wrongGrant.status());
        assertEquals("unsupported_grant_type", wrongGrant.json().getString("error"));
        Http.Reply noGrant = tokenRequest(id, basicClient(id, secret), "");
        assertEquals(400, noGrant.status());
        assertEquals("invalid_request", noGrant.json().getString("error"));
        Http.Reply twoMethods =
                tokenRequest(id, basicClient(id, secret), "grant_type=client_credentials&client_secret=x");
        assertEquals("invalid_request", twoMethods.json().getString("error"));
        Http.Reply repeated = tokenRequest(
                id, basicClient(id, secret), "grant_type=client_credentials&grant_type=client_credentials");
        assertEquals("invalid_request", repeated.json().getString("error"));
        Http.Reply asJson = app().send(
                        "POST",
                        "oauth/v1/integrations/" + id + "/token",
                        "{\"grant_type\":\"client_credentials\"}",
                        Map.of("Content-Type", JSON, "Authorization", basicClient(id, secret)));
        assertEquals(400, asJson.status());
        assertEquals("invalid_request", asJson.json().getString("error"));

        // A new secret with a one-second token lifetime: the old secret and its tokens end at once.
        String shortLived = admin().post(
                        "api/v1/integrations/" + id + "/oauth-client", "{\"accessTokenLifetimeSeconds\":1}")
                .json()
                .getString("clientSecret");
        assertEquals(401, scim(accessToken).get("scim/v2/Users").status(), "tokens of the replaced secret are revoked");
        assertEquals(
                401,
                tokenRequest(id, basicClient(id, secret), "grant_type=client_credentials")
                        .status());
        Http.Reply brief = tokenRequest(id, basicClient(id, shortLived), "grant_type=client_credentials");
        assertEquals(1, brief.json().getInt("expires_in"));
        String briefToken = brief.json().getString("access_token");
        awaitStatus(401, () -> scim(briefToken).get("scim/v2/Users").status(), "an expired access token is refused");
    }

    // ----------------------------------------------------------------------------------------------------
    // Import paging

    @Test
    void anImportPagesTheWholeDirectoryOnceAndADeletionBetweenCursorPagesSkipsNobody() {
        Http scim = scim(saveScim(createIntegration("Import paging", "okta")));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(scim.post("scim/v2/Users", userBody("page" + i + "@import.example", "Page " + i))
                    .json()
                    .getString("id"));
        }
        List<String> listed = new ArrayList<>();
        for (int start = 1; start <= 7; start += 3) {
            listed.addAll(pageIds(scim, start, 3, 7));
        }
        assertEquals(created, listed, "every user once, in creation order");
        assertEquals(created.subList(3, 6), pageIds(scim, 4, 3, 7), "a page asked for again is the same page");

        // An IdP imports while users are deprovisioned: page 1, then a user on page 1 goes, then page 2.
        assertEquals(created.subList(0, 3), pageIds(scim, 1, 3, 7));
        assertEquals(204, scim.delete("scim/v2/Users/" + created.get(1)).status());
        assertEquals(
                created.subList(4, 7),
                pageIds(scim, 4, 3, 6),
                "by startIndex, page 2 is what index 4 holds now " + "(RFC 7644 3.4.2.4, issue 12): the deletion moved "
                        + created.get(3) + " to page 1");
        assertEquals(
                List.of(created.get(0), created.get(2), created.get(3)),
                pageIds(scim, 1, 3, 6),
                "a first page is always counted from the start");

        // By cursor (RFC 9865) the walk goes on after page 1's last user, whatever went meanwhile.
        JsonObject first = scim.get("scim/v2/Users?count=3&cursor=").json();
        assertEquals(List.of(created.get(0), created.get(2), created.get(3)), ids(first));
        assertEquals(204, scim.delete("scim/v2/Users/" + created.get(2)).status());
        JsonObject second = scim.get("scim/v2/Users?count=3&cursor=" + first.getString("nextCursor"))
                .json();
        assertEquals(created.subList(4, 7), ids(second), "nobody skipped");
        assertFalse(second.containsKey("nextCursor"), "the last page");
    }

    private static List<String> ids(JsonObject list) {
        return list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("id"))
                .toList();
    }

    private static List<String> pageIds(Http scim, int startIndex, int count, int expectedTotal) {
        JsonObject page = scim.get("scim/v2/Users?startIndex=" + startIndex + "&count=" + count)
                .json();
        assertEquals(expectedTotal, page.getInt("totalResults"), "totalResults of page " + startIndex);
        assertEquals(startIndex, page.getInt("startIndex"));
        return page.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("id"))
                .toList();
    }

    // ----------------------------------------------------------------------------------------------------
    // Isolation

    @Test
    void oneIntegrationsTokenNeverReachesAnotherIntegrationsDirectory() {
        String a = createIntegration("Tenant A", "okta");
        String b = createIntegration("Tenant B", "entra");
        Http scimA = scim(saveScim(a));
        Http scimB = scim(saveScim(b));
        String bUser = scimB.post("scim/v2/Users", userBody("bob@b.example", "Bob B"))
                .json()
                .getString("id");
        String bGroup = scimB.post(
                        "scim/v2/Groups",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                                + "\"displayName\":\"B team\"}")
                .json()
                .getString("id");
        assertEquals(
                201,
                scimA.post("scim/v2/Users", userBody("alice@a.example", "Alice A"))
                        .status());

        String patch = "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"hijacked\"}]}";
        assertEquals(404, scimA.get("scim/v2/Users/" + bUser).status());
        assertEquals(
                404,
                scimA.put("scim/v2/Users/" + bUser, userBody("bob@b.example", "hijacked"))
                        .status());
        assertEquals(404, scimA.patch("scim/v2/Users/" + bUser, patch).status());
        assertEquals(404, scimA.delete("scim/v2/Users/" + bUser).status());
        assertEquals(404, scimA.get("scim/v2/Groups/" + bGroup).status());
        assertEquals(
                404,
                scimA.put(
                                "scim/v2/Groups/" + bGroup,
                                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                                        + "\"displayName\":\"hijacked\"}")
                        .status());
        assertEquals(404, scimA.patch("scim/v2/Groups/" + bGroup, patch).status());
        assertEquals(404, scimA.delete("scim/v2/Groups/" + bGroup).status());

        JsonObject aUsers = scimA.get("scim/v2/Users?filter=" + encode("userName eq \"bob@b.example\""))
                .json();
        assertEquals(0, aUsers.getInt("totalResults"));
        JsonObject aAll = scimA.get("scim/v2/Users").json();
        assertEquals(1, aAll.getInt("totalResults"));
        assertEquals(0, scimA.get("scim/v2/Groups").json().getInt("totalResults"));

        JsonObject bobStill = scimB.get("scim/v2/Users/" + bUser).json();
        assertEquals("Bob B", bobStill.getString("displayName"), "nothing of B changed");
        assertEquals(200, scimB.get("scim/v2/Groups/" + bGroup).status());
        assertEquals(
                404,
                admin().get("api/v1/integrations/" + a + "/users/" + bUser).status(),
                "the admin views are scoped by integration too");
    }

    // ----------------------------------------------------------------------------------------------------
    // The provisioning log

    @Test
    void provisioningLogHoldsNoTokenOrPassword() {
        String id = createIntegration("Secrets", "okta");
        String token = saveScim(id);
        String rotated = admin().post("api/v1/integrations/" + id + "/scim/rotate", "{\"graceSeconds\":60}")
                .json()
                .getString("token");
        String clientSecret = admin().post("api/v1/integrations/" + id + "/oauth-client", "{}")
                .json()
                .getString("clientSecret");
        String accessToken = accessToken(id, clientSecret);
        String userPassword = "Pw-" + UUID.randomUUID();
        Http.Reply created = scim(rotated)
                .post(
                        "scim/v2/Users",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],"
                                + "\"userName\":\"pw@example.com\",\"password\":\"" + userPassword
                                + "\",\"active\":true}");
        assertEquals(201, created.status(), created.toString());
        String wrongAdminPassword = "wrong-" + UUID.randomUUID();
        assertEquals(
                401,
                basicAs("admin", wrongAdminPassword).get("api/v1/integrations").status());
        assertEquals(
                401,
                app().send(
                                "POST",
                                "api/v1/session",
                                "{\"username\":\"admin\",\"password\":\"" + wrongAdminPassword + "\"}",
                                Map.of("Content-Type", JSON))
                        .status());
        String badToken = "rsct_" + UUID.randomUUID();
        assertEquals(401, scim(badToken).get("scim/v2/Users").status());
        assertEquals(
                401,
                tokenRequest(id, basicClient(id, "rscs_guess-" + UUID.randomUUID()), "grant_type=client_credentials")
                        .status());

        List<JsonObject> events = events("api/v1/events?count=500");
        assertFalse(events.isEmpty());
        String everything = events.toString();
        for (String secret : List.of(
                token,
                rotated,
                clientSecret,
                accessToken,
                userPassword,
                wrongAdminPassword,
                ADMIN_PASSWORD,
                badToken)) {
            assertFalse(everything.contains(secret), "the log must not contain " + secret.substring(0, 6) + "…");
        }
        assertTrue(events.stream().anyMatch(e -> e.getString("operation").equals("ADMIN_LOGIN_FAILED")));
        JsonObject badTokenEvent = events.stream()
                .filter(e -> e.getString("operation").equals("REQUEST_REJECTED")
                        && !e.containsKey("integrationId")
                        && e.getInt("status") == 401)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a rejected request without integration is logged"));
        assertEquals("rejected", badTokenEvent.getString("outcome"));
        assertTrue(badTokenEvent.getString("detail").contains("bearer token"), badTokenEvent.toString());
    }

    @Test
    void eventsCanBeFilteredAndPaged() {
        String id = createIntegration("Log filters", "generic");
        Http scim = scim(saveScim(id));
        String first = scim.post("scim/v2/Users", userBody("one@example.com", "One"))
                .json()
                .getString("id");
        scim.post("scim/v2/Users", userBody("two@example.com", "Two"));
        assertEquals(
                409,
                scim.post("scim/v2/Users", userBody("two@example.com", "Two again"))
                        .status());
        String path = "api/v1/integrations/" + id + "/events";

        JsonObject created = admin().get(path + "?operation=USER_CREATED").json();
        assertEquals(2, created.getInt("totalResults"));
        JsonArray newestFirst = created.getJsonArray("items");
        assertTrue(
                newestFirst
                                .getJsonObject(0)
                                .getString("occurredAt")
                                .compareTo(newestFirst.getJsonObject(1).getString("occurredAt"))
                        >= 0,
                "newest first");
        assertEquals(
                1,
                admin().get(path + "?operation=user_created&page=2&size=1")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(1, admin().get(path + "?resourceId=" + first).json().getInt("totalResults"));
        JsonObject rejected = admin().get(path + "?outcome=rejected").json();
        assertEquals(1, rejected.getInt("totalResults"));
        assertEquals(409, rejected.getJsonArray("items").getJsonObject(0).getInt("status"));
        assertEquals(0, admin().get(path + "?until=2000-01-01").json().getInt("totalResults"));
        assertTrue(admin().get(path + "?since=2000-01-01T00:00:00Z&resourceType=User")
                        .json()
                        .getInt("totalResults")
                >= 2);
        assertEquals(400, admin().get(path + "?since=yesterday").status());
        assertEquals(400, admin().get(path + "?outcome=maybe").status());
        assertEquals(400, admin().get(path + "?operation=NOPE").status());
        JsonObject status = admin().get("api/v1/integrations/" + id).json();
        assertTrue(status.getString("lastError").contains("userName"), status.toString());
        assertNotNull(status.getString("lastErrorAt"));
    }

    // ----------------------------------------------------------------------------------------------------
    // Directory views

    @Test
    void directoryViewsFilterSearchAndPageInTheDatabase() {
        String id = createIntegration("Browse", "okta");
        Http scim = scim(saveScim(id));
        List<String> ids = new ArrayList<>();
        for (String name : List.of("anna", "bert", "carl")) {
            ids.add(scim.post("scim/v2/Users", userBody(name + "@example.com", name.toUpperCase() + " Example"))
                    .json()
                    .getString("id"));
        }
        scim.patch(
                "scim/v2/Users/" + ids.get(2),
                "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                        + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":false}}]}");
        String groupId = scim.post(
                        "scim/v2/Groups",
                        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                                + "\"displayName\":\"Everyone\",\"members\":[{\"value\":\"" + ids.get(0)
                                + "\"},{\"value\":\""
                                + ids.get(1) + "\"},{\"value\":\"" + ids.get(2) + "\"}]}")
                .json()
                .getString("id");
        String users = "api/v1/integrations/" + id + "/users";

        assertEquals(3, admin().get(users).json().getInt("totalResults"));
        assertEquals(1, admin().get(users + "?active=false").json().getInt("totalResults"));
        assertEquals(2, admin().get(users + "?active=true").json().getInt("totalResults"));
        assertEquals(
                "bert@example.com",
                admin().get(users + "?q=BERT")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("userName"));
        assertEquals(
                1,
                admin().get(users + "?filter=" + encode("userName sw \"an\""))
                        .json()
                        .getInt("totalResults"));
        JsonObject secondPage = admin().get(users + "?page=2&size=2").json();
        assertEquals(3, secondPage.getInt("totalResults"));
        assertEquals(3, secondPage.getInt("startIndex"));
        assertEquals(1, secondPage.getJsonArray("items").size());
        assertEquals(
                2,
                admin().get(users + "?startIndex=2&count=5")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                400, admin().get(users + "?filter=" + encode("userName eq")).status());
        assertEquals(PROBLEM, mediaType(admin().get(users + "?filter=" + encode("userName eq"))));
        assertEquals(400, admin().get(users + "?page=1&count=2").status());

        JsonObject group = admin().get(
                        "api/v1/integrations/" + id + "/groups/" + groupId + "?membersStart=2&membersCount=1")
                .json();
        assertEquals(3, group.getJsonObject("group").getInt("memberCount"));
        JsonObject members = group.getJsonObject("members");
        assertEquals(3, members.getInt("totalResults"));
        assertEquals(2, members.getInt("startIndex"));
        assertEquals(1, members.getJsonArray("items").size());
        JsonObject groups =
                admin().get("api/v1/integrations/" + id + "/groups?q=every").json();
        assertEquals(1, groups.getInt("totalResults"));
        assertEquals(3, groups.getJsonArray("items").getJsonObject(0).getInt("memberCount"));
        assertEquals(
                404,
                admin().get("api/v1/integrations/" + id + "/groups/" + UUID.randomUUID())
                        .status());
        assertEquals(
                404,
                admin().get("api/v1/integrations/no-such-integration/users").status());
    }

    // ----------------------------------------------------------------------------------------------------
    // Integrations: change and delete

    @Test
    void patchChangesNameAndIdpAndLogsIt() {
        String id = createIntegration("Before", "okta");
        Http.Reply changed = admin().patch("api/v1/integrations/" + id, "{\"name\":\"After\",\"idp\":\"entra\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("After", changed.json().getString("name"));
        assertEquals("entra", changed.json().getString("idp"));
        assertEquals(id, changed.json().getString("id"), "the id stays");
        assertEquals(
                400,
                admin().patch("api/v1/integrations/" + id, "{\"idp\":\"ldap\"}").status());
        assertEquals(400, admin().patch("api/v1/integrations/" + id, "{}").status());
        JsonObject updated = only(
                events("api/v1/integrations/" + id + "/events?operation=INTEGRATION_UPDATED"), "INTEGRATION_UPDATED");
        assertEquals(
                "Before", updated.getJsonObject("changes").getJsonObject("name").getString("before"));
        assertTrue(admin().get("api/v1/integrations").json().getJsonArray("items").stream()
                .anyMatch(i -> i.asJsonObject().getString("id").equals(id)));
    }

    @Test
    void deletingAnIntegrationDeletesItsDirectoryAndCredentials() {
        String id = createIntegration("Short-lived", "okta");
        String token = saveScim(id);
        Http scim = scim(token);
        String userId = scim.post("scim/v2/Users", userBody("gone@example.com", "Gone"))
                .json()
                .getString("id");
        scim.post(
                "scim/v2/Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],"
                        + "\"displayName\":\"Gone group\",\"members\":[{\"value\":\"" + userId + "\"}]}");

        assertEquals(204, admin().delete("api/v1/integrations/" + id).status());
        assertEquals(401, scim.get("scim/v2/Users").status(), "its token is gone");
        assertEquals(404, admin().get("api/v1/integrations/" + id).status());
        assertEquals(404, admin().get("api/v1/integrations/" + id + "/users").status());
        assertEquals(404, admin().delete("api/v1/integrations/" + id).status());

        JsonObject deleted = only(
                events("api/v1/events?integrationId=" + id + "&operation=INTEGRATION_DELETED"), "INTEGRATION_DELETED");
        assertEquals(1, deleted.getJsonObject("changes").getInt("deletedUsers"));
        assertEquals(1, deleted.getJsonObject("changes").getInt("deletedGroups"));
        assertFalse(
                events("api/v1/events?integrationId=" + id + "&operation=USER_CREATED")
                        .isEmpty(),
                "events may stay");
    }

    // ----------------------------------------------------------------------------------------------------
    // Admin authentication

    @Test
    void basicAuthWithWrongPasswordIs401AndOnlyScriptsGetAChallenge() {
        Http.Reply wrong = basicAs("admin", "not-the-password").get("api/v1/integrations");
        assertEquals(401, wrong.status());
        assertEquals(PROBLEM, mediaType(wrong));
        assertEquals(401, wrong.json().getInt("status"));
        assertTrue(wrong.header("WWW-Authenticate").startsWith("Basic realm=\"roster-admin\""));
        assertEquals("no-store", wrong.header("Cache-Control"), "security headers on rejected requests too");
        assertEquals("nosniff", wrong.header("X-Content-Type-Options"));

        Http.Reply none = app().get("api/v1/integrations");
        assertEquals(401, none.status());
        assertNotNull(none.header("WWW-Authenticate"));
        Http.Reply console = app().get("api/v1/integrations", Map.of("X-Requested-With", "XMLHttpRequest"));
        assertEquals(401, console.status());
        assertNull(console.header("WWW-Authenticate"), "no browser password dialog for the console");

        assertEquals(200, admin().get("api/v1/integrations").status());
        assertEquals("basic", admin().get("api/v1/session").json().getString("authenticatedBy"));
    }

    @Test
    void repeatedFailedSignInsAreThrottled() {
        String username = "mallory-" + UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        Http.Reply last = null;
        // From an address of its own: loopback's budget across usernames (10) is shared by the other tests.
        Map<String, String> from = Map.of("X-Forwarded-For", "192.0.2.20");
        for (int attempt = 0; attempt < 9 && !statuses.contains(429); attempt++) {
            last = basicAs(username, "guess-" + attempt).get("api/v1/integrations", from);
            statuses.add(last.status());
        }
        assertEquals(List.of(401, 401, 401, 401, 401), statuses.subList(0, 5), statuses.toString());
        assertEquals(429, last.status(), statuses.toString());
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
        assertEquals("urn:roster:problem:sign-in-throttled", last.json().getString("type"));
    }

    @Test
    void consoleSessionNeedsTheCsrfTokenForChangesAndEndsOnSignOut() {
        Http.Reply wrong = app().send(
                        "POST",
                        "api/v1/session",
                        "{\"username\":\"admin\",\"password\":\"nope\"}",
                        Map.of("Content-Type", JSON));
        assertEquals(401, wrong.status());
        assertNull(wrong.header("WWW-Authenticate"));

        Http.Reply signIn = app().send(
                        "POST",
                        "api/v1/session",
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}",
                        Map.of("Content-Type", JSON));
        assertEquals(200, signIn.status(), signIn.toString());
        String setCookie = signIn.header("Set-Cookie");
        assertTrue(setCookie.startsWith("__Host-roster-session="), setCookie);
        assertTrue(
                setCookie.contains("HttpOnly")
                        && setCookie.contains("SameSite=Strict")
                        && setCookie.contains("Secure")
                        && setCookie.contains("Path=/"),
                setCookie);
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = signIn.json().getString("csrfToken");
        assertEquals("admin", signIn.json().getString("username"));
        assertEquals(1800, signIn.json().getInt("idleTimeoutSeconds"));

        Http session = app().withHeaders(Map.of("Cookie", cookie, "Content-Type", JSON));
        Http.Reply whoAmI = session.get("api/v1/session");
        assertEquals(200, whoAmI.status(), whoAmI.toString());
        assertEquals(csrf, whoAmI.json().getString("csrfToken"));
        assertNotNull(whoAmI.header("Set-Cookie"), "each request renews the idle timeout");
        assertEquals(200, session.get("api/v1/integrations").status());

        Http.Reply noCsrf = session.post("api/v1/integrations", "{\"name\":\"Via console\",\"idp\":\"okta\"}");
        assertEquals(403, noCsrf.status());
        assertEquals("urn:roster:problem:csrf", noCsrf.json().getString("type"));
        Http.Reply badCsrf = session.send(
                "POST",
                "api/v1/integrations",
                "{\"name\":\"Via console\",\"idp\":\"okta\"}",
                Map.of("X-CSRF-Token", csrf + "x"));
        assertEquals(403, badCsrf.status());
        Http.Reply crossSite = session.send(
                "POST",
                "api/v1/integrations",
                "{\"name\":\"Via console\",\"idp\":\"okta\"}",
                Map.of("X-CSRF-Token", csrf, "Origin", "https://evil.example"));
        assertEquals(403, crossSite.status());
        Http.Reply withCsrf = session.send(
                "POST",
                "api/v1/integrations",
                "{\"name\":\"Via console\",\"idp\":\"okta\"}",
                Map.of("X-CSRF-Token", csrf, "Origin", PUBLIC_URL));
        assertEquals(201, withCsrf.status(), withCsrf.toString());
        String id = withCsrf.json().getString("id");
        assertEquals(
                "admin",
                only(events("api/v1/integrations/" + id + "/events"), "INTEGRATION_CREATED")
                        .getString("actor"));

        assertEquals(403, session.delete("api/v1/session").status(), "sign-out is a change too");
        Http.Reply signOut = session.send("DELETE", "api/v1/session", null, Map.of("X-CSRF-Token", csrf));
        assertEquals(204, signOut.status());
        assertTrue(signOut.header("Set-Cookie").contains("Max-Age=0"));
        Http.Reply after = session.get("api/v1/integrations");
        assertEquals(401, after.status(), "the signed-out cookie is refused even though its signature is valid");
        assertNull(after.header("WWW-Authenticate"));

        Http forged = app().withHeaders(Map.of("Cookie", "__Host-roster-session=v1.AAAA.BBBB"));
        assertEquals(401, forged.get("api/v1/integrations").status());
    }

    /**
     * The race of issue 12: the throttle was read before any failure was written, so 16 guesses sent at once
     * all reached the password check. Now each is counted before its check: at most the policy's 5 are checked.
     */
    @Test
    void sixteenConcurrentWrongPasswordsGetAtMostFiveChecks() throws Exception {
        Http from = app().withHeaders(Map.of("X-Forwarded-For", "192.0.2.16"));
        List<Integer> statuses = concurrently(
                16,
                attempt -> from.get(
                                "api/v1/integrations",
                                Map.of("Authorization", basic("admin", "guess-" + attempt + "-" + UUID.randomUUID())))
                        .status());
        long checked = statuses.stream().filter(s -> s == 401).count();
        assertTrue(checked >= 1 && checked <= 5, "401s: " + statuses);
        assertEquals(16 - checked, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
    }

    @Test
    void rotatingUsernamesFromOneAddressIsThrottled() {
        Http from = app().withHeaders(Map.of("X-Forwarded-For", "192.0.2.30", "Content-Type", JSON));
        List<Integer> statuses = new ArrayList<>();
        Http.Reply last = null;
        for (int attempt = 0; attempt < 12 && !statuses.contains(429); attempt++) {
            last = from.post(
                    "api/v1/session",
                    "{\"username\":\"user-" + attempt + "-" + UUID.randomUUID() + "\",\"password\":\"guess\"}");
            statuses.add(last.status());
        }
        assertEquals(
                Collections.nCopies(10, 401), statuses.subList(0, Math.min(10, statuses.size())), statuses.toString());
        assertEquals(429, last.status(), statuses.toString());
        assertEquals("urn:roster:problem:sign-in-throttled", last.json().getString("type"));
        assertTrue(Integer.parseInt(last.header("Retry-After")) >= 1);
    }

    /** Per-username throttling must not become a way to lock the real admin out from wherever they are. */
    @Test
    void theAdminSignsInFromAnotherAddressWhileOneIsLockedOut() {
        Http attacker = app().withHeaders(Map.of("X-Forwarded-For", "192.0.2.40"));
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(
                    401,
                    attacker.get("api/v1/integrations", Map.of("Authorization", basic("admin", "guess-" + attempt)))
                            .status());
        }
        assertEquals(
                429,
                attacker.get("api/v1/integrations", Map.of("Authorization", basic("admin", "guess-5")))
                        .status());
        assertEquals(
                429,
                attacker.get("api/v1/integrations", Map.of("Authorization", basic("admin", ADMIN_PASSWORD)))
                        .status(),
                "while locked out even the right password is not checked: the answer tells a guesser nothing");

        Http elsewhere = app().withHeaders(Map.of("X-Forwarded-For", "198.51.100.41", "Content-Type", JSON));
        assertEquals(
                200,
                elsewhere
                        .get("api/v1/integrations", Map.of("Authorization", basic("admin", ADMIN_PASSWORD)))
                        .status());
        Http.Reply signIn =
                elsewhere.post("api/v1/session", "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertEquals(200, signIn.status(), signIn.toString());
    }

    /** Behind a trusted proxy (the test server trusts loopback), the log names the forwarded client. */
    @Test
    void theLogNamesTheClientATrustedProxyForwarded() {
        Http viaProxy = admin().withHeaders(Map.of("X-Forwarded-For", "203.0.113.250, 198.51.100.77"));
        Http.Reply created = viaProxy.post("api/v1/integrations", "{\"name\":\"Behind a proxy\",\"idp\":\"okta\"}");
        assertEquals(201, created.status(), created.toString());
        JsonObject event = only(
                events("api/v1/integrations/" + created.json().getString("id") + "/events"), "INTEGRATION_CREATED");
        assertEquals(
                "198.51.100.77", event.getString("sourceAddress"), "the right-most address, not what the client wrote");

        String username = "forwarded-" + UUID.randomUUID();
        assertEquals(
                401,
                app().send(
                                "POST",
                                "api/v1/session",
                                "{\"username\":\"" + username + "\",\"password\":\"x\"}",
                                Map.of("Content-Type", JSON, "Forwarded", "for=\"[2001:db8::77]:4711\";proto=https"))
                        .status());
        JsonObject failed = events("api/v1/events?operation=ADMIN_LOGIN_FAILED&count=500").stream()
                .filter(e -> e.getString("detail", "").contains(username))
                .findFirst()
                .orElseThrow();
        assertEquals("2001:db8:0:0:0:0:0:77", failed.getString("sourceAddress"));
    }

    /**
     * A password hash stored at 120,000 PBKDF2 iterations (before issue 12) still signs in, and is replaced
     * by one at 600,000 at that sign-in; the session it starts is valid under the new hash. The test writes the
     * old hash into the server's database, which it can reach only on the PostgreSQL run.
     */
    @Test
    void aPasswordHashOfOlderParametersIsUpgradedAtSignIn() throws Exception {
        String url = System.getProperty("roster.it.db.url", "");
        Assumptions.assumeTrue(
                url.startsWith("jdbc:postgresql:"),
                "needs the server's database from outside: runs on the PostgreSQL run of the suite");
        try (Connection db = DriverManager.getConnection(
                url, System.getProperty("roster.it.db.user"), System.getProperty("roster.it.db.password", ""))) {
            try (PreparedStatement update =
                    db.prepareStatement("UPDATE admin_account SET password_hash = ? WHERE username = 'admin'")) {
                update.setString(1, pbkdf2(ADMIN_PASSWORD, 120_000));
                assertEquals(1, update.executeUpdate());
            }
            Http.Reply signIn = app().send(
                            "POST",
                            "api/v1/session",
                            "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}",
                            Map.of("Content-Type", JSON));
            assertEquals(200, signIn.status(), signIn.toString());
            String cookie = signIn.header("Set-Cookie")
                    .substring(0, signIn.header("Set-Cookie").indexOf(';'));
            assertEquals(
                    200,
                    app().get("api/v1/session", Map.of("Cookie", cookie)).status(),
                    "the new session carries the new hash's stamp");
            try (var rows = db.createStatement()
                    .executeQuery("SELECT password_hash FROM admin_account WHERE username = 'admin'")) {
                assertTrue(rows.next());
                assertTrue(rows.getString(1).startsWith("PBKDF2WithHmacSHA256:600000:"), rows.getString(1));
            }
            assertEquals(200, admin().get("api/v1/integrations").status());
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Errors, headers, documentation

    @Test
    void adminErrorsAreProblemDetailsAndResponsesAreNotCached() {
        Http.Reply missing = admin().get("api/v1/integrations/no-such-id");
        assertEquals(404, missing.status());
        assertEquals(PROBLEM, mediaType(missing));
        JsonObject problem = missing.json();
        assertEquals("about:blank", problem.getString("type"));
        assertEquals("Not Found", problem.getString("title"));
        assertEquals(404, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("no-such-id"));
        assertEquals("nosniff", missing.header("X-Content-Type-Options"));
        assertEquals("no-store", missing.header("Cache-Control"));

        Http.Reply badIdp = admin().post("api/v1/integrations", "{\"name\":\"X\",\"idp\":\"ldap\"}");
        assertEquals(400, badIdp.status());
        assertEquals(PROBLEM, mediaType(badIdp));
        assertEquals(
                400, admin().post("api/v1/integrations", "{\"idp\":\"okta\"}").status());
        Http.Reply malformed = admin().post("api/v1/integrations", "{\"name\":");
        assertEquals(400, malformed.status(), malformed.toString());
        assertEquals(PROBLEM, mediaType(malformed));
        Http.Reply unknownPath = admin().get("api/v1/nothing-here");
        assertEquals(404, unknownPath.status());
        assertEquals(PROBLEM, mediaType(unknownPath), "not the SCIM error format");
        Http.Reply wrongMethod = admin().send("PUT", "api/v1/integrations", "{}", Map.of());
        assertEquals(405, wrongMethod.status());
        assertEquals(PROBLEM, mediaType(wrongMethod));
    }

    /**
     * With an https public URL (the test server's), every answer of the application carries HSTS: success,
     * rejection and not-found alike. (Payara's own /health and /openapi are served outside the application.)
     */
    @Test
    void everyAnswerCarriesStrictTransportSecurity() {
        Map<String, Http.Reply> answers = new java.util.LinkedHashMap<>();
        answers.put("SCIM", scim("it-static-token").get("scim/v2/ServiceProviderConfig"));
        answers.put("SCIM 401", scim("rsct_wrong").get("scim/v2/Users"));
        answers.put("SCIM 404", scim("it-static-token").get("scim/v2/Users/no-such-user"));
        answers.put("admin API", admin().get("api/v1/integrations"));
        answers.put("admin API 401", app().get("api/v1/integrations"));
        answers.put("admin API 404", admin().get("api/v1/nothing-here"));
        answers.put("console", app().get("console/"));
        answers.put("unknown path", app().get("no-such-path"));
        assertEquals(200, answers.get("SCIM").status());
        assertEquals(401, answers.get("admin API 401").status());
        assertEquals(404, answers.get("unknown path").status());
        answers.forEach((what, reply) -> assertEquals(
                "max-age=31536000", reply.header("Strict-Transport-Security"), what + " (" + reply.status() + ")"));
    }

    @Test
    void openApiDocumentsTheAdminApiAndTheTokenEndpoint() {
        Http.Reply openapi =
                new Http(URI.create(base.toString()).resolve("/"), Map.of()).get("openapi", Map.of("Accept", JSON));
        assertEquals(200, openapi.status());
        JsonObject document = openapi.json();
        JsonObject paths = document.getJsonObject("paths");
        String all = paths.keySet().toString();
        for (String path : List.of(
                "/api/v1/integrations",
                "/api/v1/integrations/{id}",
                "/api/v1/integrations/{id}/scim",
                "/api/v1/integrations/{id}/scim/rotate",
                "/api/v1/integrations/{id}/oauth-client",
                "/api/v1/integrations/{id}/users",
                "/api/v1/integrations/{id}/groups/{groupId}",
                "/api/v1/integrations/{id}/events",
                "/api/v1/events",
                "/api/v1/session",
                "/oauth/v1/integrations/{id}/token")) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith(path)), path + " in " + all);
        }
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String schema : List.of("Problem", "Integration", "ScimSettings", "OAuthClient", "Event", "UserPage")) {
            assertTrue(schemas.containsKey(schema), schema + " in " + schemas.keySet());
        }
        JsonObject securitySchemes = document.getJsonObject("components").getJsonObject("securitySchemes");
        assertTrue(securitySchemes.containsKey("adminBasic") && securitySchemes.containsKey("adminSession"));
        assertTrue(openapi.body().contains("application/problem+json"));
    }

    /**
     * The directory lists take their search and paging parameters as fields, the provisioning log's endpoints read
     * theirs from the request as EventLogEndpoint documents them; each endpoint still documents every one.
     */
    @Test
    void openApiDocumentsEveryQueryParameterOfTheListEndpoints() {
        JsonObject paths = new Http(URI.create(base.toString()).resolve("/"), Map.of())
                .get("openapi", Map.of("Accept", JSON))
                .json()
                .getJsonObject("paths");
        List<String> directory = List.of("filter", "q", "sortBy", "sortOrder", "startIndex", "count", "page", "size");
        List<String> log = List.of(
                "since",
                "until",
                "operation",
                "resourceType",
                "resourceId",
                "outcome",
                "startIndex",
                "count",
                "page",
                "size");
        Map<String, List<String>> lists = Map.of(
                "/api/v1/integrations/{id}/users",
                concat(directory, "active"),
                "/api/v1/integrations/{id}/groups",
                directory,
                "/api/v1/integrations/{id}/events",
                log,
                "/api/v1/events",
                concat(log, "integrationId"));
        lists.forEach((path, expected) -> {
            String documented = paths.keySet().stream()
                    .filter(p -> p.endsWith(path))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(path + " in " + paths.keySet()));
            List<String> parameters = paths
                    .getJsonObject(documented)
                    .getJsonObject("get")
                    .getJsonArray("parameters")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(parameter -> "query".equals(parameter.getString("in")))
                    .map(parameter -> parameter.getString("name"))
                    .toList();
            assertEquals(Set.copyOf(expected), Set.copyOf(parameters), path);
            assertEquals(expected.size(), parameters.size(), path + " lists each parameter once: " + parameters);
        });
    }

    /**
     * The OpenAPI filter documents the refusals operations share, where the resource declares none of its own: 401
     * on every authenticated operation, 403 (cross-origin) on the admin's operations that change something, 404
     * where the path names something by id, 400 where a body is read; all as problem+json.
     */
    @Test
    void openApiDocumentsTheRefusalsOperationsShare() {
        JsonObject paths = new Http(URI.create(base.toString()).resolve("/"), Map.of())
                .get("openapi", Map.of("Accept", JSON))
                .json()
                .getJsonObject("paths");

        JsonObject accounts = responses(paths, "/api/v1/repositories/{id}/accounts", "get");
        assertTrue(accounts.containsKey("404"), "an id in the path: " + accounts.keySet());
        assertTrue(accounts.getJsonObject("404").getJsonObject("content").containsKey("application/problem+json"));
        assertTrue(accounts.containsKey("401"), "admin operation: " + accounts.keySet());
        assertFalse(accounts.containsKey("403"), "GET changes nothing: " + accounts.keySet());
        assertFalse(accounts.containsKey("400"), "no body: " + accounts.keySet());

        JsonObject account = responses(paths, "/api/v1/repositories/{id}/accounts/{accountId}", "patch");
        assertEquals(
                "Missing, malformed or invalid request body",
                account.getJsonObject("400").getString("description"));
        assertTrue(
                account.containsKey("403") && account.containsKey("404"),
                account.keySet().toString());

        JsonObject create = responses(paths, "/api/v1/integrations", "post");
        assertEquals(
                "Missing or invalid name or idp", create.getJsonObject("400").getString("description"));
        assertTrue(create.containsKey("403"), create.keySet().toString());
        assertFalse(create.containsKey("404"), "no id in the path: " + create.keySet());

        JsonObject list = responses(paths, "/api/v1/integrations", "get");
        assertEquals(Set.of("200", "401"), list.keySet());

        JsonObject client = responses(paths, "/api/v1/integrations/{id}/oauth-client", "get");
        assertTrue(
                client.getJsonObject("404").getString("description").contains("no client"),
                "a resource's own text stays: " + client.getJsonObject("404"));

        JsonObject resolve = responses(paths, "/api/v1/resolve", "post");
        assertEquals(
                "No, unknown or revoked credentials",
                resolve.getJsonObject("401").getString("description"));
        assertFalse(resolve.containsKey("403"), "not an admin operation: " + resolve.keySet());
    }

    private static JsonObject responses(JsonObject paths, String path, String method) {
        String documented = paths.keySet().stream()
                .filter(p -> p.endsWith(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError(path + " in " + paths.keySet()));
        return paths.getJsonObject(documented).getJsonObject(method).getJsonObject("responses");
    }

    private static List<String> concat(List<String> names, String name) {
        List<String> all = new ArrayList<>(names);
        all.add(name);
        return all;
    }

    // ----------------------------------------------------------------------------------------------------
    // Helpers

    private Http basicAs(String username, String password) {
        return app().withHeaders(Map.of("Authorization", basic(username, password), "Content-Type", JSON));
    }

    private Http scim(String token) {
        return app().withHeaders(Map.of("Authorization", "Bearer " + token));
    }

    private String createIntegration(String name, String idp) {
        return AdminSetup.createIntegration(admin(), name, idp);
    }

    private String saveScim(String id) {
        return AdminSetup.saveScim(admin(), id);
    }

    private Http.Reply tokenRequest(String id, String authorization, String form) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return app().send("POST", "oauth/v1/integrations/" + id + "/token", form, headers);
    }

    private String accessToken(String id, String clientSecret) {
        Http.Reply granted = tokenRequest(id, basicClient(id, clientSecret), "grant_type=client_credentials");
        assertEquals(200, granted.status(), granted.toString());
        return granted.json().getString("access_token");
    }

    /** RFC 6749 2.3.1: client id and secret are form-encoded before they become Basic credentials. */
    private static String basicClient(String clientId, String secret) {
        return basic(
                URLEncoder.encode(clientId, StandardCharsets.UTF_8), URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }

    /** Runs the call on n threads released together; the results in the order of the attempt numbers. */
    private static <T> List<T> concurrently(int n, java.util.function.IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int attempt = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return call.apply(attempt);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A hash in the format Jakarta Security's PBKDF2 writes: algorithm:iterations:salt:key (Base64). */
    private static String pbkdf2(String password, int iterations) throws Exception {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 256))
                .getEncoded();
        return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
    }

    private static String userBody(String userName, String displayName) {
        return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"" + userName
                + "\",\"displayName\":\"" + displayName + "\",\"emails\":[{\"value\":\"" + userName
                + "\",\"primary\":true,\"type\":\"work\"}],\"active\":true}";
    }

    private List<JsonObject> events(String path) {
        Http.Reply reply = admin().get(path);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static JsonObject only(List<JsonObject> events, String operation) {
        List<JsonObject> matching = events.stream()
                .filter(e -> e.getString("operation").equals(operation))
                .toList();
        assertEquals(1, matching.size(), operation + " in " + events);
        return matching.get(0);
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String mediaType(Http.Reply reply) {
        String type = reply.header("Content-Type");
        return type == null ? null : type.split(";")[0].trim();
    }

    /** Polls (bounded) until the status comes; no fixed sleep decides the outcome. */
    private static void awaitStatus(int expected, IntSupplier status, String what) {
        long deadline = System.nanoTime() + POLL_LIMIT.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = status.getAsInt();
            if (last == expected) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        fail(what + ": still " + last + " after " + POLL_LIMIT.toSeconds() + " s");
    }
}
