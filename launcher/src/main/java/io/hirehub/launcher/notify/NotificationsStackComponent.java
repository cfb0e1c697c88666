package io.hirehub.launcher.notify;

import io.hirehub.apps.notify.NotificationsApp;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackContext;
import io.hirehub.stack.config.HirehubSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notifications (topology, write-back, dispatcher) as parts of {@code hirehub dev}; Kafka Streams
 * state under {@code <data dir>/notifications/state}, the local delivery log beside it. Ready once the
 * application is RUNNING, the write-back consumes and the dispatcher has connected.
 */
public final class NotificationsStackComponent implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationsStackComponent.class);

    private volatile NotificationsApp runtime;

    @Override
    public String name() {
        return NotificationsApp.PART;
    }

    @Override
    public List<String> parts() {
        return List.of(NotificationsApp.PART, NotificationsApp.WRITE_BACK, NotificationsApp.DISPATCHER);
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
            LOG.warn("no schema registry in the stack: notifications stay off");
            parts().forEach(part -> context.health(part).off("no schema registry to decode events with"));
            return;
        }
        final HirehubSettings settings = context.settings();
        final Path stateDir = Files.createDirectories(
                context.dataDir().resolve("notifications").resolve("state"));
        runtime = NotificationsCommand.start(
                settings,
                context.kafka(),
                DatabaseSetup.migrationSettings(context.jdbc(), settings.postgres()),
                registry.get(),
                stateDir,
                context.dataDir(),
                context.board());
        runtime.awaitRunning(settings.startupTimeout());
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
            runtime = null;
        }
    }
}
