package io.hirehub.launcher.match;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ProcessingOptions;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.HirehubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
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
        subcommands = MatchingCommand.MatchingRun.class)
public final class MatchingCommand extends CommandGroup {

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run the matching topology (exactly-once) and the matches write-back until stopped."
                    + " Settings (endpoints, match.*, embedding.*, bedrock.*, streams.*) come from --config,"
                    + " HIREHUB_* and -s; endpoints not given come from a running dev stack.")
    static final class MatchingRun implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ProcessingOptions options;

        @Option(
                names = "--partitions",
                paramLabel = "N",
                description = "Partitions of hirehub.resume.profiles (the job broadcast topic gets as many);"
                        + " default topics.partitions (6).")
        private Integer partitions;

        @Option(
                names = "--state-dir",
                paramLabel = "DIR",
                description = "Kafka Streams state (default: DATA_DIR/matching).")
        private Path stateDir;

        @Override
        public Integer call() throws Exception {
            final HirehubSettings settings = options.settings();
            final RunningStack endpoints = options.endpoints();
            final PartBoard board = new PartBoard();
            final MatchingApp runtime = start(
                    settings,
                    endpoints.kafka(),
                    DatabaseSetup.migrationSettings(endpoints.jdbc(), settings.postgres()),
                    endpoints.registry(),
                    Files.createDirectories(
                            stateDir != null ? stateDir : settings.dataDir().resolve("matching")),
                    partitions != null ? partitions : settings.kafka().partitions(),
                    board);
            return UntilStopped.await(
                    "matching run",
                    runtime,
                    spec.commandLine().getOut(),
                    settings.shutdownTimeout(),
                    ProcessingOptions.fatalFailures(board));
        }
    }

    /** Matching as {@code settings} configure it, against the given endpoints: for {@code matching run} and {@code dev}. */
    static MatchingApp start(
            final HirehubSettings settings,
            final String kafka,
            final MigrationSettings database,
            final String registryUrl,
            final Path stateDir,
            final int partitions,
            final PartBoard board) {
        return MatchingApp.start(
                streamsSettings(settings, kafka, stateDir),
                settings.matching(),
                partitions,
                settings.analysis(),
                database,
                registryUrl,
                board);
    }

    /** Matching's Kafka Streams settings with the {@code streams.*} replication and standbys of {@code settings}. */
    public static StreamsAppSettings streamsSettings(
            final HirehubSettings settings, final String kafka, final Path stateDir) {
        return MatchingApp.streamsSettings(kafka, stateDir, settings.matching())
                .withReplication(
                        settings.streams().replicationFactor(),
                        settings.streams().standbyReplicas());
    }
}
