package dev.roster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The product boots on Payara Micro: health, OpenAPI, the API page, and SCIM bearer authentication. */
class FoundationIT extends DeployedRoster {

    private Http server() {
        return new Http(URI.create(base.toString()).resolve("/"), Map.of());
    }

    @Test
    void readinessReportsTheDatabaseUp() {
        Http.Reply ready = server().get("health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertEquals("UP", ready.json().getString("status"));
        assertTrue(ready.body().contains("database"), ready.body());
        assertEquals(200, server().get("health/live").status());
    }

    @Test
    void openApiDocumentListsScimEndpoints() {
        Http.Reply openapi = server().get("openapi", Map.of("Accept", "application/json"));
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("ServiceProviderConfig"), "SCIM discovery is documented");
    }

    /** /Users and /Groups share their endpoints through one base class; each path documents every operation. */
    @Test
    void openApiDocumentsEveryOperationOfUsersAndGroups() {
        JsonObject paths = server().get("openapi", Map.of("Accept", "application/json"))
                .json()
                .getJsonObject("paths");
        for (String endpoint : List.of("Users", "Groups")) {
            Map<String, List<String>> operations = Map.of(
                    "/scim/v2/" + endpoint, List.of("get", "post"),
                    "/scim/v2/" + endpoint + "/.search", List.of("post"),
                    "/scim/v2/" + endpoint + "/{id}", List.of("get", "put", "patch", "delete"));
            operations.forEach((path, methods) -> {
                String documented = paths.keySet().stream()
                        .filter(p -> p.endsWith(path))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(path + " in " + paths.keySet()));
                for (String method : methods) {
                    assertTrue(paths.getJsonObject(documented).containsKey(method), method + " " + documented);
                }
            });
        }
    }

    /** The token endpoint's answers are documented with their own members (RFC 6749 section 5), not another model's. */
    @Test
    void openApiDocumentsTheTokenAnswersMembers() {
        JsonObject document =
                server().get("openapi", Map.of("Accept", "application/json")).json();
        JsonObject token = document.getJsonObject("paths").entrySet().stream()
                .filter(path -> path.getKey().endsWith("/integrations/{id}/token"))
                .findFirst()
                .orElseThrow()
                .getValue()
                .asJsonObject()
                .getJsonObject("post")
                .getJsonObject("responses");
        assertEquals(
                Set.of("access_token", "token_type", "expires_in", "scope"),
                membersOf(document, token.getJsonObject("200")));
        for (String status : List.of("400", "401")) {
            assertEquals(Set.of("error", "error_description"), membersOf(document, token.getJsonObject(status)));
        }
    }

    private static Set<String> membersOf(JsonObject document, JsonObject response) {
        JsonObject schema = response.getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("schema");
        if (schema.containsKey("$ref")) { // the scanner may inline a component or refer to it
            String ref = schema.getString("$ref");
            schema = document.getJsonObject("components")
                    .getJsonObject("schemas")
                    .getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema.containsKey("properties")
                ? schema.getJsonObject("properties").keySet()
                : Set.of();
    }

    @Test
    void apiPageIsServedFromTheWar() {
        Http.Reply page = app().get("api-docs/index.html");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("swagger-ui-bundle.js"));
        String bundle = page.body()
                .replaceAll("(?s).*src=\"\\.\\./(webjars/swagger-ui/[^\"]+/swagger-ui-bundle\\.js)\".*", "$1");
        assertEquals(200, app().get(bundle).status(), "the Swagger UI assets ship inside the WAR");
    }

    @Test
    void configuredTokenOpensScimAndAnyOtherTokenIsRefused() {
        Http.Reply ok = app().get("scim/v2/ServiceProviderConfig", Map.of("Authorization", "Bearer it-static-token"));
        assertEquals(200, ok.status(), ok.toString());

        Http.Reply wrong = app().get("scim/v2/ServiceProviderConfig", Map.of("Authorization", "Bearer nope"));
        assertEquals(401, wrong.status());
        assertTrue(wrong.header("Content-Type").startsWith("application/scim+json"));
        assertEquals("401", wrong.json().getString("status"));
        assertTrue(wrong.json().getString("detail").length() > 0);

        Http.Reply none = app().get("scim/v2/ServiceProviderConfig");
        assertEquals(401, none.status());
        assertEquals(
                "urn:ietf:params:scim:api:messages:2.0:Error",
                none.json().getJsonArray("schemas").getString(0));
    }
}
