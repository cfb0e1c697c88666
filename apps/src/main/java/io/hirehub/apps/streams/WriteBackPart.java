package io.hirehub.apps.streams;

import java.util.Objects;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;

/**
 * A write-back that runs beside a Kafka Streams application (its results → PostgreSQL) as a part of
 * its own: started after the application, on a thread {@code hirehub-<part>}, restarted after a
 * failure a retry can help, and stopped before the application.
 *
 * @param part    the part's name in {@code hirehub status} (e.g. {@code match-writeback})
 * @param topic   the topic it consumes, for its status line
 * @param factory a new write-back whose consumer reports its assignments to the given listener (the
 *                part runs once it has partitions); called again for every restart
 * @param <W>     the loop: {@link Runnable#run()} returns only after {@link AutoCloseable#close()}
 */
public record WriteBackPart<W extends Runnable & AutoCloseable>(
        String part, String topic, Function<ConsumerRebalanceListener, W> factory) {

    public WriteBackPart {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(factory, "factory");
    }

    /** The name of the thread it runs on. */
    public String threadName() {
        return "hirehub-" + part;
    }
}
