package io.hirehub.topologies.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.support.StubHttpServer;
import io.hirehub.topologies.resume.support.StubHttpServer.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumeAnalysisSettingsTest {

    @Test
    void shouldDefaultToEverythingLocal() {
        final ResumeAnalysisSettings settings = ResumeAnalysisSettings.localDefaults();

        assertThat(settings.embeddingBackend()).isEqualTo(ResumeAnalysisSettings.EmbeddingBackend.LOCAL);
        assertThat(settings.summaryBackend()).isEqualTo(ResumeAnalysisSettings.SummaryBackend.EXTRACTIVE);
        assertThat(settings.llm()).isEmpty();
        assertThat(settings.llmPiiPass()).isFalse();
        assertThat(settings.extraction().maxFileBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.localDimensions()).isEqualTo(1536);
    }

    @Test
    void shouldReadBedrockAndLlmSettings() {
        final ResumeAnalysisSettings settings = ResumeAnalysisSettings.fromProperties(Map.of(
                "embedding.provider",
                "bedrock",
                "bedrock.region",
                "ap-northeast-2",
                "bedrock.embedding.model",
                "amazon.titan-embed-text-v2:0",
                "bedrock.timeout.ms",
                "1500",
                "llm.base.url",
                "http://qwen:8000/v1",
                "llm.model",
                "qwen3-8b",
                "pii.llm.enabled",
                "true",
                "summary.provider",
                "LLM",
                "llm.retry.max.attempts",
                "5"));

        assertThat(settings.bedrock()).get().satisfies(b -> {
            assertThat(b.modelDimensions()).isEqualTo(1024);
            assertThat(b.storeDimensions()).isEqualTo(1536);
            assertThat(b.timeout()).isEqualTo(Duration.ofMillis(1500));
        });
        assertThat(settings.llm()).get().satisfies(l -> {
            assertThat(l.model()).isEqualTo("qwen3-8b");
            assertThat(l.retry().maxAttempts()).isEqualTo(5);
        });
        assertThat(settings.llmPiiPass()).isTrue();
    }

    @Test
    void shouldWireBedrockClaudeSummaries() throws Exception {
        try (StubHttpServer bedrock = new StubHttpServer()) {
            bedrock.respond(Response.json(
                    200,
                    "{\"content\":[{\"type\":\"text\",\"text\":\"요약\"}],"
                            + "\"usage\":{\"input_tokens\":10,\"output_tokens\":2}}"));
            final ResumeAnalysisSettings settings = ResumeAnalysisSettings.fromProperties(Map.of(
                    "summary.provider",
                    "bedrock-claude",
                    "bedrock.region",
                    "us-east-1",
                    "bedrock.endpoint",
                    bedrock.uri().toString(),
                    "bedrock.access.key.id",
                    "AKID",
                    "bedrock.secret.access.key",
                    "secret"));

            final ResumeAnalysis analysis;
            try (ResumeAnalyzerFactory.Handle handle = ResumeAnalyzerFactory.create(settings, Clock.systemUTC())) {
                analysis = handle.analyzer().analyze(Resources.bytes("en_backend.md"), "r.md", Optional.empty());
            }

            assertThat(analysis.summary())
                    .isEqualTo(new io.hirehub.topologies.resume.summary.Summary(
                            "요약", ResumeAnalysisSettings.DEFAULT_CLAUDE_MODEL, 12));
            assertThat(analysis.embeddingModel()).isEqualTo("hirehub-local-hash-v2");
            assertThat(bedrock.requests().get(0).body()).doesNotContain("Jane Doe", "jane.doe@example.com");
        }
    }

    @Test
    void shouldNameTheKeyAndValueOfBadSettings() {
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(Map.of("embedding.provider", "openai")))
                .hasMessage("embedding.provider must be one of [local, onnx_minilm, bedrock], was 'openai'");
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(Map.of("embedding.provider", "bedrock")))
                .hasMessage("bedrock.region is required for Bedrock embeddings or summaries");
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(Map.of("pii.llm.enabled", "true")))
                .hasMessage("pii.llm.enabled=true needs llm.base.url and llm.model");
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(Map.of("resume.max.file.bytes", "10MB")))
                .hasMessage("resume.max.file.bytes must be a whole number, was '10MB'");
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(Map.of("llm.base.url", "qwen:8000")))
                .hasMessage("llm.base.url must be an absolute URL, was 'qwen:8000'");
    }

    @Test
    void shouldWireBedrockAndLlmProvidersFromConfiguration() throws Exception {
        try (StubHttpServer bedrock = new StubHttpServer();
                StubHttpServer llm = new StubHttpServer()) {
            bedrock.respond(Response.json(
                    200,
                    "{\"embedding\":[" + String.join(",", Collections.nCopies(1536, "0.1"))
                            + "],\"inputTextTokenCount\":5}"));
            llm.respond(Response.json(
                    200,
                    "{\"model\":\"qwen3-8b\",\"choices\":[{\"message\":{\"content\":"
                            + "\"자바 백엔드 개발자 요약\"}}],\"usage\":{\"total_tokens\":77}}"));
            final ResumeAnalysisSettings settings = ResumeAnalysisSettings.fromProperties(Map.of(
                    "embedding.provider",
                    "bedrock",
                    "bedrock.region",
                    "us-east-1",
                    "bedrock.endpoint",
                    bedrock.uri().toString(),
                    "bedrock.access.key.id",
                    "AKID",
                    "bedrock.secret.access.key",
                    "secret",
                    "llm.base.url",
                    llm.uri() + "/v1",
                    "llm.model",
                    "qwen3-8b",
                    "summary.provider",
                    "llm"));

            final ResumeAnalysis analysis;
            try (ResumeAnalyzerFactory.Handle handle = ResumeAnalyzerFactory.create(settings, Clock.systemUTC())) {
                analysis = handle.analyzer().analyze(Resources.bytes("ko_backend.txt"), "r.txt", Optional.of("김민준"));
            }

            assertThat(analysis.summary().text()).isEqualTo("자바 백엔드 개발자 요약");
            assertThat(analysis.tasks())
                    .extracting(TaskReport::modelUsed)
                    .containsExactly("rules-v2", "rules-v2", "amazon.titan-embed-text-v1", "qwen3-8b");
            assertThat(analysis.tasks())
                    .extracting(TaskReport::tokensUsed)
                    .containsExactly(0, 0, 5 * analysis.chunks().size(), 77);
            final String sent = String.join(
                            "\n",
                            bedrock.requests().stream()
                                    .map(StubHttpServer.Request::body)
                                    .toList())
                    + llm.requests().get(0).body();
            assertThat(sent).contains("[NAME]").doesNotContain("김민준", "010-5555-1234", "minjun.kim", "올림픽로");
        }
    }
}
