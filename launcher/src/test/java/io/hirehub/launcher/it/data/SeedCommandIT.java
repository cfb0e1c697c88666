package io.hirehub.launcher.it.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hirehub seed} on the shared stack: rows in every service, files in S3, the outbox events
 * routed to Kafka by CDC, and a second run with the same seed refused (same ids).
 */
class SeedCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void shouldSeedThroughTheSystemOfRecordAndRefuseTheSameSeedTwice() throws Exception {
        final long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        final Set<Object> jobsBefore = new HashSet<>(DataStack.column("SELECT id FROM job_service.jobs"));
        final long companies = DataStack.count("SELECT count(*) FROM user_service.companies");
        final long profiles = DataStack.count("SELECT count(*) FROM user_service.jobseeker_profiles");
        // Any status: the shared stack's resume pipeline may already have analysed some of them.
        final long resumes = DataStack.count("SELECT count(*) FROM resume_service.resumes");

        final DataCli run = DataCli.run(
                dataDir,
                "seed",
                "--companies",
                "3",
                "--jobs",
                "12",
                "--resumes",
                "15",
                "--seed",
                Long.toString(seed),
                "--no-progress");

        assertThat(run.code()).as(run.err()).isZero();
        final JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("seed").asLong()).isEqualTo(seed);
        assertThat(summary.get("companies").asInt()).isEqualTo(3);
        assertThat(summary.get("jobs").asInt()).isEqualTo(12);
        assertThat(summary.get("resumes").asInt()).isEqualTo(15);
        assertThat(summary.get("per_second").get("resumes").asDouble()).isPositive();
        assertThat(DataStack.count("SELECT count(*) FROM user_service.companies"))
                .isEqualTo(companies + 3);
        assertThat(DataStack.count("SELECT count(*) FROM user_service.jobseeker_profiles"))
                .isEqualTo(profiles + 15);
        assertThat(DataStack.count("SELECT count(*) FROM resume_service.resumes"))
                .isEqualTo(resumes + 15);
        final Set<String> seededJobs = new HashSet<>();
        for (final Object id : DataStack.column("SELECT id FROM job_service.jobs WHERE status = 'open'")) {
            if (!jobsBefore.contains(id)) {
                seededJobs.add(id.toString());
            }
        }
        assertThat(seededJobs).hasSize(12);
        final List<Object> urls = DataStack.column(
                "SELECT original_file_url FROM resume_service.resumes" + " ORDER BY created_at DESC LIMIT 15");
        assertThat(urls)
                .allSatisfy(url -> assertThat(DataStack.objectExists(url.toString()
                                .substring(("s3://" + SharedStack.get().bucket() + "/").length())))
                        .isTrue());
        assertJobCreatedEventsArrive(seededJobs);

        final DataCli again = DataCli.run(
                dataDir,
                "seed",
                "--companies",
                "3",
                "--jobs",
                "0",
                "--resumes",
                "0",
                "--seed",
                Long.toString(seed),
                "--no-progress");

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).startsWith("hirehub seed: creating 3 company(ies) refused: ERROR: duplicate key value");
        assertThat(DataStack.count("SELECT count(*) FROM user_service.companies"))
                .isEqualTo(companies + 3);
    }

    /** CDC routes each job's outbox row to job.created, keyed by the job id. */
    private static void assertJobCreatedEventsArrive(final Set<String> jobIds) {
        final Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        SharedStack.get().kafkaBootstrap(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "seed-it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("job.created"));
            Awaitility.await()
                    .atMost(ItTimeouts.WAIT)
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        for (final ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                            if (jobIds.contains(record.key())) {
                                seen.add(record.key());
                                assertThat(record.value()[0]).isZero();
                            }
                        }
                        return seen.size() == jobIds.size();
                    });
        }
    }
}
