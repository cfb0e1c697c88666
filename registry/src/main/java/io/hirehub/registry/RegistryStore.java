package io.hirehub.registry;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Where the registry's log lives. The real one is a compacted Kafka topic
 * ({@link KafkaRegistryStore}); tests use {@link InMemoryRegistryStore}.
 *
 * <p>Contract: {@link #start} replays the whole log into {@code applier} before returning and then
 * keeps applying new records (from this or other instances); {@link #append} returns only once the
 * record is durable <em>and</em> applied, so a registration is visible as soon as it is answered.
 */
public interface RegistryStore extends AutoCloseable {

    /**
     * Replays the log into {@code applier} and starts following it.
     *
     * @throws RegistryStartException if the log cannot be read within {@code timeout}
     */
    void start(Consumer<RegistryRecord> applier, Duration timeout);

    /**
     * Writes one record and waits until it is acknowledged and applied.
     *
     * @throws RegistryStoreException if that does not happen within {@code timeout}
     */
    void append(RegistryRecord record, Duration timeout);

    /** Hears the error when the store stops following its log (the registry then serves stale state). */
    default void onFailure(final Consumer<Throwable> listener) {
        // Stores without a background reader cannot fail on their own.
    }

    /** Waits until every record written so far (by anyone) is applied, so new ids don't collide. */
    void catchUp(Duration timeout);

    @Override
    void close();

    /** A write or catch-up that failed or timed out. */
    final class RegistryStoreException extends RuntimeException {
        private final boolean timedOut;

        public RegistryStoreException(final String message, final boolean timedOut, final Throwable cause) {
            super(message, cause);
            this.timedOut = timedOut;
        }

        public boolean timedOut() {
            return timedOut;
        }
    }
}
