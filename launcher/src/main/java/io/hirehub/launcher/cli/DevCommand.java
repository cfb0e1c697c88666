package io.hirehub.launcher.cli;

import io.hirehub.launcher.data.DemoData;
import io.hirehub.launcher.edge.DemoRequests;
import io.hirehub.launcher.status.DemoProgress;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.stack.logging.Logging;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hirehub dev}: the whole stack in this process until Ctrl-C. Writes the endpoints to
 * {@code DIR/endpoints.json} as soon as the infrastructure answers, prints ready once every part
 * serves, writes the part states to
 * {@code DIR/status.json}, logs everything to {@code DIR/logs/hirehub.log}; a shutdown hook stops
 * the parts dependents first and removes {@code endpoints.json}. A part that cannot start ends the
 * command with one line naming it and the cause (exit code 4).
 */
@Command(
        name = "dev",
        mixinStandardHelpOptions = true,
        description = "Run Kafka (KRaft), PostgreSQL 17, S3Proxy, the schema registry, CDC, the resume pipeline and"
                + " matching in one process until Ctrl-C.")
public final class DevCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DevCommand.class);

    @Mixin
    private StackOptions options;

    @Option(
            names = "--demo",
            description =
                    "Load demo data (20 companies, 200 jobs, 1,000 resumes) once per data dir when the stack is up,"
                            + " and show the pipeline's progress until it is through.")
    private boolean demo;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        final Instant begin = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        final HirehubSettings settings = options.settings();
        Logging.toFile(settings.dataDir());
        final PrintWriter out = spec.commandLine().getOut();
        final PartBoard board = new PartBoard();
        final EmbeddedStack stack = EmbeddedStack.prepare(settings, board);
        final CountDownLatch stopped = new CountDownLatch(1);
        final DemoProgress progress = new DemoProgress(settings, out, System.console() != null, begin);
        // Registered before the parts start, so Ctrl-C during start-up stops what has started.
        final Thread hook = new Thread(
                () -> {
                    progress.stop();
                    stop(stack, settings, stopped);
                },
                "hirehub-dev-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            // The endpoints answer before the processing parts are ready: `hirehub status` can follow the start.
            stack.startParts(infrastructure -> EndpointsFile.write(
                    settings.dataDir(),
                    infrastructure.withPid(ProcessHandle.current().pid())));
        } catch (RuntimeException e) {
            // startParts stopped what it started; the failure line is all that is left to say.
            Runtime.getRuntime().removeShutdownHook(hook);
            EndpointsFile.delete(settings.dataDir());
            throw e;
        }
        final Endpoints endpoints =
                stack.endpoints().withPid(ProcessHandle.current().pid());
        EndpointsFile.write(settings.dataDir(), endpoints);
        printReady(out, endpoints, settings, stack.startupTime());
        if (demo) {
            DemoRequests.printWhenLoaded(settings, endpoints, out, DemoData.loadInBackground(settings, endpoints, out));
            progress.startInBackground(endpoints);
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private static void printReady(
            final PrintWriter out, final Endpoints endpoints, final HirehubSettings settings, final Duration startup) {
        out.printf(
                "HireHub dev stack ready in %.1f s (data dir %s)%n", startup.toMillis() / 1000.0, settings.dataDir());
        out.printf("  kafka     %s%n", endpoints.kafka());
        out.printf(
                "  jdbc      %s (user %s)%n",
                endpoints.jdbc().url(), endpoints.jdbc().user());
        out.printf(
                "  s3        %s (bucket %s, access key %s)%n",
                endpoints.s3().endpoint(),
                endpoints.s3().bucket(),
                endpoints.s3().accessKey());
        out.printf("  registry  %s%n", endpoints.registry() == null ? "(not running)" : endpoints.registry());
        if (endpoints.edge() != null) {
            out.printf("  edge      %s%n", endpoints.edge());
        }
        out.printf("Endpoints and credentials: %s%n", EndpointsFile.path(settings.dataDir()));
        Logging.file().ifPresent(log -> out.printf("Log: %s; `./hirehub status` shows the parts%n", log));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    /** Runs in the shutdown hook: stop within the shutdown timeout, or give up so the process still exits. */
    private static void stop(final EmbeddedStack stack, final HirehubSettings settings, final CountDownLatch stopped) {
        LOG.info("Stopping the dev stack");
        final BoundedClose.Result result = BoundedClose.close("dev", stack, settings.shutdownTimeout());
        try {
            EndpointsFile.delete(settings.dataDir());
        } catch (RuntimeException e) {
            LOG.warn("cannot remove endpoints.json: {}", e.toString());
        }
        if (!result.finished()) {
            LOG.error(
                    "The stack did not stop within {} s (shutdown.timeout); exiting anyway",
                    settings.shutdownTimeout().toSeconds());
        } else if (result.failure().isPresent()) {
            LOG.error(
                    "The stack did not stop cleanly: {}",
                    result.failure().get().toString(),
                    result.failure().get());
        } else {
            LOG.info("Dev stack stopped in {} ms", result.elapsed().toMillis());
        }
        stopped.countDown();
    }
}
