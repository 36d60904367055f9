package dev.roster.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FailureTalliesTest {

    private static final long MINUTE = 1_700_000_040_000L;
    private static final String BAD_TOKEN = "The bearer token is not valid";

    private static ProvisioningEvent rejected(String detail) {
        return ProvisioningEvent.rejected(null, 401, detail);
    }

    private static RequestOrigin from(String address) {
        return new RequestOrigin(address, "curl/8", null);
    }

    @Test
    void aFloodFromOneSourceIsOneEntryWithItsCount() {
        FailureTallies tallies = new FailureTallies(1_000);
        FailureTallies.Entry first =
                tallies.count(rejected("GET /scim/v2/Users: " + BAD_TOKEN), BAD_TOKEN, from("203.0.113.7"), MINUTE + 5);
        assertNotNull(first, "the first failure is written at once");
        assertEquals("GET /scim/v2/Users: " + BAD_TOKEN, first.event().detail());
        for (int i = 0; i < 999; i++) {
            assertNull(tallies.count(
                    rejected("GET /scim/v2/Groups/" + i + ": " + BAD_TOKEN),
                    BAD_TOKEN,
                    from("203.0.113.7"),
                    MINUTE + 10 + i));
        }
        assertEquals(1, tallies.size());
        assertEquals(Map.of(first, 999), tallies.drain(MINUTE + 2_000));
        assertEquals(Map.of(), tallies.drain(MINUTE + 3_000), "nothing is taken twice");
    }

    @Test
    void sourcesReasonsAndMinutesAreCountedApartAndEveryNodeNamesAnEntryAlike() {
        FailureTallies node = new FailureTallies(1_000);
        FailureTallies otherNode = new FailureTallies(1_000);
        String id = node.count(rejected("a"), BAD_TOKEN, from("203.0.113.7"), MINUTE)
                .id();
        assertEquals(
                id,
                otherNode
                        .count(rejected("b"), BAD_TOKEN, from("203.0.113.7"), MINUTE + 59_999)
                        .id(),
                "the same key in the same minute is one entry across nodes");
        List<String> others = List.of(
                node.count(rejected("a"), BAD_TOKEN, from("203.0.113.8"), MINUTE)
                        .id(),
                node.count(rejected("a"), "Authorization must use the Bearer scheme", from("203.0.113.7"), MINUTE)
                        .id(),
                node.count(ProvisioningEvent.rejected("okta-x", 401, "a"), BAD_TOKEN, from("203.0.113.7"), MINUTE)
                        .id(),
                node.count(rejected("a"), BAD_TOKEN, from("203.0.113.7"), MINUTE + 60_000)
                        .id());
        others.forEach(other -> assertNotEquals(id, other));
        assertEquals(others.size(), others.stream().distinct().count());
    }

    @Test
    void beyondTheKeysANodeTellsApartFailuresCountInOneEntryWithoutASource() {
        FailureTallies tallies = new FailureTallies(3);
        IntStream.range(0, 3).forEach(i -> tallies.count(rejected("a"), BAD_TOKEN, from("198.51.100." + i), MINUTE));
        FailureTallies.Entry overflow = tallies.count(rejected("a"), BAD_TOKEN, from("198.51.100.3"), MINUTE);
        assertNotNull(overflow);
        assertNull(overflow.origin().address());
        assertNull(overflow.event().integrationId());
        assertEquals(
                "Further failures from more sources and reasons than 3 in this minute",
                overflow.event().detail());
        for (int i = 4; i < 10_000; i++) {
            assertNull(
                    tallies.count(rejected("a"), "reason " + i, from("2001:db8::" + Integer.toHexString(i)), MINUTE));
        }
        assertEquals(4, tallies.size(), "ever new sources and reasons cost no more entries");
        assertEquals(9_996, tallies.drain(MINUTE + 1).get(overflow));
        // A known key still counts as itself.
        assertNull(tallies.count(rejected("a"), BAD_TOKEN, from("198.51.100.0"), MINUTE + 2));
    }

    @Test
    void pastMinutesAreForgottenOnceWrittenAndCountsThatFailedToWriteComeBack() {
        FailureTallies tallies = new FailureTallies(1_000);
        FailureTallies.Entry entry = tallies.count(rejected("a"), BAD_TOKEN, from("203.0.113.7"), MINUTE);
        tallies.count(rejected("a"), BAD_TOKEN, from("203.0.113.7"), MINUTE + 1);
        assertEquals(Map.of(entry, 1), tallies.drain(MINUTE + 60_001));
        tallies.restore(entry, 1);
        assertEquals(Map.of(entry, 1), tallies.drain(MINUTE + 60_002), "a count that failed to write is written later");
        assertEquals(1, tallies.size());
        assertEquals(Map.of(), tallies.drain(MINUTE + 60_003));
        assertEquals(0, tallies.size(), "the minute is over and written: its key is forgotten");
    }
}
