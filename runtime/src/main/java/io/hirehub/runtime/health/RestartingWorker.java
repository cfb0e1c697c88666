package io.hirehub.runtime.health;

import io.hirehub.runtime.Failures;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a long-lived loop (a write-back) on its own thread and restarts it after a failure: every
 * {@link Throwable} is logged with its stack trace and marks the part failed; a failure a retry can
 * help (a database or broker outage) is retried with exponential backoff from a fresh instance, one
 * that cannot (a missing class) leaves the part failed. The worker reports that it runs through the
 * part's {@link PartHealth} (e.g. once its consumer has partitions).
 *
 * @param <W> the loop: {@link Runnable#run()} returns only after {@link AutoCloseable#close()}
 */
public final class RestartingWorker<W extends Runnable & AutoCloseable> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestartingWorker.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

    private final String threadName;
    private final PartHealth health;
    private final Supplier<W> factory;
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean pausing;
    private volatile W current;

    private RestartingWorker(final String threadName, final PartHealth health, final Supplier<W> factory) {
        this.threadName = threadName;
        this.health = health;
        this.factory = factory;
        this.thread = new Thread(this::loop, threadName);
        this.thread.setDaemon(true);
    }

    /** Creates the first worker from {@code factory} and runs it on a daemon thread named {@code threadName}. */
    public static <W extends Runnable & AutoCloseable> RestartingWorker<W> start(
            final String threadName, final PartHealth health, final Supplier<W> factory) {
        final RestartingWorker<W> worker = new RestartingWorker<>(threadName, health, factory);
        worker.thread.start();
        return worker;
    }

    private void loop() {
        Duration backoff = FIRST_BACKOFF;
        while (!closing) {
            try {
                final W worker = factory.get();
                current = worker;
                if (closing) {
                    closeQuietly(worker);
                    return;
                }
                worker.run();
                if (closing) {
                    return;
                }
                throw new IllegalStateException(threadName + " stopped without being asked to");
            } catch (Throwable e) { // NOPMD: a thread of ours never ends without a word
                closeQuietly(current);
                if (closing) {
                    return;
                }
                if (Failures.permanent(e)) {
                    LOG.error("{} failed and cannot recover: {}", health.part(), e.toString(), e);
                    health.failed(e);
                    return;
                }
                LOG.error("{} failed; restarting it in {} s: {}", health.part(), backoff.toSeconds(), e.toString(), e);
                health.retrying(e, backoff);
                if (!pause(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private boolean pause(final Duration duration) {
        pausing = true;
        try {
            if (closing) {
                return false;
            }
            Thread.sleep(duration.toMillis());
            return !closing;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            pausing = false;
        }
    }

    private void closeQuietly(final W worker) {
        if (worker == null) {
            return;
        }
        try {
            worker.close();
        } catch (Exception e) {
            LOG.debug("closing {}: {}", threadName, e.toString());
        }
    }

    /** Stops the current worker and waits up to {@code timeout} for its thread to end. */
    public void close(final Duration timeout) {
        closing = true;
        closeQuietly(current);
        if (pausing) {
            // Only the backoff sleep is interrupted: a worker stops through close(), never mid-transaction.
            thread.interrupt();
        }
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(15));
    }
}
