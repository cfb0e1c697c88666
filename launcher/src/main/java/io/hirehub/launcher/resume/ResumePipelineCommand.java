package io.hirehub.launcher.resume;

import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ProcessingOptions;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.launcher.config.HirehubSettings;
import io.hirehub.launcher.health.PartBoard;
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
            final ResumePipelineRuntime runtime = ResumePipelineRuntime.start(
                    endpoints.kafka(),
                    endpoints.jdbc(),
                    endpoints.s3(),
                    endpoints.registry(),
                    Files.createDirectories(
                            stateDir != null ? stateDir : settings.dataDir().resolve("resume-pipeline")),
                    settings,
                    board);
            return UntilStopped.await(
                    "resume-pipeline run",
                    runtime,
                    spec.commandLine().getOut(),
                    ProcessingOptions.fatalFailures(board));
        }
    }
}
