package dev.roster.scim.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.scim.bulk.BulkMethod;
import dev.roster.scim.bulk.BulkOperation;
import dev.roster.scim.bulk.BulkOperationResult;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.ResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkResponsesTest {

    private static final BulkOperation POST = new BulkOperation(
            0, BulkMethod.POST, "/Users", ResourceType.USER, null, "qwerty", null, JsonObject.EMPTY_JSON_OBJECT);
    private static final BulkOperation PUT = new BulkOperation(
            1, BulkMethod.PUT, "/Users/u1", ResourceType.USER, "u1", null, "W/\"1\"", JsonObject.EMPTY_JSON_OBJECT);

    @Test
    void rendersSuccessesWithLocationVersionAndStringStatus() {
        JsonObject response = BulkResponses.render(
                List.of(BulkOperationResult.success(POST, "https://x/scim/v2/Users/u1", "W/\"1\"")));

        assertEquals(
                Json.createArrayBuilder()
                        .add("urn:ietf:params:scim:api:messages:2.0:BulkResponse")
                        .build(),
                response.getJsonArray("schemas"));
        JsonObject operation = response.getJsonArray("Operations").getJsonObject(0);
        assertEquals(
                Json.createObjectBuilder()
                        .add("method", "POST")
                        .add("bulkId", "qwerty")
                        .add("location", "https://x/scim/v2/Users/u1")
                        .add("version", "W/\"1\"")
                        .add("status", "201")
                        .build(),
                operation);
    }

    @Test
    void rendersFailuresWithTheScimErrorAsResponse() {
        JsonObject response = BulkResponses.render(List.of(BulkOperationResult.failure(
                PUT, "https://x/scim/v2/Users/u1", ScimException.status(412, "The resource has changed"))));

        JsonObject operation = response.getJsonArray("Operations").getJsonObject(0);
        assertEquals("PUT", operation.getString("method"));
        assertFalse(operation.containsKey("bulkId"));
        assertFalse(operation.containsKey("version"));
        assertEquals("412", operation.getString("status"));
        assertEquals(
                ScimErrorResponses.body(412, null, "The resource has changed"), operation.getJsonObject("response"));
    }

    @Test
    void rendersScimTypeOfFailures() {
        JsonObject response = BulkResponses.render(
                List.of(BulkOperationResult.failure(POST, null, ScimException.uniqueness("userName is taken"))));

        JsonObject error = response.getJsonArray("Operations").getJsonObject(0).getJsonObject("response");
        assertEquals("uniqueness", error.getString("scimType"));
        assertEquals("409", error.getString("status"));
    }
}
