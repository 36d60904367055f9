package dev.roster.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorLanguageTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "/scim, SCIM",
        "/scim/v3/Users, SCIM",
        "/scim/, SCIM",
        "/api, PROBLEM",
        "/api/v2/x, PROBLEM",
        "/oauth/token, OAUTH",
        "/scimx, PLAIN",
        "/apis, PLAIN",
        "/console/missing.js, PLAIN",
        "/, PLAIN",
        "'', PLAIN",
        "/error-page, PLAIN"
    })
    void thePathPicksTheLanguageOfItsApi(String path, ErrorLanguage expected) {
        assertEquals(expected, ErrorLanguage.of(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SCIM", "PROBLEM", "OAUTH", "PLAIN"})
    void noBodyNamesTheRuntime(ErrorLanguage language) {
        String body = language.body(404, "No such endpoint");
        assertFalse(body.toLowerCase().contains("payara"), body);
        assertFalse(body.contains("<"), "no markup: " + body);
    }

    @org.junit.jupiter.api.Test
    void eachBodyIsThatApisErrorShape() {
        JsonObject scim = json(ErrorLanguage.SCIM.body(404, "No such endpoint"));
        assertEquals(
                "urn:ietf:params:scim:api:messages:2.0:Error",
                scim.getJsonArray("schemas").getString(0));
        assertEquals("404", scim.getString("status"));
        assertEquals("No such endpoint", scim.getString("detail"));

        JsonObject problem = json(ErrorLanguage.PROBLEM.body(405, "Method not allowed on this endpoint"));
        assertEquals("about:blank", problem.getString("type"));
        assertEquals("Method Not Allowed", problem.getString("title"));
        assertEquals(405, problem.getInt("status"));

        JsonObject oauth = json(ErrorLanguage.OAUTH.body(404, "No such endpoint"));
        assertEquals("invalid_request", oauth.getString("error"));
        assertEquals("No such endpoint", oauth.getString("error_description"));

        assertEquals("404 No such endpoint\n", ErrorLanguage.PLAIN.body(404, "No such endpoint"));
        assertEquals("application/scim+json", ErrorLanguage.SCIM.mediaType());
        assertEquals("application/problem+json", ErrorLanguage.PROBLEM.mediaType());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
