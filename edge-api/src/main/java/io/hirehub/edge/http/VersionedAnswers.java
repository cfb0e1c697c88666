package io.hirehub.edge.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The answer last made for each key (e.g. a job and a page), kept with the version of the source it
 * was made from and given again while that version is current: a popular job's top page is encoded
 * once per change of the top, not once per read. The most recently used {@code capacity} keys stay.
 *
 * <p>A version is compared by identity, so it must be an immutable instance that stands for one state
 * of the source, a changed source always being another instance; the store's decoded tops are
 * ({@code JsonSerdes.remembering}: one shared instance per stored value). An answer is held with a
 * strong reference to its version, so that instance cannot be collected and its identity reused
 * while the answer is kept. Thread-safe.
 *
 * @param <K> what an answer is for, with value equality (a record)
 * @param <V> the answer
 */
public final class VersionedAnswers<K, V> {

    private record Made<V>(Object version, V answer) {}

    private final Map<K, Made<V>> answers;

    public VersionedAnswers(final int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.answers = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(final Map.Entry<K, Made<V>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The answer for {@code key} made from {@code version}: kept, or {@code make}'s (then kept). */
    public V get(final K key, final Object version, final Supplier<? extends V> make) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        synchronized (answers) {
            final Made<V> known = answers.get(key);
            if (known != null && known.version() == version) {
                return known.answer();
            }
        }
        // Made outside the lock: racing readers of a new version may each make it once.
        final V made = Objects.requireNonNull(make.get(), "answer");
        synchronized (answers) {
            answers.put(key, new Made<>(version, made));
        }
        return made;
    }

    int size() {
        synchronized (answers) {
            return answers.size();
        }
    }
}
