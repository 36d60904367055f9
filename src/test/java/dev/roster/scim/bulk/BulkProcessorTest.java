package dev.roster.scim.bulk;

import static dev.roster.scim.bulk.BulkTestSupport.json;
import static dev.roster.scim.bulk.BulkTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.service.ResourceRenderer;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BulkProcessorTest {

    private static final String BASE = "https://roster.example.test/scim/v2";
    private static final Logger PROCESSOR_LOG = Logger.getLogger(BulkProcessor.class.getName());

    private final FakeDirectory directory = new FakeDirectory();
    private final BulkProcessor processor = new BulkProcessor(directory, new ResourceRenderer(BASE));

    @BeforeAll
    static void quietExpectedSevereLogs() {
        PROCESSOR_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreLogs() {
        PROCESSOR_LOG.setLevel(null);
    }

    @Test
    void createsAUserAndAGroupThatReferencesItByBulkId() {
        List<BulkOperationResult> results = run("""
                {"method":"POST","path":"/Users","bulkId":"qwerty","data":{"userName":"alice"}},
                {"method":"POST","path":"/Groups","bulkId":"ytrewq",
                 "data":{"displayName":"Tour Guides","members":[{"type":"User","value":"bulkId:qwerty"}]}}""");

        assertEquals(List.of(201, 201), statuses(results));
        assertEquals(BASE + "/Users/users-1", results.get(0).location());
        assertEquals("W/\"1\"", results.get(0).version());
        assertEquals(BASE + "/Groups/groups-2", results.get(1).location());
        assertEquals(
                json("{\"displayName\":\"Tour Guides\",\"members\":[{\"type\":\"User\",\"value\":\"users-1\"}]}"),
                directory.received.get(1).data());
    }

    @Test
    void resolvesAReferenceInThePath() {
        List<BulkOperationResult> results = run("""
                {"method":"POST","path":"/Groups","bulkId":"g","data":{"displayName":"G"}},
                {"method":"PATCH","path":"/Groups/bulkId:g","version":"W/\\"1\\"","data":{"Operations":[]}},
                {"method":"DELETE","path":"/Groups/bulkId:g"}""");

        assertEquals(List.of(201, 200, 204), statuses(results));
        assertEquals("groups-1", directory.received.get(1).resourceId());
        assertEquals("W/\"1\"", directory.received.get(1).ifMatch(), "version is passed on as If-Match");
        assertEquals(BASE + "/Groups/groups-1", results.get(2).location());
        assertNull(results.get(2).version(), "a deleted resource has no version");
    }

    @Test
    void aFailureDoesNotStopTheOthersWithoutFailOnErrors() {
        List<BulkOperationResult> results = run("""
                {"method":"POST","path":"/Users","bulkId":"a","data":{"failWith":400}},
                {"method":"POST","path":"/Users","bulkId":"b","data":{"userName":"b"}},
                {"method":"PUT","path":"/Users/u9","data":{"failWith":404}},
                {"method":"POST","path":"/Users","bulkId":"c","data":{"userName":"c"}}""");

        assertEquals(List.of(400, 201, 404, 201), statuses(results));
        assertTrue(results.get(0).failed());
        assertEquals("refused by the directory", results.get(0).error().detail());
        assertNull(results.get(0).location(), "a failed create has no resource");
        assertEquals(BASE + "/Users/u9", results.get(2).location(), "a failed write still names its target");
    }

    @Test
    void failOnErrorsStopsAfterThatManyFailures() {
        String operations = """
                "Operations":[
                {"method":"POST","path":"/Users","bulkId":"a","data":{"failWith":400}},
                {"method":"POST","path":"/Users","bulkId":"b","data":{"userName":"b"}},
                {"method":"POST","path":"/Users","bulkId":"c","data":{"failWith":409}},
                {"method":"POST","path":"/Users","bulkId":"d","data":{"userName":"d"}}]}""";

        List<BulkOperationResult> one =
                process("{\"schemas\":" + BulkTestSupport.SCHEMA + ",\"failOnErrors\":1," + operations);
        assertEquals(List.of(400), statuses(one));

        List<BulkOperationResult> two =
                process("{\"schemas\":" + BulkTestSupport.SCHEMA + ",\"failOnErrors\":2," + operations);
        assertEquals(List.of(400, 201, 409), statuses(two));
    }

    @Test
    void anUnexpectedExceptionFailsOnlyItsOperationWithAGeneric500() {
        List<BulkOperationResult> results = run("""
                {"method":"POST","path":"/Users","bulkId":"a","data":{"explode":true}},
                {"method":"POST","path":"/Users","bulkId":"b","data":{"userName":"b"}}""");

        assertEquals(List.of(500, 201), statuses(results));
        String detail = results.get(0).error().detail();
        assertTrue(detail.startsWith("Internal error, reference "), detail);
        assertFalse(detail.contains("secret"), "internal exception text never reaches the client");
    }

    @Test
    void aReferenceToAFailedPostFailsWith409WithoutReachingTheDirectory() {
        List<BulkOperationResult> results = run("""
                {"method":"POST","path":"/Users","bulkId":"qwerty","data":{"failWith":409}},
                {"method":"POST","path":"/Groups","bulkId":"g","data":{"members":[{"value":"bulkId:qwerty"}]}},
                {"method":"DELETE","path":"/Users/bulkId:qwerty"}""");

        assertEquals(List.of(409, 409, 409), statuses(results));
        assertEquals(ScimErrorType.INVALID_VALUE, results.get(1).error().scimType());
        assertNull(results.get(2).location(), "an unresolved path names no resource");
        assertEquals(1, directory.received.size());
    }

    @Test
    void circularReferencesFailEachOperationInvolved() {
        List<BulkOperationResult> results = run("""
                {"method":"POST","path":"/Groups","bulkId":"a","data":{"displayName":"A","members":[{"value":"bulkId:b"}]}},
                {"method":"POST","path":"/Groups","bulkId":"b","data":{"displayName":"B","members":[{"value":"bulkId:a"}]}}""");

        assertEquals(List.of(409, 409), statuses(results));
        assertTrue(
                results.get(0).error().detail().contains("circular"),
                results.get(0).error().detail());
        assertTrue(directory.received.isEmpty());
    }

    @Test
    void aVersionMismatchIsThatOperations412() {
        List<BulkOperationResult> results = run("""
                {"method":"DELETE","path":"/Users/u1","version":"W/\\"0\\""},
                {"method":"PATCH","path":"/Users/u1","version":"W/\\"0\\"","data":{"Operations":[]}}""");

        assertEquals(List.of(412, 412), statuses(results));
        assertEquals(BASE + "/Users/u1", results.get(1).location());
    }

    private List<BulkOperationResult> run(String operations) {
        return processor.process("integration-1", read(operations));
    }

    private List<BulkOperationResult> process(String body) {
        return processor.process("integration-1", BulkRequestReader.read(json(body), 1000));
    }

    private static List<Integer> statuses(List<BulkOperationResult> results) {
        return results.stream().map(BulkOperationResult::status).toList();
    }
}
