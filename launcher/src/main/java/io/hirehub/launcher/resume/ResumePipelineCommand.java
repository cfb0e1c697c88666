package io.hirehub.launcher.resume;

import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ProcessingOptions;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.launcher.stack.Endpoints;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
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
        subcommands = ResumePipelineCommand.Run.class)
public final class ResumePipelineCommand extends CommandGroup {

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run the resume topology (exactly-once) and the PostgreSQL write-back until stopped.")
    static final class Run implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ProcessingOptions endpoints;

        @Option(
                names = "--s3-endpoint",
                required = true,
                paramLabel = "URL",
                description = "S3 endpoint (https://s3.ap-northeast-2.amazonaws.com, S3Proxy, MinIO).")
        private String s3Endpoint;

        @Option(names = "--s3-region", paramLabel = "REGION", defaultValue = "ap-northeast-2")
        private String s3Region;

        @Option(names = "--s3-access-key", paramLabel = "KEY", defaultValue = "${env:HIREHUB_S3_ACCESS_KEY}")
        private String s3AccessKey;

        @Option(names = "--s3-secret-key", paramLabel = "KEY", defaultValue = "${env:HIREHUB_S3_SECRET_KEY}")
        private String s3SecretKey;

        @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".hirehub/resume-pipeline")
        private Path stateDir;

        @Override
        public Integer call() throws Exception {
            final ResumePipelineRuntime runtime = ResumePipelineRuntime.start(
                    endpoints.kafka(),
                    endpoints.jdbc(),
                    new Endpoints.S3(s3Endpoint, s3Region, s3AccessKey, s3SecretKey, "unused"),
                    endpoints.registryUrl(),
                    Files.createDirectories(stateDir),
                    ResumeAnalysisSettings.localDefaults());
            return UntilStopped.await(
                    "resume-pipeline", runtime, spec.commandLine().getOut());
        }
    }
}
