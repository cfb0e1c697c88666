package io.hirehub.launcher.resume;

import io.hirehub.apps.resume.ResumePipelineApp;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resume pipeline (topology + write-back) as a part of {@code hirehub dev}; its Kafka Streams
 * state lives under {@code <data dir>/resume-pipeline}. Ready once the application is RUNNING and the
 * write-back consumes. Without a registry there is nothing to decode events with: the part then
 * stays off and says so.
 */
public final class ResumePipelineStackComponent implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ResumePipelineStackComponent.class);

    private ResumePipelineApp runtime;

    @Override
    public String name() {
        return ResumePipelineApp.PART;
    }

    @Override
    public List<String> parts() {
        return List.of(ResumePipelineApp.PART, ResumePipelineApp.WRITE_BACK);
    }

    @Override
    public boolean infrastructure() {
        return false;
    }

    @Override
    public List<String> after() {
        return List.of("kafka", "topics", "postgres", "migrations", "s3", "s3-bucket", "registry");
    }

    @Override
    public void start(final StackContext context) throws Exception {
        final Optional<String> registry = context.registry();
        if (registry.isEmpty()) {
            LOG.warn("no schema registry in the stack: the resume pipeline stays off");
            parts().forEach(part -> context.health(part).off("no schema registry to decode events with"));
            return;
        }
        final Path stateDir = Files.createDirectories(context.dataDir().resolve("resume-pipeline"));
        runtime = ResumePipelineCommand.start(
                context.settings(),
                context.kafka(),
                context.jdbc(),
                context.s3(),
                registry.get(),
                stateDir,
                context.board());
        runtime.awaitRunning(context.settings().startupTimeout());
    }

    /** The running pipeline; empty before start, after close, or when it stayed off. */
    public Optional<ResumePipelineApp> runtime() {
        return Optional.ofNullable(runtime);
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
