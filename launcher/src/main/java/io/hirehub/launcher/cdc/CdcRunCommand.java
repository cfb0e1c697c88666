package io.hirehub.launcher.cdc;

import io.hirehub.connectors.cdc.CdcRunner;
import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.launcher.metrics.ProcessMetrics;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code hirehub cdc run}: runs (or stands by to run) the embedded Debezium engine until stopped. A
 * transient failure (the database or the broker away) is retried with backoff; an engine that cannot
 * run at all (a class missing from the classpath, a configuration it refuses) ends the command with
 * exit code 4.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run the CDC runner: leader of the slot streams, others stand by and take over.")
final class CdcRunCommand implements Callable<Integer> {

    @Mixin
    private CdcOptions options;

    @Override
    public Integer call() throws InterruptedException {
        final CdcSettings settings = options.settings();
        final CdcRunner runner = new CdcRunner(settings, ProcessMetrics.registry()).start();
        final PrintWriter out = new PrintWriter(System.out, true);
        out.println("hirehub cdc: runner started for slot " + settings.slotName());
        return UntilStopped.await("cdc run", runner, out, options.shutdownTimeout(), runner.failure());
    }
}
