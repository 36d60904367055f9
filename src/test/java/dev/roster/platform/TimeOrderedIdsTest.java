package dev.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheRfcVariantAndCarryTheirTime() {
        UUID id = TimeOrderedIds.next(1_700_000_000_123L);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(1_700_000_000_123L, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void laterMillisecondsSortAfterEarlierOnesAsText() {
        String earlier = TimeOrderedIds.next(1_700_000_000_000L).toString();
        String later = TimeOrderedIds.next(1_700_000_000_001L).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " < " + later);
    }

    @Test
    void idsOfOneMillisecondDoNotCollide() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.next(1_700_000_000_000L));
        }
        assertEquals(100_000, ids.size());
    }

    @Test
    void namedIdsAreTheSameForTheSameTimeAndNameAndSortWithTheirTime() {
        String a = TimeOrderedIds.named(1_700_000_040_000L, "minute|source|reason");
        assertEquals(a, TimeOrderedIds.named(1_700_000_040_000L, "minute|source|reason"));
        assertTrue(!a.equals(TimeOrderedIds.named(1_700_000_040_000L, "minute|source|other reason")));
        assertTrue(!a.equals(TimeOrderedIds.named(1_700_000_100_000L, "minute|source|reason")));
        UUID id = UUID.fromString(a);
        assertEquals(8, id.version());
        assertEquals(2, id.variant());
        assertEquals(1_700_000_040_000L, id.getMostSignificantBits() >>> 16);
        assertTrue(TimeOrderedIds.next(1_700_000_039_999L).toString().compareTo(a) < 0);
        assertTrue(a.compareTo(TimeOrderedIds.next(1_700_000_040_001L).toString()) < 0);
    }
}
