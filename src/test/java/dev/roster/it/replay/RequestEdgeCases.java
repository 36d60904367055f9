package dev.roster.it.replay;

import static dev.roster.it.replay.ReplayRequests.oktaCreateBody;
import static dev.roster.it.replay.ReplayRequests.userWithTitleOfLength;
import static dev.roster.it.replay.ScimAssertions.assertError;
import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimClient.encode;
import static dev.roster.it.replay.ScimClient.patchOp;
import static dev.roster.it.replay.ScimClient.replace;
import static dev.roster.it.replay.ScimClient.uniqueUserName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The HTTP envelope: content types, read-only discovery, /Me, body size limits, and values too long to store,
 * each answered with a SCIM Error a client can act on.
 */
interface RequestEdgeCases extends ReplayContext {

    @Test
    @DisplayName("Content types: application/json and scim+json, with or without charset, are accepted")
    default void jsonContentTypesWithCharsetAreAccepted() {
        String userName = uniqueUserName("content-type");
        Reply created = okta().send(
                        "POST",
                        "Users",
                        oktaCreateBody(userName),
                        Map.of("Content-Type", "application/json; charset=utf-8"));
        String id = assertScim(201, created).getString("id");

        assertScim(
                200,
                okta().send(
                                "PATCH",
                                "Users/" + id,
                                patchOp(replace("title", "A")),
                                Map.of("Content-Type", "application/scim+json; charset=utf-8")));
        assertScim(
                200,
                okta().send(
                                "PATCH",
                                "Users/" + id,
                                patchOp(replace("title", "B")),
                                Map.of("Content-Type", "application/json")));
        JsonObject user = assertScim(
                200,
                okta().send(
                                "PATCH",
                                "Users/" + id,
                                patchOp(replace("title", "C")),
                                Map.of("Content-Type", "application/scim+json")));
        assertEquals("C", user.getString("title"));
    }

    @Test
    @DisplayName("Content-Type text/plain: 415 with a SCIM Error body, nothing created")
    default void textPlainIsUnsupportedMediaType() {
        String userName = uniqueUserName("text-plain");

        assertError(
                415,
                null,
                okta().send("POST", "Users", oktaCreateBody(userName), Map.of("Content-Type", "text/plain")));

        assertList(okta().get("Users?filter=" + encode("userName eq \"" + userName + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("Discovery endpoints are read-only: POST/PUT/DELETE answer 405 with a SCIM Error")
    default void discoveryEndpointsAreReadOnly() {
        Reply post = okta().post("ServiceProviderConfig", "{\"patch\":{\"supported\":false}}");
        assertError(405, null, post);
        assertTrue(post.header("Allow").contains("GET"), post.headers()::toString);
        assertError(405, null, okta().put("Schemas", "{}"));
        assertError(405, null, okta().delete("ResourceTypes"));
        assertScim(200, okta().get("ServiceProviderConfig"));
    }

    @Test
    @DisplayName("/Me: 501 Not Implemented with a SCIM Error")
    default void meIsNotImplemented() {
        assertError(501, null, okta().get("Me"));
        assertError(501, null, okta().post("Me", oktaCreateBody(uniqueUserName("me"))));
    }

    @Test
    @DisplayName("A body over 1 MiB: 413 with a SCIM Error, nothing created")
    default void bodyOverOneMebibyteIsTooLarge() {
        String userName = uniqueUserName("too-large");
        String body = userWithTitleOfLength(userName, 1_100_000);
        assertTrue(body.length() > 1_048_576);

        // Over HTTP/1.1: java.net.http's HTTP/2 (h2c) client waits to finish sending a body the server has
        // refused unread, so it never surfaces the 413; curl (nghttp2) gets it at once over HTTP/2 too.
        assertError(413, null, okta().postOverHttp11("Users", body));

        assertList(okta().get("Users?filter=" + encode("userName eq \"" + userName + "\"")), 0, 0, 1);
    }

    @Test
    @DisplayName("A valid body just under the 1 MiB limit is not a server error")
    default void bodyJustUnderTheLimitIsNotAServerError() {
        String userName = uniqueUserName("near-limit");
        String body = userWithTitleOfLength(userName, 1_000_000);
        assertTrue(body.length() < 1_048_576);

        Reply reply = okta().post("Users", body);

        assertEquals(201, reply.status(), reply.body());
    }

    @Test
    @DisplayName("An over-long userName is a client error, not a server error")
    default void overlongUserNameIsAClientError() {
        String userName = "u".repeat(600) + "@example.com";

        Reply reply = okta().post(
                        "Users",
                        Json.createObjectBuilder()
                                .add("userName", userName)
                                .build()
                                .toString());

        assertError(400, "invalidValue", reply);
        assertTrue(reply.json().getString("detail").contains("userName"), reply.body());
    }

    @Test
    @DisplayName("An over-long group displayName is a client error, not a server error")
    default void overlongGroupDisplayNameIsAClientError() {
        Reply reply = okta().post(
                        "Groups",
                        Json.createObjectBuilder()
                                .add("displayName", "g".repeat(600))
                                .build()
                                .toString());

        assertError(400, "invalidValue", reply);
        assertTrue(reply.json().getString("detail").contains("displayName"), reply.body());
    }
}
