package io.hirehub.launcher.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closes what a command runs within {@code shutdown.timeout}, or gives up so the process still
 * exits: a close that waits on a broker or database that is gone (a Streams close, a write-back's
 * last commit, a pool) must not keep a stopped process alive past what a process manager allows.
 */
public final class BoundedClose {

    /**
     * How a bounded close ended.
     *
     * @param finished whether close returned (or threw) within the deadline
     * @param elapsed  how long the caller waited
     * @param failure  what close threw, if it finished by throwing
     */
    public record Result(boolean finished, Duration elapsed, Optional<Exception> failure) {

        /** Closed within the deadline without an exception. */
        public boolean clean() {
            return finished && failure.isEmpty();
        }
    }

    private BoundedClose() {}

    /**
     * Closes {@code running} on a daemon thread named after {@code name} and waits at most
     * {@code deadline} for it. A close still running at the deadline is left to the JVM's exit.
     */
    public static Result close(final String name, final AutoCloseable running, final Duration deadline) {
        final long begin = System.nanoTime();
        final AtomicReference<Exception> failure = new AtomicReference<>();
        final Thread closer = new Thread(
                () -> {
                    try {
                        running.close();
                    } catch (Exception e) {
                        failure.set(e);
                    }
                },
                "hirehub-" + name.replace(' ', '-') + "-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(Math.max(1, deadline.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        final Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        return closer.isAlive()
                ? new Result(false, elapsed, Optional.empty())
                : new Result(true, elapsed, Optional.ofNullable(failure.get()));
    }
}
