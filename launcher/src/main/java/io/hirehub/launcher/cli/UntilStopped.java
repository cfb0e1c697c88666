package io.hirehub.launcher.cli;

import io.hirehub.runtime.Failures;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a long-running command alive until SIGINT/SIGTERM, then closes what it runs within
 * {@code shutdown.timeout} (as {@code dev} does: a close stuck on a broker that is gone must not
 * outlive the signal); or until what it runs fails for good, which ends the command with exit code
 * 4 (a process manager restarts it).
 */
public final class UntilStopped {

    private UntilStopped() {}

    /**
     * Prints that {@code name} runs, waits for a stop signal, closes {@code running} within
     * {@code shutdownTimeout}; returns exit code 0.
     */
    public static int await(
            final String name, final AutoCloseable running, final PrintWriter out, final Duration shutdownTimeout)
            throws InterruptedException {
        return await(name, running, out, shutdownTimeout, new CompletableFuture<>());
    }

    /**
     * As {@link #await(String, AutoCloseable, PrintWriter, Duration)}, but also returns when {@code fatal}
     * completes: then it throws a {@link CliException} naming the cause (exit code 4), and the
     * shutdown hook closes {@code running} as the process exits.
     */
    public static int await(
            final String name,
            final AutoCloseable running,
            final PrintWriter out,
            final Duration shutdownTimeout,
            final CompletableFuture<? extends Throwable> fatal)
            throws InterruptedException {
        final CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                final BoundedClose.Result result = BoundedClose.close(name, running, shutdownTimeout);
                                if (!result.finished()) {
                                    System.err.println("hirehub " + name + ": did not stop within "
                                            + shutdownTimeout.toSeconds() + " s (shutdown.timeout); exiting anyway");
                                }
                                result.failure()
                                        .ifPresent(e ->
                                                System.err.println("hirehub " + name + ": did not stop cleanly: " + e));
                            } finally {
                                stop.countDown();
                            }
                        },
                        "hirehub-" + name + "-shutdown"));
        out.println("hirehub " + name + ": running (Ctrl-C to stop)");
        out.flush();
        final CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        final Object first = CompletableFuture.anyOf(stopped, fatal).join();
        if (first instanceof Throwable error && fatal.isDone()) {
            throw new CliException(ExitCodes.START_FAILED, "cannot run: " + Failures.describe(error), error);
        }
        return ExitCodes.OK;
    }
}
