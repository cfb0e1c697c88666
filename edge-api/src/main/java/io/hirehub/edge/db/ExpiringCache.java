package io.hirehub.edge.db;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * A small bounded cache of read-mostly rows (a token subject's account, a job's company) with a time
 * to live, least recently used entries evicted first. Misses are not cached, so a row created a
 * moment ago is found at once; a changed row is seen after the TTL at the latest on other instances
 * (this one invalidates what it writes).
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAt) {}

    private final int capacity;
    private final long ttlNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<K, Entry<V>> entries;

    public ExpiringCache(final int capacity, final Duration ttl) {
        this(capacity, ttl, System::nanoTime);
    }

    ExpiringCache(final int capacity, final Duration ttl, final LongSupplier clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
        this.ttlNanos = ttl.toNanos();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<K, Entry<V>> eldest) {
                return size() > ExpiringCache.this.capacity;
            }
        };
    }

    /** The cached value, or {@code load}'s answer (cached when present). */
    public Optional<V> get(final K key, final Function<K, Optional<V>> load) {
        return get(key, load, value -> Long.MAX_VALUE);
    }

    /**
     * As {@link #get(Object, Function)}, a loaded value kept for the TTL or for {@code lifetimeNanos}
     * of it, whichever is shorter (e.g. until a token expires); a value with no lifetime left is not cached.
     */
    public Optional<V> get(final K key, final Function<K, Optional<V>> load, final ToLongFunction<V> lifetimeNanos) {
        synchronized (entries) {
            final Entry<V> entry = entries.get(key);
            if (entry != null && entry.expiresAt - clock.getAsLong() > 0) {
                return Optional.of(entry.value);
            }
            if (entry != null) {
                entries.remove(key);
            }
        }
        final Optional<V> loaded = load.apply(key);
        loaded.ifPresent(value -> {
            final long keep = Math.min(ttlNanos, lifetimeNanos.applyAsLong(value));
            if (keep > 0) {
                synchronized (entries) {
                    entries.put(key, new Entry<>(value, clock.getAsLong() + keep));
                }
            }
        });
        return loaded;
    }

    public void invalidate(final K key) {
        synchronized (entries) {
            entries.remove(key);
        }
    }

    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
