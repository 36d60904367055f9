package dev.roster.scim.bulk;

import static dev.roster.scim.bulk.BulkTestSupport.SCHEMA;
import static dev.roster.scim.bulk.BulkTestSupport.assertScimError;
import static dev.roster.scim.bulk.BulkTestSupport.bulk;
import static dev.roster.scim.bulk.BulkTestSupport.json;
import static dev.roster.scim.bulk.BulkTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.spi.ResourceType;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BulkRequestReaderTest {

    private static final String DELETE_USER = "{\"method\":\"DELETE\",\"path\":\"/Users/u1\"}";

    @Test
    void readsEveryMethodWithItsTarget() {
        BulkRequest request = read("""
                {"method":"POST","path":"/Users","bulkId":"q","data":{"userName":"a"}},
                {"method":"PUT","path":"/Groups/g1","version":"W/\\"3\\"","data":{"displayName":"G"}},
                {"method":"PATCH","path":"/Users/bulkId:q","data":{"Operations":[]}},
                {"method":"DELETE","path":"/Groups/g2"}""");

        List<BulkOperation> ops = request.operations();
        assertEquals(4, ops.size());
        assertEquals(
                new BulkOperation(
                        0, BulkMethod.POST, "/Users", ResourceType.USER, null, "q", null, json("{\"userName\":\"a\"}")),
                ops.get(0));
        assertEquals(ResourceType.GROUP, ops.get(1).endpoint());
        assertEquals("g1", ops.get(1).resourceId());
        assertEquals("W/\"3\"", ops.get(1).version());
        assertEquals("bulkId:q", ops.get(2).resourceId(), "references resolve when the operation runs");
        assertEquals(BulkMethod.DELETE, ops.get(3).method());
        assertNull(ops.get(3).data());
        assertEquals(BulkRequest.NO_LIMIT, request.failOnErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete", "Delete", "DELETE", " delete "})
    void methodIsCaseInsensitive(String method) {
        BulkRequest request = read("{\"method\":\"" + method + "\",\"path\":\"/Users/u1\"}");

        assertEquals(BulkMethod.DELETE, request.operations().get(0).method());
    }

    @Test
    void attributeNamesAreCaseInsensitive() {
        BulkRequest request = BulkRequestReader.read(
                json("{\"Schemas\":" + SCHEMA + ",\"failonerrors\":2,"
                        + "\"operations\":[{\"Method\":\"POST\",\"PATH\":\"/Users\",\"BulkId\":\"x\",\"Data\":{}}]}"),
                10);

        assertEquals(2, request.failOnErrors());
        assertEquals("x", request.operations().get(0).bulkId());
    }

    @Test
    void emptyOperationsIsAValidRequestThatDoesNothing() {
        assertTrue(read("").operations().isEmpty());
    }

    @Test
    void dataOfADeleteIsIgnored() {
        assertNull(read("{\"method\":\"DELETE\",\"path\":\"/Users/u1\",\"data\":\"anything\"}")
                .operations()
                .get(0)
                .data());
    }

    @Test
    void schemasMustNameBulkRequest() {
        assertScimError(
                400, ScimErrorType.INVALID_SYNTAX, () -> BulkRequestReader.read(json("{\"Operations\":[]}"), 10));
        assertScimError(
                400,
                ScimErrorType.INVALID_SYNTAX,
                () -> BulkRequestReader.read(
                        json("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[]}"),
                        10));
    }

    @Test
    void operationsMustBeAnArrayOfObjects() {
        assertScimError(
                400,
                ScimErrorType.INVALID_SYNTAX,
                () -> BulkRequestReader.read(json("{\"schemas\":" + SCHEMA + "}"), 10));
        assertScimError(
                400,
                ScimErrorType.INVALID_SYNTAX,
                () -> BulkRequestReader.read(json("{\"schemas\":" + SCHEMA + ",\"Operations\":{}}"), 10));
        ScimException e = assertScimError(400, ScimErrorType.INVALID_SYNTAX, () -> read(DELETE_USER + ",42"));
        assertTrue(e.detail().contains("Operations[1]"), e.detail());
    }

    @Test
    void moreOperationsThanTheLimitIs413NamingTheLimit() {
        String three = String.join(",", DELETE_USER, DELETE_USER, DELETE_USER);

        ScimException e = assertScimError(413, null, () -> BulkRequestReader.read(bulk(three), 2));
        assertTrue(e.detail().contains("maxOperations is 2"), e.detail());
        assertEquals(3, BulkRequestReader.read(bulk(three), 3).operations().size(), "exactly the limit is fine");
    }

    @Test
    void theLimitIsCheckedBeforeTheOperationsAreRead() {
        String many =
                IntStream.range(0, 5).mapToObj(i -> "\"not an operation\"").collect(Collectors.joining(","));

        assertScimError(413, null, () -> BulkRequestReader.read(bulk(many), 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", ""})
    void unknownMethodIsInvalidValue(String method) {
        ScimException e = assertScimError(
                400, ScimErrorType.INVALID_VALUE, () -> read("{\"method\":\"" + method + "\",\"path\":\"/Users/u1\"}"));
        assertTrue(e.detail().startsWith("Operations[0].method"), e.detail());
    }

    @Test
    void methodAndPathAreRequiredStrings() {
        assertScimError(400, ScimErrorType.INVALID_VALUE, () -> read("{\"path\":\"/Users/u1\"}"));
        assertScimError(400, ScimErrorType.INVALID_VALUE, () -> read("{\"method\":\"DELETE\"}"));
        assertScimError(400, ScimErrorType.INVALID_SYNTAX, () -> read("{\"method\":7,\"path\":\"/Users/u1\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/Users/u1", "/Users/", "Users", "/Schemas", "/users", "/Users/u1/x", "/"})
    void postNeedsAnEndpointPath(String path) {
        assertScimError(
                400,
                ScimErrorType.INVALID_VALUE,
                () -> read("{\"method\":\"POST\",\"path\":\"" + path + "\",\"bulkId\":\"b\",\"data\":{}}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/Users",
                "/Users/",
                "/Users/ ",
                "/Groups/g/members",
                "Users/u1",
                "/Me/x",
                "/ServiceProviderConfig"
            })
    void otherMethodsNeedOneResource(String path) {
        assertScimError(
                400, ScimErrorType.INVALID_VALUE, () -> read("{\"method\":\"DELETE\",\"path\":\"" + path + "\"}"));
    }

    @Test
    void postNeedsABulkId() {
        ScimException e = assertScimError(
                400, ScimErrorType.INVALID_VALUE, () -> read("{\"method\":\"POST\",\"path\":\"/Users\",\"data\":{}}"));
        assertTrue(e.detail().contains("bulkId"), e.detail());
        assertScimError(
                400,
                ScimErrorType.INVALID_VALUE,
                () -> read("{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\" \",\"data\":{}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH"})
    void writesNeedAnObjectAsData(String method) {
        String path = method.equals("POST") ? "/Users" : "/Users/u1";
        String start = "{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"bulkId\":\"b\"";

        assertScimError(400, ScimErrorType.INVALID_VALUE, () -> read(start + "}"));
        assertScimError(400, ScimErrorType.INVALID_VALUE, () -> read(start + ",\"data\":null}"));
        assertScimError(400, ScimErrorType.INVALID_SYNTAX, () -> read(start + ",\"data\":[]}"));
    }

    @Test
    void versionMustBeAString() {
        assertScimError(
                400,
                ScimErrorType.INVALID_SYNTAX,
                () -> read("{\"method\":\"DELETE\",\"path\":\"/Users/u1\",\"version\":3}"));
    }

    @Test
    void bulkIdsMustBeUnique() {
        ScimException e = assertScimError(400, ScimErrorType.INVALID_VALUE, () -> read("""
                {"method":"POST","path":"/Users","bulkId":"q","data":{}},
                {"method":"POST","path":"/Groups","bulkId":"q","data":{}}"""));
        assertTrue(e.detail().contains("Operations[1]") && e.detail().contains("Operations[0]"), e.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "\"2\"", "true"})
    void failOnErrorsMustBeAPositiveInteger(String value) {
        assertScimError(
                400,
                ScimErrorType.INVALID_VALUE,
                () -> BulkRequestReader.read(
                        json("{\"schemas\":" + SCHEMA + ",\"failOnErrors\":" + value + ",\"Operations\":[]}"), 10));
    }

    @Test
    void hugeFailOnErrorsMeansNoLimit() {
        BulkRequest request = BulkRequestReader.read(
                json("{\"schemas\":" + SCHEMA + ",\"failOnErrors\":99999999999999,\"Operations\":[]}"), 10);

        assertEquals(BulkRequest.NO_LIMIT, request.failOnErrors());
    }
}
