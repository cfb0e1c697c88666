package io.hirehub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {

    private static final Map<String, String> MINIMAL = Map.of(
            "postgres.jdbc.url", "jdbc:postgresql://db.internal:6543/hirehub?sslmode=require",
            "postgres.user", "cdc",
            "postgres.password", "s3cret",
            "kafka.bootstrap.servers", "kafka:9092",
            "registry.url", "http://registry:8081");

    private static JsonNode connectorJson() throws IOException {
        return new ObjectMapper().readTree(Files.readString(Path.of("connect/hirehub-cdc.json")));
    }

    @Test
    void shouldKeepDistributedConfigIdenticalToEmbeddedPipeline() throws IOException {
        final JsonNode json = connectorJson();
        final JsonNode config = json.get("config");

        assertThat(json.get("name").asText()).isEqualTo("hirehub-cdc");
        PipelineConfig.pipeline(CdcSettings.fromMap(MINIMAL))
                .forEach((key, value) ->
                        assertThat(config.path(key).asText(null)).as(key).isEqualTo(value));
        assertThat(config.get("value.converter").asText())
                .isEqualTo("io.hirehub.connectors.connect.ConfluentAvroConverter");
        assertThat(config.get("key.converter").asText()).isEqualTo("org.apache.kafka.connect.storage.StringConverter");
    }

    @Test
    void shouldReferenceSecretsThroughFileProviderOnly() throws IOException {
        final JsonNode config = connectorJson().get("config");

        for (final String secret :
                new String[] {"database.password", "database.user", "value.converter.schema.registry.url"}) {
            assertThat(config.get(secret).asText())
                    .as(secret)
                    .startsWith("${file:")
                    .endsWith("}");
        }
    }

    @Test
    void shouldSplitJdbcUrlForDebezium() {
        final Properties engine = PipelineConfig.engineProperties(CdcSettings.fromMap(MINIMAL));

        assertThat(engine.getProperty("database.hostname")).isEqualTo("db.internal");
        assertThat(engine.getProperty("database.port")).isEqualTo("6543");
        assertThat(engine.getProperty("database.dbname")).isEqualTo("hirehub");
        assertThat(engine.getProperty("offset.storage.topic")).isEqualTo("hirehub.cdc.offsets");
        assertThat(engine.getProperty("table.include.list"))
                .contains("job_service.job_skills", "apply_service.apply_outbox", "ai_service.cdc_heartbeat");
    }

    @Test
    void shouldMatchOnlyOutboxTopicsWithPredicatePattern() {
        final Pattern pattern = Pattern.compile(PipelineConfig.outboxTopicPattern(CdcSettings.fromMap(MINIMAL)));

        assertThat(pattern.matcher("hirehub-cdc.job_service.job_outbox").matches())
                .isTrue();
        assertThat(pattern.matcher("hirehub-cdc.job_service.jobs").matches()).isFalse();
        assertThat(pattern.matcher("hirehub-cdcXjob_service.job_outbox").matches())
                .isFalse();
    }

    @Test
    void shouldNotPrintPasswordInSettings() {
        assertThat(CdcSettings.fromMap(MINIMAL).toString())
                .doesNotContain("s3cret")
                .doesNotContain("sslmode");
    }

    @Test
    void shouldRejectBadSlotNameNamingTheKey() {
        final Map<String, String> bad = new java.util.HashMap<>(MINIMAL);
        bad.put("cdc.slot.name", "Bad-Slot");

        assertThatThrownBy(() -> CdcSettings.fromMap(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cdc.slot.name must be a lower-case PostgreSQL identifier, was 'Bad-Slot'");
    }

    @Test
    void shouldRejectLeaderPollTooSlowForTakeoverBudget() {
        final Map<String, String> bad = new java.util.HashMap<>(MINIMAL);
        bad.put("cdc.leader.poll.ms", "40000");

        assertThatThrownBy(() -> CdcSettings.fromMap(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cdc.leader.poll.ms must be at most 25000 so a standby takes over within 30 s, was 40000");
    }

    @Test
    void shouldRequireJdbcUrl() {
        assertThatThrownBy(() -> CdcSettings.fromMap(Map.of("kafka.bootstrap.servers", "k:9092")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("postgres.jdbc.url is required");
    }

    @Test
    void shouldMapEnvironmentVariablesToDottedKeys() {
        assertThat(CdcSettings.fromEnvironment(Map.of("HIREHUB_CDC_SLOT_NAME", "x", "PATH", "/bin")))
                .containsExactly(Map.entry("cdc.slot.name", "x"));
    }
}
