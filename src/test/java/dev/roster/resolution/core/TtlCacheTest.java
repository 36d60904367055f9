package dev.roster.resolution.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void entriesExpireAfterTheTtl() {
        TtlCache<String, String> cache = new TtlCache<>(500, 10, now::get);
        cache.put("a", "1");
        now.addAndGet(499_000_000L);
        assertEquals("1", cache.get("a"));
        now.addAndGet(1_000_000L);
        assertNull(cache.get("a"));
    }

    @Test
    void loadsOnMissOnly() {
        TtlCache<String, String> cache = new TtlCache<>(500, 10, now::get);
        AtomicInteger loads = new AtomicInteger();
        cache.get("k", k -> "v" + loads.incrementAndGet());
        assertEquals("v1", cache.get("k", k -> "v" + loads.incrementAndGet()));
        now.addAndGet(600_000_000L);
        assertEquals("v2", cache.get("k", k -> "v" + loads.incrementAndGet()));
    }

    @Test
    void aLoadOvertakenByAnInvalidationIsNotKept() {
        TtlCache<String, String> cache = new TtlCache<>(500, 10, now::get);
        String read = cache.get("ada", key -> {
            cache.invalidateAll(); // the deactivation commits while the load reads the old row
            return "active";
        });
        assertEquals("active", read, "the caller still gets what it read");
        assertEquals("inactive", cache.get("ada", key -> "inactive"), "but the next caller reads again");
    }

    @Test
    void staysBounded() {
        TtlCache<Integer, Integer> cache = new TtlCache<>(60_000, 100, now::get);
        for (int i = 0; i < 10_000; i++) {
            cache.put(i, i);
        }
        assertTrue(cache.size() <= 100, "size " + cache.size());
        assertEquals(9_999, cache.get(9_999));
    }

    @Test
    void zeroTtlKeepsNothing() {
        TtlCache<String, String> cache = new TtlCache<>(0, 10, now::get);
        cache.put("a", "1");
        assertNull(cache.get("a"));
    }
}
