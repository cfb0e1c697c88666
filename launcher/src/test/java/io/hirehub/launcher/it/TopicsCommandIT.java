package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.launcher.HirehubCommand;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code hirehub topics apply|describe} against the shared embedded broker. */
class TopicsCommandIT {

    private final SharedStack stack = SharedStack.get();

    @Test
    void shouldCreateAMissingTopicWithThePlannedConfigsAndBeIdempotent() throws Exception {
        final String topic = Topics.MATCHING_DLQ.name();
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            await().atMost(ItTimeouts.WAIT)
                    .until(() -> !admin.listTopics().names().get().contains(topic));

            final Run first = run(3, "topics", "apply");
            assertThat(first.code).as(first.err).isEqualTo(ExitCodes.OK);
            assertThat(first.out)
                    .containsPattern(topic.replace(".", "\\.") + "\\s+CREATED")
                    .contains("1 created");

            final TopicDescription description =
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(description.partitions()).hasSize(3);
            final Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                    .all()
                    .get()
                    .values()
                    .iterator()
                    .next();
            assertThat(config.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(config.get("retention.ms").value())
                    .isEqualTo(Long.toString(TopicPlan.DEAD_LETTER_RETENTION.toMillis()));
            assertThat(config.get("min.insync.replicas").value()).isEqualTo("1");

            final Run second = run(3, "topics", "apply");
            assertThat(second.code).as(second.err).isEqualTo(ExitCodes.OK);
            assertThat(second.out).contains("0 created").doesNotContain("CREATED");
        }
    }

    @Test
    void shouldReportDriftWithoutChangingTheTopic() throws Exception {
        // The shared stack planned 3 partitions; a plan of 4 makes every existing topic drift.
        final Run run = run(4, "topics", "apply");

        assertThat(run.code).isEqualTo(ExitCodes.DRIFT);
        assertThat(run.out)
                .containsPattern("job\\.created\\s+DRIFT\\s+4/3")
                .contains("partitions planned 4 but is 3")
                .contains("0 created");
        try (Admin admin = admin()) {
            assertThat(admin.describeTopics(List.of(Topics.JOB_CREATED.name()))
                            .allTopicNames()
                            .get()
                            .get(Topics.JOB_CREATED.name())
                            .partitions())
                    .hasSize(3);
        }
    }

    @Test
    void shouldDescribePlanVersusActualAsJson() {
        final Run run = run(3, "topics", "describe", "--json");

        assertThat(run.code).as(run.err).isEqualTo(ExitCodes.OK);
        assertThat(run.out)
                .contains("\"name\" : \"job.created\"")
                .contains("\"status\" : \"OK\"")
                .contains("\"cleanupPolicy\" : \"compact\"");
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()));
    }

    private Run run(final int partitions, final String... command) {
        final List<String> args = new ArrayList<>(List.of(command));
        args.addAll(
                List.of("--kafka-bootstrap-servers", stack.kafkaBootstrap(), "-s", "topics.partitions=" + partitions));
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = HirehubCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        final int code = cli.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
