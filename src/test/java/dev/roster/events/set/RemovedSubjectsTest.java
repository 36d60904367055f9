package dev.roster.events.set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.changes.OutboxRow;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RemovedSubjectsTest {

    private static final SetFactory FACTORY = new SetFactory("https://roster.example.test");
    private static final OutboxRow ADA = row(
            "User",
            "u-1",
            "{\"userName\":\"Ada\",\"externalId\":\"00u1\",\"emails\":[{\"value\":\"a@x.test\"},"
                    + "{\"value\":\"Ada@Example.com\",\"primary\":true}]}");
    private static final OutboxRow GROUP = row("Group", "g-1", "{\"displayName\":\"Ada\",\"externalId\":\"00g1\"}");

    @Test
    void aScimSubjectMatchesWhenEveryMemberItGivesIsTheResources() {
        assertRemoves(ADA, "{\"format\":\"scim\",\"uri\":\"/Users/u-1\",\"id\":\"u-1\",\"externalId\":\"00u1\"}");
        assertRemoves(ADA, "{\"format\":\"scim\",\"uri\":\"https://roster.example.test/scim/v2/Users/u-1\"}");
        assertRemoves(ADA, "{\"format\":\"scim\",\"externalId\":\"00u1\"}");
        assertRemoves(GROUP, "{\"format\":\"scim\",\"uri\":\"/Groups/g-1\"}");
        assertKeeps(ADA, "{\"format\":\"scim\",\"uri\":\"/Users/u-1\",\"externalId\":\"other\"}");
        assertKeeps(ADA, "{\"format\":\"scim\",\"uri\":\"/Groups/u-1\"}");
        assertKeeps(ADA, "{\"format\":\"scim\",\"externalId\":\"00U1\"}");
        assertKeeps(ADA, "{\"format\":\"scim\"}");
    }

    @Test
    void anEmailIsAnyOfTheUsersAddressesAndAnOpaqueIdItsUserNameWithoutCase() {
        assertRemoves(ADA, "{\"format\":\"email\",\"email\":\"ada@example.COM\"}");
        assertRemoves(ADA, "{\"format\":\"email\",\"email\":\"a@x.test\"}");
        assertRemoves(ADA, "{\"format\":\"opaque\",\"id\":\"ada\"}");
        assertKeeps(ADA, "{\"format\":\"email\",\"email\":\"ada@other.test\"}");
        assertKeeps(ADA, "{\"format\":\"opaque\",\"id\":\"u-1\"}");
        assertKeeps(GROUP, "{\"format\":\"opaque\",\"id\":\"Ada\"}");
    }

    @Test
    void aComplexSubjectMatchesOnTheUserAndTenantItDefines() {
        assertRemoves(
                ADA,
                "{\"format\":\"complex\",\"user\":{\"format\":\"email\",\"email\":\"ada@example.com\"},"
                        + "\"tenant\":{\"format\":\"opaque\",\"id\":\"int-1\"}}");
        assertRemoves(ADA, "{\"format\":\"complex\",\"user\":{\"format\":\"opaque\",\"id\":\"Ada\"}}");
        assertRemoves(GROUP, "{\"format\":\"complex\",\"tenant\":{\"format\":\"opaque\",\"id\":\"int-1\"}}");
        assertRemoves(
                ADA,
                "{\"format\":\"complex\",\"user\":{\"format\":\"opaque\",\"id\":\"Ada\"},"
                        + "\"device\":{\"format\":\"opaque\",\"id\":\"laptop\"}}");
        assertKeeps(
                ADA,
                "{\"format\":\"complex\",\"user\":{\"format\":\"email\",\"email\":\"ada@example.com\"},"
                        + "\"tenant\":{\"format\":\"opaque\",\"id\":\"int-2\"}}");
        assertKeeps(ADA, "{\"format\":\"complex\",\"device\":{\"format\":\"opaque\",\"id\":\"laptop\"}}");
        assertKeeps(ADA, "{\"format\":\"complex\",\"tenant\":{\"format\":\"email\",\"email\":\"int-1\"}}");
    }

    @Test
    void aliasesMatchByAnyIdentifierAndUnknownFormatsMatchNothing() {
        assertRemoves(
                ADA,
                "{\"format\":\"aliases\",\"identifiers\":[{\"format\":\"phone_number\",\"phone_number\":\"+1\"},"
                        + "{\"format\":\"email\",\"email\":\"a@x.test\"}]}");
        assertKeeps(ADA, "{\"format\":\"phone_number\",\"phone_number\":\"+12065550123\"}");
        assertKeeps(ADA, "{\"format\":\"account\",\"uri\":\"acct:ada@example.com\"}");
    }

    @Test
    void aStreamsOwnEventsAreNeverHeldBack() {
        OutboxRow feedRemove = new OutboxRow(
                9,
                9,
                null,
                "s-1",
                "Stream",
                "s-1",
                "FEED_REMOVE",
                null,
                0,
                1_700_000_000_000L,
                json("{\"subject\":{\"format\":\"opaque\",\"id\":\"ada\"}}"));
        assertEquals(1, events(feedRemove, "{\"format\":\"opaque\",\"id\":\"ada\"}"));
    }

    @Test
    void onlyTheStreamThatRemovedTheSubjectLosesTheEvents() {
        RowEvents prepared = FACTORY.prepare(ADA);
        StreamTarget removing = new StreamTarget(
                "s-1",
                "aud-1",
                Set.copyOf(EventTypes.SUPPORTED),
                RemovedSubjects.of(List.of("{\"email\":\"ada@example.com\",\"format\":\"email\"}")));
        StreamTarget other = new StreamTarget("s-2", "aud-2", Set.copyOf(EventTypes.SUPPORTED));
        assertTrue(prepared.forStream(removing, 0).isEmpty());
        assertFalse(prepared.forStream(other, 0).isEmpty());
    }

    private static void assertRemoves(OutboxRow row, String subject) {
        assertEquals(0, events(row, subject), subject + " should name " + row.resourceId());
    }

    private static void assertKeeps(OutboxRow row, String subject) {
        assertTrue(events(row, subject) > 0, subject + " should not name " + row.resourceId());
    }

    private static int events(OutboxRow row, String removed) {
        StreamTarget stream =
                new StreamTarget("s-1", "aud", Set.copyOf(EventTypes.SUPPORTED), RemovedSubjects.of(List.of(removed)));
        return FACTORY.prepare(row).forStream(stream, 1_700_000_001_000L).size();
    }

    private static OutboxRow row(String type, String id, String document) {
        return new OutboxRow(
                42,
                7,
                "int-1",
                null,
                type,
                id,
                "PUT",
                null,
                3,
                1_700_000_000_000L,
                json("{\"document\":" + document + ",\"attributes\":[\"userName\"]}"));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
