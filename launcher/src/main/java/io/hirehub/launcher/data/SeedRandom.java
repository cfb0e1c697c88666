package io.hirehub.launcher.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seeded randomness of the generator. Every entity draws from its own stream, derived from the
 * run's seed, the entity kind and its index, so the same seed gives the same data and the same
 * UUIDs however the work is batched or spread over threads.
 */
final class SeedRandom {

    private final SplittableRandom random;

    private SeedRandom(final long state) {
        this.random = new SplittableRandom(state);
    }

    /** The stream of entity {@code index} of {@code kind} for run {@code seed}. */
    static SeedRandom of(final long seed, final String kind, final long index) {
        long h = seed * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < kind.length(); i++) {
            h = mix(h ^ kind.charAt(i));
        }
        return new SeedRandom(mix(h ^ mix(index + 0x632BE59BD9B4E019L)));
    }

    private static long mix(final long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A version-4-shaped UUID from this stream. */
    UUID uuid() {
        final long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        final long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    int between(final int min, final int maxInclusive) {
        return random.nextInt(min, maxInclusive + 1);
    }

    boolean chance(final double probability) {
        return random.nextDouble() < probability;
    }

    long nextLong() {
        return random.nextLong();
    }

    <T> T pick(final List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} distinct values of {@code values} (all of them if fewer), in drawn order. */
    <T> List<T> sample(final List<T> values, final int count) {
        final List<T> pool = new ArrayList<>(values);
        final int n = Math.min(count, pool.size());
        for (int i = 0; i < n; i++) {
            final int j = random.nextInt(i, pool.size());
            final T swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, n));
    }

    /** {@code digits} decimal digits as text (leading zeros kept). */
    String digits(final int digits) {
        final StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** {@code length} lower-case base-36 characters. */
    String token(final int length) {
        final StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(Character.forDigit(random.nextInt(36), 36));
        }
        return out.toString();
    }
}
