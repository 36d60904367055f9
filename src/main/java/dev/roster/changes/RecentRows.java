package dev.roster.changes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What was last made from a few thousand outbox rows, by row id. A row never changes once written, so what one
 * stream's delivery made of it (its parsed payload, its events) serves every other stream reading the same rows
 * shortly after, and the same row is not parsed once per stream.
 */
public final class RecentRows<V> {

    private final Map<Long, V> values;

    public RecentRows(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value made for row {@code id}, made now (outside the lock) when it is not at hand. */
    public V get(long id, Supplier<V> maker) {
        synchronized (values) {
            V known = values.get(id);
            if (known != null) {
                return known;
            }
        }
        V made = maker.get();
        synchronized (values) {
            values.put(id, made);
        }
        return made;
    }
}
