package dev.roster.it.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.it.Http.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an IdP checks in an answer, said once: status with content type, Error bodies, ListResponses. */
final class ScimAssertions {

    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    private ScimAssertions() {}

    /** The status, and a SCIM JSON body: Content-Type application/scim+json. Answers the body. */
    static JsonObject assertScim(int status, Reply reply) {
        assertEquals(status, reply.status(), () -> "status of " + reply);
        assertContentType(reply);
        return reply.json();
    }

    static void assertContentType(Reply reply) {
        String type = reply.header("Content-Type");
        assertNotNull(type, () -> "no Content-Type on " + reply);
        assertTrue(type.startsWith("application/scim+json"), () -> "Content-Type " + type + " on " + reply);
    }

    /**
     * A SCIM Error (RFC 7644 3.12): the status, scim+json, the Error schema, {@code status} as a string equal to
     * the HTTP status, a non-blank {@code detail}, and {@code scimType} as given (null: none).
     */
    static JsonObject assertError(int status, String scimType, Reply reply) {
        JsonObject error = assertScim(status, reply);
        assertEquals(List.of(ERROR_SCHEMA), strings(error.getJsonArray("schemas")), () -> "schemas of " + reply);
        JsonValue statusValue = error.get("status");
        assertTrue(statusValue instanceof JsonString, () -> "Error status must be a JSON string: " + reply);
        assertEquals(Integer.toString(status), ((JsonString) statusValue).getString());
        assertFalse(error.getString("detail", "").isBlank(), () -> "Error detail is missing: " + reply);
        if (scimType == null) {
            assertFalse(error.containsKey("scimType"), () -> "unexpected scimType: " + reply);
        } else {
            assertEquals(scimType, error.getString("scimType", null), () -> "scimType of " + reply);
        }
        return error;
    }

    /**
     * A 200 ListResponse with these numbers (JSON integers) and exactly {@code itemsPerPage} resources.
     * {@code totalResults} below 0 means "not checked".
     */
    static JsonObject assertList(Reply reply, long totalResults, int itemsPerPage, int startIndex) {
        JsonObject list = assertScim(200, reply);
        assertEquals(List.of(LIST_SCHEMA), strings(list.getJsonArray("schemas")), () -> "schemas of " + reply);
        if (totalResults >= 0) {
            assertEquals(totalResults, integer(list, "totalResults"), () -> "totalResults of " + reply);
        }
        assertEquals(itemsPerPage, integer(list, "itemsPerPage"), () -> "itemsPerPage of " + reply);
        assertEquals(startIndex, integer(list, "startIndex"), () -> "startIndex of " + reply);
        assertTrue(list.get("Resources") instanceof JsonArray, () -> "Resources must be an array: " + reply);
        assertEquals(itemsPerPage, list.getJsonArray("Resources").size(), () -> "Resources of " + reply);
        return list;
    }

    static long integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        assertTrue(value instanceof JsonNumber n && n.isIntegral(), () -> key + " must be a JSON integer: " + object);
        return ((JsonNumber) value).longValue();
    }

    static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    /** The ids of a ListResponse's resources, in order. */
    static List<String> ids(JsonObject list) {
        return list.getJsonArray("Resources").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id"))
                .toList();
    }

    /** The {@code value}s of a multi-valued reference attribute ({@code members}, {@code groups}); absent is empty. */
    static List<String> refs(JsonObject resource, String attribute) {
        if (!resource.containsKey(attribute)) {
            return List.of();
        }
        return resource.getJsonArray(attribute).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("value"))
                .toList();
    }

    /** The ETag header is the resource's meta.version (RFC 7644 3.14). */
    static void assertEtagIsVersion(Reply reply) {
        String etag = reply.header("ETag");
        assertNotNull(etag, () -> "no ETag on " + reply);
        assertEquals(reply.json().getJsonObject("meta").getString("version"), etag, () -> "ETag of " + reply);
    }

    /** The value of a user's work email, or null. */
    static String workEmailOf(JsonObject user) {
        return user.getJsonArray("emails").getValuesAs(JsonObject.class).stream()
                .filter(e -> "work".equals(e.getString("type", null)))
                .map(e -> e.getString("value"))
                .findFirst()
                .orElse(null);
    }

    /** A resource's attribute names without {@code schemas}, which a projection always keeps. */
    static Set<String> keysBesidesSchemas(JsonObject resource) {
        Set<String> keys = new HashSet<>(resource.keySet());
        keys.remove("schemas");
        return keys;
    }

    /** Okta accepts 200 or 204 for a group PATCH; a 200 must carry the group. */
    static void assertPatchAccepted(Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 204, reply::toString);
        if (reply.status() == 200) {
            assertContentType(reply);
            assertTrue(
                    strings(reply.json().getJsonArray("schemas")).contains(ScimClient.GROUP_SCHEMA), reply::toString);
        }
    }

    /** Entra expects 204 No Content for a group PATCH. */
    static void assertNoContent(Reply reply) {
        assertEquals(204, reply.status(), reply::toString);
        assertEquals("", reply.body());
    }
}
