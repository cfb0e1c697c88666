package io.hirehub.launcher.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.apps.notify.NotificationsApp;
import io.hirehub.connectors.notify.LocalDeliveryLog;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ProcessingOptions;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.StackOptions;
import io.hirehub.launcher.cli.UntilStopped;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.stack.config.NotificationsConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hirehub notifications run}: the notifications topology, write-back and dispatcher alone,
 * against external infrastructure (or a running dev stack's); {@code hirehub notifications tail}: what
 * the embedded default "sent" by e-mail, push and SMS.
 */
@Command(
        name = "notifications",
        mixinStandardHelpOptions = true,
        description = "Notifications.",
        subcommands = {NotificationsCommand.NotificationsRun.class, NotificationsCommand.Tail.class})
public final class NotificationsCommand extends CommandGroup {

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = "Run the notifications topology (exactly-once), the notifications write-back and the"
                    + " delivery dispatcher until stopped. Settings (endpoints, notifications.*, streams.*) come"
                    + " from --config, HIREHUB_* and -s; endpoints not given come from a running dev stack.")
    static final class NotificationsRun implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ProcessingOptions options;

        @Option(
                names = "--state-dir",
                paramLabel = "DIR",
                description = "Kafka Streams state (default: DATA_DIR/notifications/state).")
        private Path stateDir;

        @Override
        public Integer call() throws Exception {
            final HirehubSettings settings = options.settings();
            final RunningStack endpoints = options.endpoints();
            final PartBoard board = new PartBoard();
            final NotificationsApp runtime = start(
                    settings,
                    endpoints.kafka(),
                    DatabaseSetup.migrationSettings(endpoints.jdbc(), settings.postgres()),
                    endpoints.registry(),
                    Files.createDirectories(
                            stateDir != null
                                    ? stateDir
                                    : settings.dataDir()
                                            .resolve("notifications")
                                            .resolve("state")),
                    settings.dataDir(),
                    board);
            return UntilStopped.await(
                    "notifications run",
                    runtime,
                    spec.commandLine().getOut(),
                    settings.shutdownTimeout(),
                    ProcessingOptions.fatalFailures(board));
        }
    }

    /**
     * Notifications as {@code settings} configure them, against the given endpoints; deliveries to the
     * local log go under {@code dataDir} unless {@code notifications.delivery.log} says otherwise. For
     * {@code notifications run} and {@code dev}.
     */
    static NotificationsApp start(
            final HirehubSettings settings,
            final String kafka,
            final MigrationSettings database,
            final String registryUrl,
            final Path stateDir,
            final Path dataDir,
            final PartBoard board) {
        return NotificationsApp.start(
                NotificationsApp.streamsSettings(kafka, stateDir)
                        .withReplication(
                                settings.streams().replicationFactor(),
                                settings.streams().standbyReplicas()),
                settings.notifications().topology(),
                NotificationsWiring.dispatch(settings.notifications()),
                NotificationsWiring.delivery(settings.notifications(), dataDir),
                database,
                registryUrl,
                board);
    }

    @Command(
            name = "tail",
            mixinStandardHelpOptions = true,
            description = "Print the last deliveries of the local delivery log (e-mail, push and SMS not sent"
                    + " through AWS), oldest first: time, channel, recipient user, address, title, body.")
    static final class Tail implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private StackOptions options;

        @Option(
                names = {"-n", "--lines"},
                paramLabel = "N",
                defaultValue = "20",
                description = "How many (default 20).")
        private int lines;

        @Option(names = "--channel", paramLabel = "CHANNEL", description = "Only email, push or sms.")
        private String channel;

        @Override
        public Integer call() throws Exception {
            final HirehubSettings settings = options.settings();
            final Path file = settings.notifications()
                    .deliveryLog()
                    .orElse(NotificationsConfig.defaultDeliveryLog(settings.dataDir()));
            final PrintWriter out = spec.commandLine().getOut();
            if (!Files.exists(file)) {
                out.println("no deliveries yet (" + file + ")");
                out.flush();
                return 0;
            }
            final List<JsonNode> all = LocalDeliveryLog.read(file).stream()
                    .filter(l -> channel == null
                            || channel.equalsIgnoreCase(l.path("channel").asText()))
                    .toList();
            for (final JsonNode line : all.subList(Math.max(0, all.size() - Math.max(lines, 0)), all.size())) {
                out.printf(
                        "%s  %-5s  user %s  to %s%n  %s%n  %s%n",
                        line.path("at").asText(),
                        line.path("channel").asText(),
                        line.path("user_id").asText(),
                        line.path("to").isArray()
                                ? line.path("to").toString()
                                : line.path("to").asText(),
                        line.path("title").isNull() ? "" : line.path("title").asText(),
                        line.path("body").asText().replace("\n", "\n  "));
            }
            out.flush();
            return 0;
        }
    }
}
