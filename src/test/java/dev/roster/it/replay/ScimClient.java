package dev.roster.it.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.it.AdminSetup;
import dev.roster.it.Clients;
import dev.roster.it.Http;
import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A SCIM client at {@code {base}/scim/v2/} that sends the headers one identity provider sends (see
 * idp-wire-behaviour.md, "Headers"), plus the few set-up helpers the scenarios share. Paths are relative to the
 * SCIM base: {@code "Users?count=1"}.
 */
final class ScimClient {

    static final String TOKEN = "it-static-token";

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    /** For the few requests that must go over HTTP/1.1; {@link Http}'s client upgrades to HTTP/2 (h2c) when it can. */
    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Http http;
    private final URI scimBase;
    private final Map<String, String> defaultHeaders;
    private final String contentType;

    private ScimClient(URL base, String token, String contentType, String userAgent) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", "application/scim+json");
        headers.put("User-Agent", userAgent);
        this.scimBase = URI.create(base.toString()).resolve("scim/v2/");
        this.http = new Http(scimBase, headers);
        this.defaultHeaders = Map.copyOf(headers);
        this.contentType = contentType;
    }

    /** Okta's client: scim+json with a charset, as Okta's own requests carry it. */
    static ScimClient okta(URL base) {
        return new ScimClient(base, TOKEN, "application/scim+json; charset=utf-8", "Okta SCIM Client 1.0.0");
    }

    static ScimClient entra(URL base) {
        return new ScimClient(base, TOKEN, "application/scim+json", "Microsoft.AAD.Provisioning");
    }

    /** A client whose bearer token is {@code token} (for the 401 cases). */
    static ScimClient withToken(URL base, String token) {
        return new ScimClient(base, token, "application/scim+json", "Okta SCIM Client 1.0.0");
    }

    /**
     * An Okta client of a new integration, made through the admin API: its directory is empty, for the
     * scenarios that assert on a whole listing rather than on their own names.
     */
    static ScimClient ofNewIntegration(URL base, String name) {
        Http admin = Clients.admin(base);
        String id = AdminSetup.createIntegration(admin, unique(name), "okta");
        return new ScimClient(
                base, AdminSetup.saveScim(admin, id), "application/scim+json; charset=utf-8", "Okta SCIM Client 1.0.0");
    }

    Reply get(String path) {
        return send("GET", path, null, Map.of());
    }

    Reply get(String path, Map<String, String> headers) {
        return send("GET", path, null, headers);
    }

    Reply post(String path, String body) {
        return send("POST", path, body, Map.of());
    }

    Reply put(String path, String body) {
        return send("PUT", path, body, Map.of());
    }

    Reply patch(String path, String body) {
        return send("PATCH", path, body, Map.of());
    }

    Reply delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** {@code headers} may override the Content-Type this client normally sends with a body. */
    Reply send(String method, String path, String body, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>();
        if (body != null && headers.keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            all.put("Content-Type", contentType);
        }
        all.putAll(headers);
        return http.send(method, path, body, all);
    }

    /** A POST over HTTP/1.1 with this client's headers. */
    Reply postOverHttp11(String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(scimBase.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        defaultHeaders.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP_1_1.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- set-up helpers -------------------------------------------------------------------------------------

    /** A name no other test uses, so scenarios never see each other's users and groups by name. */
    static String unique(String stem) {
        return stem + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique email-shaped userName. */
    static String uniqueUserName(String stem) {
        return unique(stem) + "@example.com";
    }

    /** URL-encodes a filter (or any query value) the way IdPs do: spaces as %20, '@' as %40. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Creates a user with names, a work email and active true; answers the created representation. */
    JsonObject createUser(String userName) {
        return createUser(Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(USER_SCHEMA))
                .add("userName", userName)
                .add("name", Json.createObjectBuilder().add("givenName", "Test").add("familyName", "User"))
                .add(
                        "emails",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("value", userName)
                                        .add("type", "work")
                                        .add("primary", true)))
                .add("active", true)
                .build());
    }

    JsonObject createUser(JsonObject body) {
        Reply created = post("Users", body.toString());
        assertEquals(201, created.status(), () -> "set-up: create user " + created);
        return created.json();
    }

    String createUserId(String userName) {
        return createUser(userName).getString("id");
    }

    /** Creates a group with {@code memberIds} as members; answers its id. */
    String createGroup(String displayName, String... memberIds) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (String id : memberIds) {
            members.add(Json.createObjectBuilder().add("value", id));
        }
        String body = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(GROUP_SCHEMA))
                .add("displayName", displayName)
                .add("members", members)
                .build()
                .toString();
        Reply created = post("Groups", body);
        assertEquals(201, created.status(), () -> "set-up: create group " + created);
        return created.json().getString("id");
    }

    /** {@code {"op":"replace","path":path,"value":value}} as JSON text. */
    static String replace(String path, String value) {
        return Json.createObjectBuilder()
                .add("op", "replace")
                .add("path", path)
                .add("value", value)
                .build()
                .toString();
    }

    /** {@code {"op":"add","path":"members","value":[{"value":id}, …]}} as JSON text. */
    static String addMembers(String... ids) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (String id : ids) {
            members.add(Json.createObjectBuilder().add("value", id));
        }
        return Json.createObjectBuilder()
                .add("op", "add")
                .add("path", "members")
                .add("value", members)
                .build()
                .toString();
    }

    /** A PatchOp message around {@code operations} (each a JSON object text). */
    static String patchOp(String... operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":["
                + String.join(",", operations) + "]}";
    }
}
