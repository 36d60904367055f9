package dev.roster.directory.store;

import dev.roster.scim.spi.ListingKey;
import dev.roster.scim.spi.ResourceType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What this node learnt from the index pages it served of whole listings in the default order: that the row
 * at index N of an integration's users (or groups) has a certain key, as of a listing version. IdPs import a
 * directory page after page ({@code startIndex} 1, 101, 201, …), and with OFFSET page k costs O(k) (H2 walks
 * every skipped entry of the order index: 24 ms at 100,000 users against 0.4 ms for a seek). Knowing where
 * row 100·k ended, the next page seeks there instead; knowing a nearer row before it, it seeks there and
 * skips the rest (with several nodes, the previous page may have been another node's).
 * <p>
 * A position is a claim, not an answer: the caller uses it only when the listing's version, read after the
 * page, is still the one the position was learnt at ({@link ListingVersions}). Bounded: the positions of a
 * listing used last, of the listings used last.
 */
final class ListingPositions {

    static final int MAX_LISTINGS = 4096;
    static final int MAX_POSITIONS = 32;

    /** The row at 1-based {@code index} had {@code key} when the listing was at {@code version}. */
    record Known(long index, ListingKey key, long version) {}

    private record Listing(String integrationId, ResourceType kind) {}

    private static final class Positions {
        final long version;
        final TreeMap<Long, ListingKey> byIndex = new TreeMap<>();
        /** The same indexes, the one used longest ago first: the one to forget. */
        final LinkedHashMap<Long, Boolean> byUse = new LinkedHashMap<>(16, 0.75f, true);

        Positions(long version) {
            this.version = version;
        }
    }

    private final Map<Listing, Positions> listings = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Listing, Positions> eldest) {
            return size() > MAX_LISTINGS;
        }
    };

    /** The known row nearest before or at {@code index} (1-based), if any. */
    synchronized Optional<Known> atOrBefore(String integrationId, ResourceType kind, long index) {
        Positions positions = listings.get(new Listing(integrationId, kind));
        if (positions == null) {
            return Optional.empty();
        }
        Map.Entry<Long, ListingKey> nearest = positions.byIndex.floorEntry(index);
        if (nearest == null) {
            return Optional.empty();
        }
        positions.byUse.get(nearest.getKey());
        return Optional.of(new Known(nearest.getKey(), nearest.getValue(), positions.version));
    }

    /**
     * Records that the row at {@code index} has {@code key} at {@code version}. A newer version forgets what was
     * known at older ones (versions only grow); a claim at an older version than the known one is dropped.
     */
    synchronized void remember(String integrationId, ResourceType kind, long version, long index, ListingKey key) {
        Listing listing = new Listing(integrationId, kind);
        Positions positions = listings.get(listing);
        if (positions == null || positions.version < version) {
            positions = new Positions(version);
            listings.put(listing, positions);
        } else if (positions.version > version) {
            return;
        }
        positions.byIndex.put(index, key);
        positions.byUse.put(index, Boolean.TRUE);
        if (positions.byIndex.size() > MAX_POSITIONS) {
            // Walks go forward, each from where it was: what no walk used for longest is done with.
            Long unused = positions.byUse.keySet().iterator().next();
            positions.byUse.remove(unused);
            positions.byIndex.remove(unused);
        }
    }
}
