package io.hirehub.launcher.resume;

import io.hirehub.apps.resume.ResumePipelineApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ProcessingOptions;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.stack.config.HirehubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hirehub resume-pipeline run}: the resume topology and its write-back alone, against external infrastructure. */
@Command(
        name = "resume-pipeline",
        mixinStandardHelpOptions = true,
        description = "The resume pipeline.",
        subcommands = ResumePipelineCommand.PipelineRun.class)
public final class ResumePipelineCommand extends CommandGroup {

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run the resume topology (exactly-once) and the PostgreSQL write-back until stopped."
                    + " Settings (endpoints, resume.*, embedding.*, bedrock.*, llm.*, summary.*, streams.*) come"
                    + " from --config, HIREHUB_* and -s; endpoints not given come from a running dev stack.")
    static final class PipelineRun implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ProcessingOptions options;

        @Option(
                names = "--state-dir",
                paramLabel = "DIR",
                description = "Kafka Streams state (default: DATA_DIR/resume-pipeline).")
        private Path stateDir;

        @Override
        public Integer call() throws Exception {
            final HirehubSettings settings = options.settings();
            final RunningStack endpoints = options.endpoints();
            final PartBoard board = new PartBoard();
            final ResumePipelineApp runtime = start(
                    settings,
                    endpoints.kafka(),
                    endpoints.jdbc(),
                    endpoints.s3(),
                    endpoints.registry(),
                    Files.createDirectories(
                            stateDir != null ? stateDir : settings.dataDir().resolve("resume-pipeline")),
                    board);
            return UntilStopped.await(
                    "resume-pipeline run",
                    runtime,
                    spec.commandLine().getOut(),
                    settings.shutdownTimeout(),
                    ProcessingOptions.fatalFailures(board));
        }
    }

    /** The pipeline as {@code settings} configure it, against the given endpoints: for {@code resume-pipeline run} and {@code dev}. */
    static ResumePipelineApp start(
            final HirehubSettings settings,
            final String kafka,
            final Endpoints.Jdbc jdbc,
            final Endpoints.S3 s3,
            final String registryUrl,
            final Path stateDir,
            final PartBoard board) {
        return ResumePipelineApp.start(
                streamsSettings(settings, kafka, stateDir), settings.analysis(), jdbc, s3, registryUrl, board);
    }

    /** The pipeline's Kafka Streams settings with the {@code streams.*} replication and standbys of {@code settings}. */
    public static StreamsAppSettings streamsSettings(
            final HirehubSettings settings, final String kafka, final Path stateDir) {
        return ResumePipelineApp.streamsSettings(kafka, stateDir, settings.resumeThreads())
                .withReplication(
                        settings.streams().replicationFactor(),
                        settings.streams().standbyReplicas());
    }
}
