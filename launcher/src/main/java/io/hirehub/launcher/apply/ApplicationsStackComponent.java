package io.hirehub.launcher.apply;

import io.hirehub.apps.apply.ApplicationsApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
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
    private final Optional<HostInfo> applicationServer;

    /** Applications without an {@code application.server}: its stores are read in this process only. */
    public ApplicationsStackComponent() {
        this(Optional.empty());
    }

    /**
     * @param applicationServer where this instance's application queries are answered (the edge's host
     *                          and port), so other instances' edges can forward a key this one owns
     */
    public ApplicationsStackComponent(final Optional<HostInfo> applicationServer) {
        this.applicationServer = Objects.requireNonNull(applicationServer, "applicationServer");
    }

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
        final StreamsAppSettings streams = ApplicationsApp.streamsSettings(context.kafka(), stateDir)
                .withReplication(
                        context.settings().streams().replicationFactor(),
                        context.settings().streams().standbyReplicas());
        runtime = ApplicationsApp.start(
                applicationServer.map(streams::withApplicationServer).orElse(streams),
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
