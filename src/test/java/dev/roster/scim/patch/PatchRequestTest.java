package dev.roster.scim.patch;

import static dev.roster.scim.patch.PatchTestSupport.assertScimError;
import static dev.roster.scim.patch.PatchTestSupport.json;
import static dev.roster.scim.patch.PatchTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.AttributePath;
import dev.roster.scim.filter.ComparisonOperator;
import dev.roster.scim.filter.Filter;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatchRequestTest {

    @Test
    void parseReadsOperationsInOrder() {
        PatchRequest request = request("""
                [{"op":"add","path":"nickName","value":"Babs"},
                 {"op":"remove","path":"title"},
                 {"op":"replace","value":{"active":false}}]""");

        assertEquals(3, request.operations().size());
        assertEquals(PatchOp.ADD, request.operations().get(0).op());
        assertEquals(
                AttributePath.of("nickName"), request.operations().get(0).path().attribute());
        assertEquals(Json.createValue("Babs"), request.operations().get(0).value());
        assertNull(request.operations().get(1).value());
        assertFalse(request.operations().get(2).hasPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Add", "ADD", "add"})
    void parseAcceptsOpInAnyCase(String op) {
        PatchRequest request = request("[{\"op\":\"" + op + "\",\"path\":\"nickName\",\"value\":\"x\"}]");

        assertEquals(PatchOp.ADD, request.operations().get(0).op());
    }

    @Test
    void parseReadsFilteredPath() {
        PatchRequest request = request("[{\"op\":\"remove\",\"path\":\"members[value eq \\\"2819c223\\\"]\"}]");

        Filter expected =
                new Filter.Comparison(AttributePath.of("value"), ComparisonOperator.EQ, Json.createValue("2819c223"));
        assertEquals(expected, request.operations().get(0).path().valueFilter());
    }

    @Test
    void parseTreatsBlankPathAsNoPath() {
        PatchRequest request = request("[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"active\":false}}]");

        assertFalse(request.operations().get(0).hasPath());
    }

    @Test
    void parseRejectsMissingPatchOpSchema() {
        assertScimError(
                ScimErrorType.INVALID_SYNTAX, () -> PatchRequest.fromJson(json("""
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],
                 "Operations":[{"op":"add","path":"nickName","value":"x"}]}"""), PatchTestSupport.MAX_OPERATIONS));
        assertScimError(
                ScimErrorType.INVALID_SYNTAX, () -> PatchRequest.fromJson(json("""
                {"Operations":[{"op":"add","path":"nickName","value":"x"}]}"""), PatchTestSupport.MAX_OPERATIONS));
    }

    @Test
    void parseRejectsMissingOrEmptyOperations() {
        assertScimError(
                ScimErrorType.INVALID_SYNTAX, () -> PatchRequest.fromJson(json("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}"""), PatchTestSupport.MAX_OPERATIONS));
        assertScimError(ScimErrorType.INVALID_SYNTAX, () -> request("[]"));
        assertScimError(ScimErrorType.INVALID_SYNTAX, () -> request("[\"add\"]"));
    }

    @Test
    void parseRejectsUnknownOp() {
        assertScimError(ScimErrorType.INVALID_SYNTAX, () -> request("[{\"op\":\"move\",\"path\":\"title\"}]"));
        assertScimError(ScimErrorType.INVALID_SYNTAX, () -> request("[{\"path\":\"title\"}]"));
    }

    @Test
    void parseRejectsAddOrReplaceWithoutValue() {
        assertScimError(ScimErrorType.INVALID_VALUE, () -> request("[{\"op\":\"add\",\"path\":\"title\"}]"));
        assertScimError(
                ScimErrorType.INVALID_VALUE, () -> request("[{\"op\":\"replace\",\"path\":\"title\",\"value\":null}]"));
    }

    @Test
    void parseRejectsPathlessValueThatIsNoObject() {
        assertScimError(ScimErrorType.INVALID_VALUE, () -> request("[{\"op\":\"replace\",\"value\":\"x\"}]"));
    }

    @Test
    void parseRejectsRemoveWithoutPathAsNoTarget() {
        assertScimError(ScimErrorType.NO_TARGET, () -> request("[{\"op\":\"remove\"}]"));
    }

    @Test
    void parseRejectsMalformedPathAsInvalidPath() {
        assertScimError(
                ScimErrorType.INVALID_PATH,
                () -> request("[{\"op\":\"remove\",\"path\":\"emails[type eq \\\"work\\\"\"}]"));
        assertScimError(ScimErrorType.INVALID_PATH, () -> request("[{\"op\":\"remove\",\"path\":42}]"));
    }

    @Test
    void parseKeepsValueOnRemoveForQuirksToRead() {
        PatchRequest request = request("[{\"op\":\"Remove\",\"path\":\"members\",\"value\":[{\"value\":\"u1\"}]}]");

        assertTrue(request.operations().get(0).hasValue());
        assertEquals(
                JsonValue.ValueType.ARRAY, request.operations().get(0).value().getValueType());
    }

    @Test
    void moreOperationsThanTheLimitAre413NamingItBeforeAnyIsRead() {
        String operation = "{\"op\":\"add\",\"path\":\"nickName\",\"value\":\"x\"}";
        String atLimit = "[" + String.join(",", Collections.nCopies(PatchTestSupport.MAX_OPERATIONS, operation)) + "]";
        assertEquals(
                PatchTestSupport.MAX_OPERATIONS, request(atLimit).operations().size());

        // The operation past the limit is not even valid: the count alone decides, before any work per operation.
        String overLimit = atLimit.substring(0, atLimit.length() - 1) + ",{\"op\":\"bogus\"}]";
        ScimException e = assertThrows(ScimException.class, () -> request(overLimit));
        assertEquals(413, e.status());
        assertNull(e.scimType());
        assertEquals("The PATCH request holds 1001 operations; at most 1000 are accepted in one request", e.detail());
    }
}
