package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.SharedStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The edge as {@code dev} runs it, on the shared stack's real schemas: a token from {@code hirehub
 * token}, a job posted over HTTP, and its {@code job.created} event on Kafka through the outbox and
 * CDC; {@code hirehub token}'s refusals.
 */
class EdgeOnStackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldCarryAJobPostedOverHttpToItsEventTopic() throws Exception {
        final SharedStack stack = SharedStack.get();
        final String edge = stack.endpoints().edge();
        assertThat(edge).startsWith("http://");
        final String subject = "it-stack-" + UUID.randomUUID();
        final String token = token("--subject", subject, "--email", subject + "@example.com");

        final String userId = post(edge, token, "/v1/users", Map.of("user_type", "company"))
                .path("id")
                .asText();
        final String company = post(edge, token, "/v1/companies", Map.of("name", "스택 " + subject))
                .path("id")
                .asText();
        final String job = post(
                        edge,
                        token,
                        "/v1/jobs",
                        Map.of("company_id", company, "title", "Stream engineer", "status", "open"))
                .path("id")
                .asText();

        assertThat(awaitKey(stack, Topics.JOB_CREATED.name(), job)).isTrue();
        final String byUser = token("--user", userId);
        final HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(URI.create(edge + "/v1/users/me"))
                        .header("Authorization", "Bearer " + byUser)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).path("company_ids").get(0).asText()).isEqualTo(company);
    }

    /** dev's edge is ready only with matching serving, and exports the Kafka Streams apps' metrics. */
    @Test
    void shouldReportQueryRoutingInReadinessAndTheStreamsMetrics() throws Exception {
        final String edge = SharedStack.get().endpoints().edge();
        final HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create(edge + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).path("failing").size()).isZero();

        final String metrics = http.send(
                        HttpRequest.newBuilder(URI.create(edge + "/metrics")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics)
                .as("both applications' stream threads: process rate and commit latency")
                .contains("kafka_stream_thread_process_rate")
                .contains("kafka_stream_thread_commit_latency_avg")
                .contains("hirehub-matching")
                .contains("hirehub-resume-pipeline")
                .as("their consumers' lag")
                .contains("kafka_consumer_fetch_manager_records_lag_max")
                .as("and the edge's own")
                .contains("http_server_requests_seconds");
    }

    @Test
    void shouldRefuseATokenForAnUnknownUserOrAMalformedId() {
        final CliRun unknown = CliRun.of(cli("--user", UUID.randomUUID().toString()));
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no user ");

        final CliRun malformed = CliRun.of(cli("--user", "bob"));
        assertThat(malformed.code()).isEqualTo(2);
        assertThat(malformed.err()).contains("--user: a users.id UUID, was 'bob'");

        final CliRun both = CliRun.of(cli("--user", UUID.randomUUID().toString(), "--subject", "x"));
        assertThat(both.code()).isEqualTo(2);
    }

    private static String[] cli(final String... args) {
        final SharedStack stack = SharedStack.get();
        final List<String> all = new java.util.ArrayList<>(List.of(
                "token",
                "--data-dir",
                stack.dataDir().toString(),
                "--jdbc-url",
                stack.jdbcUrl(),
                "--jdbc-user",
                stack.jdbcUser()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    private static String token(final String... args) {
        final CliRun run = CliRun.of(cli(args));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private JsonNode post(final String edge, final String token, final String path, final Object body)
            throws Exception {
        final HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(edge + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private static boolean awaitKey(final SharedStack stack, final String topic, final String key) {
        final Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            final List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final boolean[] seen = {false};
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    seen[0] |= key.equals(record.key());
                }
                return seen[0];
            });
            return seen[0];
        }
    }
}
