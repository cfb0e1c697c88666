package io.hirehub.topologies.streams;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The last decoded values of a store, by their exact serialized bytes, least recently used dropped
 * first: a value read again and again (a popular job's top, read on every request) is decoded once
 * per change instead of once per read. A hit costs a CRC32C and a byte comparison of the value,
 * far less than parsing it. Only for immutable values: every reader gets the same instance.
 * Thread-safe (stream threads and query threads read the same store).
 */
final class DecodedValues<T> {

    /** Serialized bytes as a map key: exact content equality, a CRC32C (an intrinsic) as the hash. */
    private record Content(byte[] bytes, int hash) {
        static Content of(final byte[] bytes) {
            final CRC32C crc = new CRC32C();
            crc.update(bytes);
            return new Content(bytes, (int) crc.getValue());
        }

        @Override
        public boolean equals(final Object other) {
            return other instanceof Content that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return bytes.length + " bytes";
        }
    }

    private final Map<Content, T> values;

    DecodedValues(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.values = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<Content, T> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value these bytes decode to: remembered, or {@code decode}'s (then remembered). */
    T decode(final byte[] bytes, final Function<byte[], T> decode) {
        final Content key = Content.of(bytes);
        synchronized (values) {
            final T known = values.get(key);
            if (known != null) {
                return known;
            }
        }
        final T decoded = decode.apply(bytes);
        // Kept as a copy: the caller's array is not ours to hold.
        final Content kept = new Content(bytes.clone(), key.hash());
        synchronized (values) {
            values.put(kept, decoded);
        }
        return decoded;
    }

    int size() {
        synchronized (values) {
            return values.size();
        }
    }
}
