package io.hirehub.launcher.apply;

import io.hirehub.apps.apply.ApplicationsApp;
import io.hirehub.launcher.stack.DatabaseSetup;
import io.hirehub.launcher.stack.StackComponent;
import io.hirehub.launcher.stack.StackContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The applications topology (state and history per application, funnels, counters, interviews) and
 * its write-backs as a part of {@code hirehub dev}; its state lives under {@code <data dir>/applications}.
 * Ready once the application is RUNNING and both write-backs consume. Without a registry it stays off.
 */
public final class ApplicationsStackComponent implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationsStackComponent.class);

    private volatile ApplicationsApp runtime;

    @Override
    public String name() {
        return ApplicationsApp.PART;
    }

    @Override
    public List<String> parts() {
        return List.of(ApplicationsApp.PART, ApplicationsApp.COUNTS_WRITE_BACK, ApplicationsApp.SCORES_WRITE_BACK);
    }

    @Override
    public boolean infrastructure() {
        return false;
    }

    @Override
    public List<String> after() {
        return List.of("kafka", "topics", "postgres", "migrations", "registry");
    }

    @Override
    public void start(final StackContext context) throws Exception {
        final Optional<String> registry = context.registry();
        if (registry.isEmpty()) {
            LOG.warn("no schema registry in the stack: applications stays off");
            parts().forEach(part -> context.health(part).off("no schema registry to decode events with"));
            return;
        }
        final Path stateDir = Files.createDirectories(context.dataDir().resolve("applications"));
        runtime = ApplicationsApp.start(
                ApplicationsApp.streamsSettings(context.kafka(), stateDir)
                        .withReplication(
                                context.settings().streams().replicationFactor(),
                                context.settings().streams().standbyReplicas()),
                DatabaseSetup.migrationSettings(
                        context.jdbc(), context.settings().postgres()),
                registry.get(),
                context.board());
        runtime.awaitRunning(context.settings().startupTimeout());
    }

    /** The running application, for interactive queries (empty when the part is off). */
    public Optional<ApplicationsApp> runtime() {
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
