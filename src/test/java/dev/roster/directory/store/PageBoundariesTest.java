package dev.roster.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.directory.ResourceKind;
import org.junit.jupiter.api.Test;

class PageBoundariesTest {

    private final PageBoundaries boundaries = new PageBoundaries();

    @Test
    void theNextPageFindsWhereThePreviousEndedForItsOwnDirectoryAndKindOnly() {
        boundaries.remember("okta", ResourceKind.USER, 101, 5_000L, "u-100", 0);

        PageBoundaries.Boundary found = boundaries.before("okta", ResourceKind.USER, 101, 1_000).orElseThrow();
        assertEquals(5_000L, found.createdAt());
        assertEquals("u-100", found.id());
        assertTrue(boundaries.before("entra", ResourceKind.USER, 101, 1_000).isEmpty(), "another directory");
        assertTrue(boundaries.before("okta", ResourceKind.GROUP, 101, 1_000).isEmpty(), "groups page apart");
        assertTrue(boundaries.before("okta", ResourceKind.USER, 201, 1_000).isEmpty(), "another page");
    }

    @Test
    void aPositionOlderThanItsLifetimeIsForgotten() {
        boundaries.remember("okta", ResourceKind.USER, 101, 5_000L, "u-100", 0);

        assertTrue(boundaries.before("okta", ResourceKind.USER, 101, PageBoundaries.TTL_MILLIS).isPresent());
        assertTrue(boundaries.before("okta", ResourceKind.USER, 101, PageBoundaries.TTL_MILLIS + 1).isEmpty());
    }

    @Test
    void theOldestPositionsGoWhenTheBoundIsReached() {
        for (int page = 0; page <= PageBoundaries.MAX_ENTRIES; page++) {
            boundaries.remember("okta", ResourceKind.USER, 1 + 100L * (page + 1), page, "u-" + page, 0);
        }
        assertTrue(boundaries.before("okta", ResourceKind.USER, 101, 0).isEmpty(), "the first one went");
        assertTrue(boundaries.before("okta", ResourceKind.USER, 1 + 100L * (PageBoundaries.MAX_ENTRIES + 1), 0).isPresent());
    }
}
