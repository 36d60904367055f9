package dev.roster.scim.bulk;

import static dev.roster.scim.bulk.BulkTestSupport.assertScimError;
import static dev.roster.scim.bulk.BulkTestSupport.json;
import static dev.roster.scim.bulk.BulkTestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class BulkIdReferencesTest {

    private static final UnaryOperator<String> IDS = Map.of("qwerty", "u-1", "ytrewq", "g-2")::get;

    @Test
    void resolvesAGroupMemberValue() {
        JsonObject data = json("""
                {"displayName":"Tour Guides","members":[{"type":"User","value":"bulkId:qwerty"}]}""");

        JsonObject resolved = BulkIdReferences.resolveIn(data, IDS);

        assertEquals(json("""
                {"displayName":"Tour Guides","members":[{"type":"User","value":"u-1"}]}"""), resolved);
    }

    @Test
    void resolvesAtAnyDepthIncludingPatchValues() {
        JsonObject data = json("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
                 "Operations":[{"op":"add","path":"members","value":[{"value":"bulkId:qwerty"},{"value":"bulkId:ytrewq"}]},
                               {"op":"replace","path":"manager","value":"bulkId:qwerty"}]}""");

        JsonObject resolved = BulkIdReferences.resolveIn(data, IDS);

        assertEquals(
                "u-1",
                resolved.getJsonArray("Operations")
                        .getJsonObject(0)
                        .getJsonArray("value")
                        .getJsonObject(0)
                        .getString("value"));
        assertEquals(
                "g-2",
                resolved.getJsonArray("Operations")
                        .getJsonObject(0)
                        .getJsonArray("value")
                        .getJsonObject(1)
                        .getString("value"));
        assertEquals("u-1", resolved.getJsonArray("Operations").getJsonObject(1).getString("value"));
    }

    @Test
    void dataWithoutReferencesIsReturnedAsItIs() {
        JsonObject data = json("""
                {"userName":"bjensen","nickName":"see bulkId:qwerty","emails":[{"value":"b@example.com"}],
                 "active":true,"x":null,"n":3}""");

        assertSame(data, BulkIdReferences.resolveIn(data, id -> {
            throw new AssertionError("no reference to look up, asked for " + id);
        }));
    }

    @Test
    void resolvesAPathId() {
        assertEquals("u-1", BulkIdReferences.resolve("bulkId:qwerty", IDS));
        assertEquals("2819c223", BulkIdReferences.resolve("2819c223", IDS));
    }

    @Test
    void tableResolvesWhatAnEarlierPostCreated() {
        BulkIdTable table = new BulkIdTable(read(twoPosts()).operations());
        table.recordCreated("qwerty", "u-1");

        assertEquals("u-1", table.resolve("qwerty", 1));
    }

    @Test
    void referenceToAnUndeclaredBulkIdIs409() {
        BulkIdTable table = new BulkIdTable(read(twoPosts()).operations());

        ScimException e = assertScimError(409, ScimErrorType.INVALID_VALUE, () -> table.resolve("nope", 1));
        assertTrue(e.detail().contains("not declared"), e.detail());
    }

    @Test
    void referenceToAFailedPostIs409NamingIt() {
        BulkIdTable table = new BulkIdTable(read(twoPosts()).operations());

        ScimException e = assertScimError(409, ScimErrorType.INVALID_VALUE, () -> table.resolve("qwerty", 1));
        assertTrue(e.detail().contains("Operations[0] failed"), e.detail());
    }

    @Test
    void forwardAndSelfReferencesAre409BecauseCircularReferencesAreNotSupported() {
        BulkIdTable table = new BulkIdTable(read(twoPosts()).operations());

        ScimException forward = assertScimError(409, ScimErrorType.INVALID_VALUE, () -> table.resolve("ytrewq", 0));
        assertTrue(forward.detail().contains("circular"), forward.detail());
        ScimException self = assertScimError(409, ScimErrorType.INVALID_VALUE, () -> table.resolve("ytrewq", 1));
        assertTrue(self.detail().contains("circular"), "a POST cannot reference itself: " + self.detail());
    }

    @Test
    void onlyPostsDeclareBulkIds() {
        BulkIdTable table = new BulkIdTable(read("""
                {"method":"DELETE","path":"/Users/u9","bulkId":"gone"},
                {"method":"DELETE","path":"/Users/bulkId:gone"}""").operations());

        ScimException e = assertScimError(409, ScimErrorType.INVALID_VALUE, () -> table.resolve("gone", 1));
        assertTrue(e.detail().contains("not declared"), e.detail());
    }

    private static String twoPosts() {
        return """
                {"method":"POST","path":"/Users","bulkId":"qwerty","data":{"userName":"a"}},
                {"method":"POST","path":"/Groups","bulkId":"ytrewq","data":{"displayName":"G"}}""";
    }
}
