package io.hirehub.launcher.cli;

import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.stack.topics.TopicPlanner;
import io.hirehub.stack.topics.TopicState;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hirehub topics apply|describe}: the declarative topic plan against a cluster. */
@Command(
        name = "topics",
        mixinStandardHelpOptions = true,
        description = "Compare the topic plan with the cluster (describe) or create what is missing (apply).",
        subcommands = {TopicsCommand.Apply.class, TopicsCommand.Describe.class})
public final class TopicsCommand extends CommandGroup {

    private static Admin admin(final String bootstrap) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** Options of both subcommands. */
    abstract static class PlanCommand implements Callable<Integer> {
        @Mixin
        StackOptions options;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Spec
        CommandSpec spec;

        @ParentCommand
        TopicsCommand parent;

        TopicPlan plan(final HirehubSettings settings) {
            return TopicPlan.withPartitions(settings.kafka().partitions());
        }

        String bootstrap(final HirehubSettings settings) {
            return new RunningStack(settings).kafka();
        }
    }

    /** Creates the missing planned topics; reports drift without touching existing topics. */
    @Command(
            name = "apply",
            mixinStandardHelpOptions = true,
            description =
                    "Create the planned topics that are missing; report drift (exit 5) without changing anything.")
    static final class Apply extends PlanCommand {
        @Override
        public Integer call() {
            final HirehubSettings settings = options.settings();
            try (Admin admin = admin(bootstrap(settings))) {
                final TopicPlanner.ApplyResult result = new TopicPlanner(admin, plan(settings)).apply();
                final PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(TopicTable.json(result.before(), result.created()));
                } else {
                    out.print(TopicTable.text(result.before(), result.created()));
                    out.printf(
                            "%d created, %d unchanged, %d drifted (drift is reported, never fixed automatically).%n",
                            result.created().size(),
                            result.before().size()
                                    - result.created().size()
                                    - result.drifted().size(),
                            result.drifted().size());
                }
                out.flush();
                return result.drifted().isEmpty() ? ExitCodes.OK : ExitCodes.DRIFT;
            }
        }
    }

    /** Plan vs actual, as a table or JSON. */
    @Command(
            name = "describe",
            mixinStandardHelpOptions = true,
            description = "Print plan vs actual for every planned topic (exit 5 when a topic is missing or drifted).")
    static final class Describe extends PlanCommand {
        @Override
        public Integer call() {
            final HirehubSettings settings = options.settings();
            try (Admin admin = admin(bootstrap(settings))) {
                final List<TopicState> states = new TopicPlanner(admin, plan(settings)).describe();
                final PrintWriter out = spec.commandLine().getOut();
                out.print(
                        json
                                ? TopicTable.json(states, List.of()) + System.lineSeparator()
                                : TopicTable.text(states, List.of()));
                out.flush();
                return states.stream().allMatch(s -> s.status() == TopicState.Status.OK)
                        ? ExitCodes.OK
                        : ExitCodes.DRIFT;
            }
        }
    }
}
