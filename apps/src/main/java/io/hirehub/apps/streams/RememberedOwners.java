package io.hirehub.apps.streams;

import io.hirehub.topologies.query.KeyOwners;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keys' owners as last looked up in the group's assignment, so a read does not ask Kafka Streams
 * ({@code queryMetadataForKey} is synchronized and rebuilds the source topics' sets on every call)
 * while the assignment stands. Kafka Streams passes through REBALANCING whenever the assignment
 * changes, so {@link #forget()} runs on every state change and starts a new generation: an owner
 * looked up in an older one is never given again, even when its lookup finishes after the change.
 * While the application is not settled (RUNNING) nothing is given from memory or remembered.
 * Owners also expire after {@code maxAge}, bounding how long a change that reaches the metadata
 * without a local state change (possible with the {@code streams} group protocol) goes unseen.
 *
 * <p>A stale owner cannot give a wrong answer: a read of this instance's copy goes to the key's
 * partition only and fails as unavailable once the partition has moved, and an owner forwarded to
 * that no longer holds the key answers 503; the caller then answers 503 or asks a standby.
 * Unavailable owners are never remembered. At most {@code capacity} keys are held, all forgotten
 * at once beyond that (the next lookups refill).
 */
final class RememberedOwners<K> {

    private record Remembered(long generation, long at, KeyOwners owners) {}

    private final Map<K, Remembered> owners = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int capacity;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;

    RememberedOwners(final int capacity, final Duration maxAge) {
        this(capacity, maxAge, System::nanoTime);
    }

    RememberedOwners(final int capacity, final Duration maxAge, final LongSupplier nanoTime) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
        }
        this.capacity = capacity;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * The owners of {@code key}: remembered from this generation when {@code settled} holds, else
     * {@code lookup}'s (remembered when available and nothing changed meanwhile).
     */
    KeyOwners owners(final K key, final BooleanSupplier settled, final Supplier<KeyOwners> lookup) {
        // The generation is read before the state: a change in between leaves an older generation here.
        final long current = generation.get();
        if (!settled.getAsBoolean()) {
            return lookup.get();
        }
        final long now = nanoTime.getAsLong();
        final Remembered known = owners.get(key);
        if (known != null && known.generation() == current && now - known.at() < maxAgeNanos) {
            return known.owners();
        }
        final KeyOwners found = lookup.get();
        if (found.available() && settled.getAsBoolean() && generation.get() == current) {
            if (owners.size() >= capacity) {
                owners.clear();
            }
            owners.put(key, new Remembered(current, now, found));
        }
        return found;
    }

    /** The assignment may have changed (any state change): nothing remembered so far is given again. */
    void forget() {
        generation.incrementAndGet();
        owners.clear();
    }

    int size() {
        return owners.size();
    }
}
