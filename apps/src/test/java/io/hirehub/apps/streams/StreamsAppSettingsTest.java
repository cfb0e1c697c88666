package io.hirehub.apps.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.apps.resume.ResumePipelineApp;
import io.hirehub.topologies.match.MatchingSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class StreamsAppSettingsTest {

    private static final Path STATE = Path.of("/tmp/state");

    @Test
    void shouldRunExactlyOnceOnOneBrokerByDefault() {
        final Properties props =
                StreamsAppSettings.of("app", "kafka:9092", STATE).properties();

        assertThat(props)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "app")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka:9092")
                .containsEntry(StreamsConfig.STATE_DIR_CONFIG, STATE.toString())
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 1)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1)
                .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 0)
                .doesNotContainKeys(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, StreamsConfig.APPLICATION_SERVER_CONFIG);
    }

    @Test
    void shouldSetWhatItIsGivenAndLetOverridesWinLast() {
        final Properties props = StreamsAppSettings.of("app", "kafka:9092", STATE)
                .withStreamThreads(4)
                .withReplication(3, 1)
                .withCommitInterval(Duration.ofMillis(250))
                .withApplicationServer(new HostInfo("edge-1", 8080))
                .withOverrides(Map.of(StreamsConfig.consumerPrefix("max.poll.records"), 5))
                .withOverrides(Map.of(StreamsConfig.consumerPrefix("max.poll.records"), 7))
                .properties();

        assertThat(props)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 4)
                .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 250L)
                .containsEntry(StreamsConfig.APPLICATION_SERVER_CONFIG, "edge-1:8080")
                .containsEntry("consumer.max.poll.records", 7);
    }

    @Test
    void shouldRefuseSettingsKafkaStreamsWouldRefuseLater() {
        final StreamsAppSettings settings = StreamsAppSettings.of("app", "kafka:9092", STATE);

        assertThatThrownBy(() -> settings.withStreamThreads(0)).hasMessage("app: stream threads must be >= 1, was 0");
        assertThatThrownBy(() -> settings.withReplication(0, 0))
                .hasMessage("app: replication factor must be >= 1, was 0");
        assertThatThrownBy(() -> settings.withReplication(1, -1))
                .hasMessage("app: standby replicas must be >= 0, was -1");
        assertThatThrownBy(() -> settings.withCommitInterval(Duration.ZERO))
                .hasMessage("app: commit interval must be positive, was PT0S");
        assertThatThrownBy(() -> StreamsAppSettings.of(" ", "kafka:9092", STATE))
                .hasMessage("applicationId must be set");
    }

    @Test
    void shouldGiveEachApplicationItsOwnIdThreadsAndLimits() {
        final Properties matching = MatchingApp.streamsSettings("kafka:9092", STATE, MatchingSettings.defaults())
                .properties();
        final Properties resume =
                ResumePipelineApp.streamsSettings("kafka:9092", STATE, 3).properties();

        assertThat(matching)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "hirehub-matching")
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100L)
                .containsEntry("consumer.max.poll.records", 50)
                .containsEntry("producer.transaction.timeout.ms", 300_000);
        assertThat(resume)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "hirehub-resume-pipeline")
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 3)
                .containsEntry("consumer.max.poll.records", 10)
                .containsEntry("producer.transaction.timeout.ms", 60_000)
                .doesNotContainKey(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG);
    }
}
