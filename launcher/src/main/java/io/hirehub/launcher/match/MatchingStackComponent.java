package io.hirehub.launcher.match;

import io.hirehub.apps.match.MatchingApp;
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
 * Matching (job profiles, matcher, stores, events, {@code matches} write-back) as a part of
 * {@code hirehub dev}; its Kafka Streams state lives under {@code <data dir>/matching}. Ready once the
 * application is RUNNING and the write-back consumes. Without a registry there is nothing to decode
 * profiles with: the part then stays off and says so.
 */
public final class MatchingStackComponent implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingStackComponent.class);

    private volatile MatchingApp runtime;
    private final Optional<HostInfo> applicationServer;

    /** Matching without an {@code application.server}: its stores are read in this process only. */
    public MatchingStackComponent() {
        this(Optional.empty());
    }

    /**
     * @param applicationServer where this instance's matching queries are answered (the edge's host and
     *                          port), so other instances' edges can forward a key this one owns
     */
    public MatchingStackComponent(final Optional<HostInfo> applicationServer) {
        this.applicationServer = Objects.requireNonNull(applicationServer, "applicationServer");
    }

    @Override
    public String name() {
        return MatchingApp.PART;
    }

    @Override
    public List<String> parts() {
        return List.of(MatchingApp.PART, MatchingApp.WRITE_BACK);
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
            LOG.warn("no schema registry in the stack: matching stays off");
            parts().forEach(part -> context.health(part).off("no schema registry to decode profiles with"));
            return;
        }
        final Path stateDir = Files.createDirectories(context.dataDir().resolve("matching"));
        final StreamsAppSettings streams =
                MatchingCommand.streamsSettings(context.settings(), context.kafka(), stateDir);
        runtime = MatchingApp.start(
                applicationServer.map(streams::withApplicationServer).orElse(streams),
                context.settings().matching(),
                context.settings().kafka().partitions(),
                context.settings().analysis(),
                DatabaseSetup.migrationSettings(
                        context.jdbc(), context.settings().postgres()),
                registry.get(),
                context.board());
        runtime.awaitRunning(context.settings().startupTimeout());
    }

    /** The running application, for interactive queries (empty when the part is off). */
    public Optional<MatchingApp> runtime() {
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
