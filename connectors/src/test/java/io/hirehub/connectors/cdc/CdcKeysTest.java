package io.hirehub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.runtime.config.ConfigKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cdc.* keys are declared once: CdcSettings takes their names and defaults from CdcKeys. */
class CdcKeysTest {

    private static final Map<String, String> ENDPOINTS = Map.of(
            "postgres.jdbc.url", "jdbc:postgresql://db:5432/hirehub",
            "kafka.bootstrap.servers", "kafka:9092",
            "registry.url", "http://registry:8081");

    @Test
    void shouldTakeEveryDefaultFromItsKey() {
        final CdcSettings settings = CdcSettings.fromMap(ENDPOINTS);

        assertThat(settings.slotName()).isEqualTo(CdcKeys.SLOT_NAME.defaultValue());
        assertThat(settings.publicationName()).isEqualTo(CdcKeys.PUBLICATION_NAME.defaultValue());
        assertThat(settings.topicPrefix()).isEqualTo(CdcKeys.TOPIC_PREFIX.defaultValue());
        assertThat(settings.tables()).isEqualTo(CdcSettings.DEFAULT_TABLES);
        assertThat(settings.outboxTables()).isEqualTo(CdcSettings.DEFAULT_OUTBOX_TABLES);
        assertThat(settings.heartbeatTable()).isEqualTo(CdcKeys.HEARTBEAT_TABLE.defaultValue());
        assertThat(settings.heartbeatInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.dlqTopic()).isEqualTo("hirehub.cdc.dlq");
        assertThat(settings.offsetsTopic()).isEqualTo("hirehub.cdc.offsets");
        assertThat(settings.offsetsReplication()).isEqualTo((short) 1);
        assertThat(settings.offsetFlushInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.leaderPollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.recordOverrides()).isEmpty();
    }

    @Test
    void shouldReadEachKeyByItsDeclaredName() {
        final Map<String, String> props = new HashMap<>(ENDPOINTS);
        props.put(CdcKeys.SLOT_NAME.name(), "other_slot");
        props.put(CdcKeys.TABLES.name(), "job_service.jobs, job_service.job_skills");
        props.put(CdcKeys.LEADER_POLL_MS.name(), "500");

        final CdcSettings settings = CdcSettings.fromMap(props);

        assertThat(settings.slotName()).isEqualTo("other_slot");
        assertThat(settings.tables()).containsExactly("job_service.jobs", "job_service.job_skills");
        assertThat(settings.leaderPollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> CdcSettings.fromMap(Map.of(CdcKeys.HEARTBEAT_INTERVAL_MS.name(), "soon")))
                .hasMessage("cdc.heartbeat.interval.ms must be a number of milliseconds, was 'soon'");
    }

    @Test
    void shouldDeclareOnlyCdcKeysEachOnce() {
        assertThat(CdcKeys.all())
                .extracting(ConfigKey::name)
                .doesNotHaveDuplicates()
                .allMatch(n -> n.startsWith("cdc."));
        assertThat(CdcKeys.all()).hasSize(13);
    }
}
