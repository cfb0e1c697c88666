package io.hirehub.launcher.status;

import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.StackOptions;
import io.hirehub.stack.StatusFile;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hirehub status}: the running stack on one screen. The part states come from the
 * {@code status.json} the {@code hirehub dev} process keeps in its data dir; the rest is read live
 * from PostgreSQL and Kafka. Exit code 0 when every part runs, 1 when one has failed, 3 without a stack.
 */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show the running stack: parts and their states, CDC slot lag and retained WAL, consumer lag"
                + " per application, resumes by status, matches and recommendations, dead letters per topic.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    private StackOptions options;

    @Option(names = "--json", description = "Print the status as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        final HirehubSettings settings = options.settings();
        final Optional<StatusFile.Contents> status = StatusFile.read(settings.dataDir());
        final boolean external = settings.kafka().bootstrapServers().isPresent()
                && settings.postgres().jdbcUrl().isPresent();
        if (status.isPresent() && !status.get().live() && !external) {
            throw new CliException(
                    ExitCodes.NO_STACK,
                    "the dev stack that wrote " + StatusFile.path(settings.dataDir()) + " (pid "
                            + status.get().pid()
                            + ") is no longer running (last update "
                            + status.get().updated()
                            + "); start it again with `./hirehub dev --data-dir " + settings.dataDir() + "`");
        }
        final RunningStack running = new RunningStack(settings);
        final StackReport report;
        try (StackProbe probe = new StackProbe(settings, running.kafka(), running.jdbc())) {
            report = probe.report(
                    status.filter(StatusFile.Contents::live)
                            .map(StatusFile.Contents::statuses)
                            .orElse(List.of()),
                    status.filter(StatusFile.Contents::live).map(StatusFile.Contents::pid),
                    status.filter(StatusFile.Contents::live).map(StatusFile.Contents::started));
        }
        final PrintWriter out = spec.commandLine().getOut();
        out.println(json ? StatusJson.format(report) : StatusText.format(report, Instant.now()));
        out.flush();
        return report.anyFailed() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
