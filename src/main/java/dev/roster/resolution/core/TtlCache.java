package dev.roster.resolution.core;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A bounded map whose entries expire a fixed time after they were put. Lock-free reads (one
 * {@link ConcurrentHashMap} lookup and a clock read), so it can sit on the resolution hot path. When full, expired
 * entries go first, then arbitrary ones: the cache only saves work, so evicting a live entry costs a reload, never
 * correctness. A TTL of 0 disables it (nothing is kept). Thread-safe.
 *
 * @param <K> key type
 * @param <V> value type; {@code null} values are not stored
 */
public final class TtlCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxSize;
    private final LongSupplier nanoClock;
    /** Counts {@link #invalidateAll} calls: a load that began before one must not put what it read. */
    private final AtomicLong generation = new AtomicLong();

    /** A cache on {@link System#nanoTime()}. */
    public TtlCache(long ttlMillis, int maxSize) {
        this(ttlMillis, maxSize, System::nanoTime);
    }

    /**
     * @param ttlMillis how long an entry is served after it was put; 0 or less keeps nothing
     * @param maxSize   the most entries kept (at least 1)
     * @param nanoClock a monotonic clock in nanoseconds (tests pass a fake)
     */
    public TtlCache(long ttlMillis, int maxSize, LongSupplier nanoClock) {
        this.ttlNanos = Math.max(0, ttlMillis) * 1_000_000L;
        this.maxSize = Math.max(1, maxSize);
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /** The live value, or null when absent or expired. */
    public V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (nanoClock.getAsLong() - entry.expiresAt >= 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry.value;
    }

    /** Keeps {@code value} for the TTL from now (replacing any earlier value). */
    public void put(K key, V value) {
        if (ttlNanos == 0 || value == null) {
            return;
        }
        if (entries.size() >= maxSize && !entries.containsKey(key)) {
            evict();
        }
        entries.put(key, new Entry<>(value, nanoClock.getAsLong() + ttlNanos));
    }

    /**
     * The live value, else what {@code loader} returns (kept for the TTL). Concurrent misses of one key may each
     * load; loads are idempotent reads, and not holding a lock while loading keeps slow loads from blocking others.
     * A load overtaken by {@link #invalidateAll} answers its caller but is not kept: it may have read what the
     * invalidation was about.
     */
    public V get(K key, Function<? super K, ? extends V> loader) {
        V value = get(key);
        if (value == null) {
            long before = generation.get();
            value = loader.apply(key);
            if (generation.get() == before) {
                put(key, value);
            }
        }
        return value;
    }

    public void invalidate(K key) {
        entries.remove(key);
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** Entries currently held, live or not yet swept. */
    public int size() {
        return entries.size();
    }

    private void evict() {
        long now = nanoClock.getAsLong();
        entries.entrySet().removeIf(e -> now - e.getValue().expiresAt >= 0);
        int excess = entries.size() - (maxSize - Math.max(1, maxSize / 4));
        if (excess > 0) {
            Iterator<Map.Entry<K, Entry<V>>> it = entries.entrySet().iterator();
            while (excess-- > 0 && it.hasNext()) {
                it.next();
                it.remove();
            }
        }
    }
}
