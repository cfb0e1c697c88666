package io.hirehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.launcher.match.MatchingCommand;
import io.hirehub.launcher.resume.ResumePipelineCommand;
import io.hirehub.stack.config.*;
import io.hirehub.topologies.embed.BedrockEmbeddingSettings;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processing settings (resume analysis providers, Kafka Streams safety, the CDC runner's own keys)
 * come from the one configuration, with its precedence and its error messages.
 */
class ProcessingSettingsTest {

    @TempDir
    Path dir;

    @Test
    void shouldGiveTheSameAnalysisAsTheTopologysLocalDefaults() {
        final HirehubSettings settings = HirehubSettings.load(Optional.empty(), Map.of(), Map.of());

        assertThat(settings.analysis()).isEqualTo(ResumeAnalysisSettings.localDefaults());
        assertThat(settings.streams()).isEqualTo(new StreamsSettings(1, 0));
        assertThat(settings.cdc()).isEmpty();
    }

    @Test
    void shouldReadTheEmbeddingAndBedrockKeysFromTheFile() throws IOException {
        final Path file = dir.resolve("hirehub.properties");
        Files.writeString(file, """
                embedding.provider=bedrock
                embedding.chunk.max.chars=800
                bedrock.region=ap-northeast-2
                bedrock.endpoint=http://localhost:4566
                bedrock.embedding.model=amazon.titan-embed-text-v2:0
                bedrock.embedding.dimensions=512
                bedrock.timeout.ms=2500
                bedrock.retry.max.attempts=5
                """);

        final ResumeAnalysisSettings analysis =
                HirehubSettings.load(Optional.of(file), Map.of(), Map.of()).analysis();

        assertThat(analysis.embeddingBackend()).isEqualTo(ResumeAnalysisSettings.EmbeddingBackend.BEDROCK);
        assertThat(analysis.chunkMaxChars()).isEqualTo(800);
        final BedrockEmbeddingSettings bedrock = analysis.bedrock().orElseThrow();
        assertThat(bedrock.region()).isEqualTo("ap-northeast-2");
        assertThat(bedrock.endpoint()).contains(URI.create("http://localhost:4566"));
        assertThat(bedrock.modelId()).isEqualTo(BedrockEmbeddingSettings.TITAN_V2);
        assertThat(bedrock.modelDimensions()).isEqualTo(512);
        assertThat(bedrock.timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(bedrock.retry().maxAttempts()).isEqualTo(5);
    }

    @Test
    void shouldReadTheLlmKeysFromTheEnvironment() {
        final ResumeAnalysisSettings analysis = HirehubSettings.load(
                        Optional.empty(),
                        Map.of(
                                "HIREHUB_LLM_BASE_URL", "http://qwen:8000/v1",
                                "HIREHUB_LLM_MODEL", "qwen3-8b",
                                "HIREHUB_LLM_API_KEY", "sk-test",
                                "HIREHUB_LLM_MAX_TOKENS", "512",
                                "HIREHUB_SUMMARY_PROVIDER", "llm",
                                "HIREHUB_PII_LLM_ENABLED", "true"),
                        Map.of())
                .analysis();

        assertThat(analysis.llm()).hasValueSatisfying(llm -> {
            assertThat(llm.baseUrl()).isEqualTo(URI.create("http://qwen:8000/v1"));
            assertThat(llm.model()).isEqualTo("qwen3-8b");
            assertThat(llm.apiKey()).contains("sk-test");
            assertThat(llm.maxTokens()).isEqualTo(512);
        });
        assertThat(analysis.summaryBackend()).isEqualTo(ResumeAnalysisSettings.SummaryBackend.LLM);
        assertThat(analysis.llmPiiPass()).isTrue();
    }

    @Test
    void shouldLetTheCommandLineOverrideTheEnvironmentForAnalysisKeys() {
        final ResumeAnalysisSettings analysis = HirehubSettings.load(
                        Optional.empty(),
                        Map.of("HIREHUB_EMBEDDING_DIMENSIONS", "768"),
                        Map.of("embedding.dimensions", "384", "resume.max.file.bytes", "1048576"))
                .analysis();

        assertThat(analysis.localDimensions()).isEqualTo(384);
        assertThat(analysis.extraction().maxFileBytes()).isEqualTo(1_048_576L);
    }

    @Test
    void shouldNameTheKeyItsValueAndItsSourceWhenTheAnalysisRefusesIt() {
        assertThatThrownBy(() -> HirehubSettings.load(
                        Optional.empty(), Map.of("HIREHUB_EMBEDDING_PROVIDER", "openai"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid value 'openai' for embedding.provider (from environment variable"
                        + " HIREHUB_EMBEDDING_PROVIDER): embedding.provider must be one of [local, onnx_minilm, bedrock],"
                        + " was 'openai'");
        assertThatThrownBy(() ->
                        HirehubSettings.load(Optional.empty(), Map.of(), Map.of("llm.base.url", "http://qwen:8000/v1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.model is required when llm.base.url is set");
    }

    @Test
    void shouldNeverShowASecretInAnError() {
        assertThatThrownBy(() -> HirehubSettings.load(
                        Optional.empty(),
                        Map.of(),
                        Map.of("bedrock.region", "us-east-1", "bedrock.secret.access.key", "very-secret")))
                .isInstanceOf(ConfigException.class)
                .hasMessageNotContaining("very-secret");
    }

    @Test
    void shouldApplyReplicationAndStandbysToBothStreamsApplications() {
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of("HIREHUB_STREAMS_REPLICATION_FACTOR", "3"),
                Map.of("streams.standby.replicas", "1"));
        final Path state = dir.resolve("state");

        for (final Properties props : List.of(
                MatchingCommand.streamsSettings(settings, "kafka:9092", state).properties(),
                ResumePipelineCommand.streamsSettings(settings, "kafka:9092", state)
                        .properties())) {
            assertThat(props)
                    .containsEntry(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3)
                    .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1)
                    .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        }
        assertThatThrownBy(() ->
                        HirehubSettings.load(Optional.empty(), Map.of(), Map.of("streams.replication.factor", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid value '0' for streams.replication.factor (from command line): expected an"
                        + " integer in 1..32");
    }

    @Test
    void shouldHandTheCdcKeysToTheRunnerWithTheSamePrecedence() throws IOException {
        final Path file = dir.resolve("hirehub.properties");
        Files.writeString(file, "cdc.slot.name=from_file\ncdc.heartbeat.interval.ms=5000\n");

        final HirehubSettings settings = HirehubSettings.load(
                Optional.of(file),
                Map.of("HIREHUB_CDC_SLOT_NAME", "from_env", "HIREHUB_CDC_LEADER_POLL_MS", "500"),
                Map.of("cdc.leader.poll.ms", "750"));

        assertThat(settings.cdc())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "cdc.slot.name", "from_env",
                        "cdc.heartbeat.interval.ms", "5000",
                        "cdc.leader.poll.ms", "750"));
    }
}
