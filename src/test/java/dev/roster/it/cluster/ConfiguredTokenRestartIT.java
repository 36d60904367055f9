package dev.roster.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Clients;
import dev.roster.it.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * {@code roster.scim.token} across restarts, on one node restarted three times on its embedded H2 files: what
 * an admin did to the configured token holds after a restart with the same value (neither the token nor a
 * disabled integration comes back); a changed value is applied again (and enables provisioning again, as the
 * README says); rotate ends the configured token like any other. Save ending it is in AdminApiIT.
 * <p>
 * The nodes bring their own database, so the PostgreSQL run of the Arquillian suite leaves this class out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(
        named = "roster.it.postgres",
        matches = "true",
        disabledReason = "starts its own node on embedded H2; the default run covers it")
class ConfiguredTokenRestartIT {

    private static final String ADMIN_PASSWORD = "configured-token-it-admin-password";
    private static final String FIRST_VALUE = "configured-token-it-first-value";
    private static final String SECOND_VALUE = "configured-token-it-second-value";

    private final PayaraNodes nodes = new PayaraNodes("configured-token");

    @AfterAll
    void stopNodes() {
        nodes.close();
    }

    @Test
    void aRestartKeepsTheConfiguredTokenEndedAndOnlyANewValueIsAppliedAgain() {
        Path dir = nodes.workDir().resolve("node");

        // The first start applies the value; disabling provisioning ends it.
        PayaraNodes.Node first =
                nodes.start("first", settings(FIRST_VALUE), dir).awaitReady();
        assertEquals(200, users(first, FIRST_VALUE), "applied at the first start");
        assertEquals(
                204, admin(first).delete("api/v1/integrations/default/scim").status());
        assertEquals(401, users(first, FIRST_VALUE), "disable ends the configured token");
        first.kill();

        // The same value again: nothing comes back.
        PayaraNodes.Node second =
                nodes.start("second", settings(FIRST_VALUE), dir).awaitReady();
        assertEquals(401, users(second, FIRST_VALUE), "a restart does not revive the ended token");
        JsonObject integration =
                admin(second).get("api/v1/integrations/default").json();
        assertFalse(
                integration.getBoolean("scimEnabled"),
                "a restart does not enable a disabled integration: " + integration);
        second.kill();

        // A new value is the operator's explicit act: applied, with provisioning enabled again.
        PayaraNodes.Node third =
                nodes.start("third", settings(SECOND_VALUE), dir).awaitReady();
        Http admin = admin(third);
        assertEquals(200, users(third, SECOND_VALUE), "a changed value is applied");
        assertEquals(401, users(third, FIRST_VALUE));
        assertTrue(admin.get("api/v1/integrations/default").json().getBoolean("scimEnabled"));
        List<JsonObject> applied = admin
                .get("api/v1/integrations/default/events?operation=CONFIGURED_TOKEN_APPLIED")
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(
                2, applied.size(), "the first start and the changed value, not the restart in between: " + applied);
        assertTrue(applied.get(0).getJsonObject("changes").getBoolean("provisioningEnabled"), applied.toString());
        assertEquals("roster.scim.token", applied.get(0).getString("actor"));

        // Rotation without grace ends it like any other token.
        Http.Reply rotated = admin.post("api/v1/integrations/default/scim/rotate", "{\"graceSeconds\":0}");
        assertEquals(200, rotated.status(), rotated.toString());
        assertEquals(401, users(third, SECOND_VALUE), "rotate ends the configured token when the grace ends");
        assertEquals(200, users(third, rotated.json().getString("token")));
    }

    private static PayaraNodes.Settings settings(String configuredToken) {
        return new PayaraNodes.Settings()
                .env("ROSTER_SCIM_TOKEN", configuredToken)
                .env("ROSTER_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .env("ROSTER_PUBLIC_URL", "http://127.0.0.1");
    }

    private static int users(PayaraNodes.Node node, String token) {
        return new Http(node.base(), Map.of("Authorization", "Bearer " + token))
                .get("scim/v2/Users?count=1")
                .status();
    }

    private static Http admin(PayaraNodes.Node node) {
        return Clients.admin(node.base(), ADMIN_PASSWORD);
    }
}
