package io.hirehub.launcher.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.connectors.notify.LocalDeliveryLog;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.StackOptions;
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

/** {@code hirehub notifications tail}: what the embedded default "sent" by e-mail, push and SMS. */
@Command(
        name = "notifications",
        mixinStandardHelpOptions = true,
        description = "Notifications.",
        subcommands = NotificationsCommand.Tail.class)
public final class NotificationsCommand extends CommandGroup {

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
