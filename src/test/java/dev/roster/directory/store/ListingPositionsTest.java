package dev.roster.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.scim.spi.ListingKey;
import dev.roster.scim.spi.ResourceType;
import org.junit.jupiter.api.Test;

class ListingPositionsTest {

    private final ListingPositions positions = new ListingPositions();

    private static ListingKey key(long index) {
        return new ListingKey(null, index, "u-" + index);
    }

    @Test
    void theNearestKnownRowAtOrBeforeAnIndexOfItsOwnListing() {
        positions.remember("okta", ResourceType.USER, 7, 100, key(100));
        positions.remember("okta", ResourceType.USER, 7, 300, key(300));

        assertEquals(
                new ListingPositions.Known(100, key(100), 7),
                positions.atOrBefore("okta", ResourceType.USER, 250).orElseThrow());
        assertEquals(
                300,
                positions
                        .atOrBefore("okta", ResourceType.USER, 300)
                        .orElseThrow()
                        .index());
        assertTrue(positions.atOrBefore("okta", ResourceType.USER, 99).isEmpty(), "nothing known before row 100");
        assertTrue(positions.atOrBefore("entra", ResourceType.USER, 300).isEmpty(), "another directory");
        assertTrue(positions.atOrBefore("okta", ResourceType.GROUP, 300).isEmpty(), "groups are listed apart");
    }

    @Test
    void aNewerVersionForgetsTheOlderOnesPositionsAndAnOlderClaimIsDropped() {
        positions.remember("okta", ResourceType.USER, 7, 100, key(100));
        positions.remember("okta", ResourceType.USER, 8, 300, key(300));
        assertTrue(positions.atOrBefore("okta", ResourceType.USER, 200).isEmpty(), "learnt at version 7");
        positions.remember("okta", ResourceType.USER, 7, 200, key(200));
        assertEquals(
                300,
                positions
                        .atOrBefore("okta", ResourceType.USER, 1000)
                        .orElseThrow()
                        .index());
        assertTrue(positions.atOrBefore("okta", ResourceType.USER, 250).isEmpty(), "a claim of version 7 came late");
    }

    /** A second import from the start still learns where its pages end, whatever the first one left. */
    @Test
    void theRowsLeastRecentlyUsedAreForgottenNotTheLowest() {
        for (long index = 100; index <= 100L * (ListingPositions.MAX_POSITIONS + 5); index += 100) {
            positions.remember("okta", ResourceType.USER, 1, index, key(index));
        }
        assertTrue(positions.atOrBefore("okta", ResourceType.USER, 150).isEmpty(), "the first pages of the walk went");
        positions.remember("okta", ResourceType.USER, 1, 100, key(100));
        assertEquals(
                100,
                positions
                        .atOrBefore("okta", ResourceType.USER, 150)
                        .orElseThrow()
                        .index(),
                "a new walk from the start");
        long last = 100L * (ListingPositions.MAX_POSITIONS + 5);
        assertEquals(
                last,
                positions
                        .atOrBefore("okta", ResourceType.USER, last)
                        .orElseThrow()
                        .index());
    }
}
