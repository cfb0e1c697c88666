package io.hirehub.launcher.match;

import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ProcessingOptions;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.launcher.config.HirehubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hirehub matching run}: job profiles, matching and the matches write-back alone, against external infrastructure. */
@Command(
        name = "matching",
        mixinStandardHelpOptions = true,
        description = "Job/resume matching.",
        subcommands = MatchingCommand.Run.class)
public final class MatchingCommand extends CommandGroup {

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run the matching topology (exactly-once) and the matches write-back until stopped.")
    static final class Run implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ProcessingOptions endpoints;

        @Option(
                names = "--partitions",
                paramLabel = "N",
                defaultValue = "6",
                description = "Partitions of hirehub.resume.profiles (the job broadcast topic gets as many).")
        private int partitions;

        @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".hirehub/matching")
        private Path stateDir;

        @Option(
                names = "--config",
                paramLabel = "FILE",
                description = "Properties file with match.* keys (see README).")
        private Path config;

        @Option(
                names = {"-s", "--set"},
                paramLabel = "KEY=VALUE",
                description = "A match.* setting, e.g. -s match.stream.threads=3 (file < HIREHUB_* < --set).")
        private Map<String, String> sets = new LinkedHashMap<>();

        @Override
        public Integer call() throws Exception {
            final MatchingRuntime runtime = MatchingRuntime.start(
                    endpoints.kafka(),
                    endpoints.jdbc(),
                    endpoints.registryUrl(),
                    Files.createDirectories(stateDir),
                    partitions,
                    HirehubSettings.load(Optional.ofNullable(config), System.getenv(), sets)
                            .matching());
            return UntilStopped.await("matching", runtime, spec.commandLine().getOut());
        }
    }
}
