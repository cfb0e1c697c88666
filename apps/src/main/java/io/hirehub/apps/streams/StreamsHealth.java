package io.hirehub.apps.streams;

import io.hirehub.runtime.Failures;
import io.hirehub.runtime.health.PartHealth;
import io.hirehub.runtime.health.PartState;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds a Kafka Streams application's state into its part's {@link PartHealth}: RUNNING is running,
 * ERROR (or stopping when nobody asked) is failed. A stream thread that dies is logged with its
 * stack trace and marks the part failed; it is replaced when a retry can help (the part runs again
 * once the new thread has its tasks) and the whole application shuts down when it cannot.
 */
final class StreamsHealth {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsHealth.class);

    private final PartHealth health;
    private final String threads;
    private final KafkaStreams.StateListener then;
    private volatile boolean closing;
    private volatile Throwable threadFailure;

    private StreamsHealth(final PartHealth health, final int threads, final KafkaStreams.StateListener then) {
        this.health = health;
        this.threads = threads + (threads == 1 ? " stream thread" : " stream threads");
        this.then = then;
    }

    /**
     * Installs the state listener and the uncaught exception handler; call before {@code streams.start()}.
     * {@code threads} is the configured thread count, for the status line (the listener must not call
     * back into the application). {@code then} hears every state change after the health did (Kafka
     * Streams takes one state listener).
     */
    static StreamsHealth attach(
            final KafkaStreams streams,
            final PartHealth health,
            final int threads,
            final KafkaStreams.StateListener then) {
        final StreamsHealth watcher = new StreamsHealth(health, threads, then);
        streams.setStateListener(watcher::changed);
        streams.setUncaughtExceptionHandler(watcher::threadDied);
        return watcher;
    }

    private void changed(final KafkaStreams.State next, final KafkaStreams.State previous) {
        report(next, previous);
        then.onChange(next, previous);
    }

    private void report(final KafkaStreams.State next, final KafkaStreams.State previous) {
        switch (next) {
            case RUNNING -> health.running(threads + " RUNNING");
            case REBALANCING -> {
                if (health.status().state() == PartState.RUNNING) {
                    health.running(threads + " rebalancing");
                } else if (health.status().state() == PartState.STARTING) {
                    health.starting("rebalancing and restoring state");
                }
            }
            case ERROR -> {
                final Throwable cause = threadFailure != null
                        ? threadFailure
                        : new IllegalStateException("the Kafka Streams application went to ERROR");
                LOG.error("{} failed: Kafka Streams state ERROR ({})", health.part(), Failures.describe(cause));
                health.failed(cause);
            }
            case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR -> {
                if (!closing && next != KafkaStreams.State.NOT_RUNNING) {
                    LOG.warn("{}: Kafka Streams state {} (from {})", health.part(), next, previous);
                }
            }
            default -> {
                // CREATED: nothing to report yet.
            }
        }
    }

    private StreamThreadExceptionResponse threadDied(final Throwable error) {
        threadFailure = error;
        if (Failures.permanent(error)) {
            LOG.error(
                    "{}: a stream thread died and a new one cannot help; shutting the application down",
                    health.part(),
                    error);
            health.failed(error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.error("{}: a stream thread died; replacing it", health.part(), error);
        health.retrying(error, Duration.ZERO);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    /** Says that the coming shutdown is asked for, so it is not reported as a failure. */
    void closing() {
        closing = true;
    }
}
