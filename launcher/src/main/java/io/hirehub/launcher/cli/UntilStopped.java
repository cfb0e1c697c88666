package io.hirehub.launcher.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Keeps a long-running command alive until SIGINT/SIGTERM, then closes what it runs. */
public final class UntilStopped {

    private UntilStopped() {}

    /** Prints that {@code name} runs, waits for a stop signal, closes {@code running}; returns exit code 0. */
    public static int await(final String name, final AutoCloseable running, final PrintWriter out)
            throws InterruptedException {
        final CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                running.close();
                            } catch (Exception e) {
                                System.err.println("hirehub " + name + ": did not stop cleanly: " + e);
                            } finally {
                                stop.countDown();
                            }
                        },
                        "hirehub-" + name + "-shutdown"));
        out.println("hirehub " + name + ": running (Ctrl-C to stop)");
        out.flush();
        stop.await();
        return 0;
    }
}
