package io.hirehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.launcher.it.support.ProviderStandIn;
import io.hirehub.stack.config.*;
import io.hirehub.topologies.resume.ResumeAnalysis;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import io.hirehub.topologies.resume.TaskReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each provider key group, set through the one configuration (file, {@code HIREHUB_*}, {@code -s}),
 * reaches the component that calls the provider: the analysis the resume pipeline runs
 * ({@link ResumeAnalyzerFactory#create}) and the job embeddings of matching
 * ({@link ResumeAnalyzerFactory#embeddings}), both built from {@link HirehubSettings#analysis()} as the
 * runtimes build them. A local HTTP stand-in speaks the providers' wire formats and records the calls.
 */
class ProviderSettingsTest {

    private static final String RESUME = """
            Kim Minsu
            Backend engineer, 6 years with Java, Kafka and PostgreSQL.
            Experience
            Acme Corp, Senior Engineer, 2019.03 - 2024.12
            Built event pipelines with Kafka Streams.
            Skills: Java, Kafka, PostgreSQL, AWS
            """;

    @TempDir
    Path dir;

    private final ProviderStandIn standIn = new ProviderStandIn();

    @AfterEach
    void close() {
        standIn.close();
    }

    @Test
    void shouldEmbedResumesAndJobsWithTheBedrockModelTheConfigFileNames() throws IOException {
        final Path file = dir.resolve("hirehub.properties");
        Files.writeString(
                file,
                "embedding.provider=bedrock\nbedrock.region=ap-northeast-2\nbedrock.endpoint=" + standIn.url()
                        + "\nbedrock.embedding.model=amazon.titan-embed-text-v2:0\nbedrock.embedding.dimensions=512\n"
                        + "bedrock.access.key.id=AKIASTANDIN\nbedrock.secret.access.key=stand-in-secret\n");
        final HirehubSettings settings = HirehubSettings.load(Optional.of(file), Map.of(), Map.of());

        final ResumeAnalysis analysis;
        try (ResumeAnalyzerFactory.Handle analyzer =
                ResumeAnalyzerFactory.create(settings.analysis(), Clock.systemUTC())) {
            analysis = analyzer.analyzer()
                    .analyze(RESUME.getBytes(StandardCharsets.UTF_8), "resume.txt", Optional.empty());
        }
        try (ResumeAnalyzerFactory.EmbeddingHandle jobs = ResumeAnalyzerFactory.embeddings(settings.analysis())) {
            final float[][] vectors = jobs.provider().embed(List.of("Senior Java engineer, Kafka"));
            assertThat(vectors).hasNumberOfRows(1);
            assertThat(vectors[0]).hasSize(1536);
            assertThat(jobs.provider().modelId()).isEqualTo(analysis.embeddingModel());
        }

        final List<ProviderStandIn.Request> calls = standIn.embeddings("amazon.titan-embed-text-v2:0");
        assertThat(calls).hasSizeGreaterThanOrEqualTo(2);
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.body().path("dimensions").asInt()).isEqualTo(512);
            assertThat(call.authorization()).contains("Credential=AKIASTANDIN/").contains("/ap-northeast-2/bedrock/");
        });
        assertThat(calls.get(calls.size() - 1).body().path("inputText").asText())
                .isEqualTo("Senior Java engineer, Kafka");
        assertThat(analysis.tasks())
                .filteredOn(t -> t.taskType() == AiTaskType.EMBEDDING)
                .extracting(TaskReport::modelUsed)
                .containsExactly("amazon.titan-embed-text-v2:0");
    }

    @Test
    void shouldSummariseAndMaskThroughTheLlmTheEnvironmentNames() throws IOException {
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of(
                        "HIREHUB_LLM_BASE_URL", standIn.url() + "/v1",
                        "HIREHUB_LLM_MODEL", "qwen3-8b",
                        "HIREHUB_LLM_API_KEY", "sk-stand-in",
                        "HIREHUB_SUMMARY_PROVIDER", "llm",
                        "HIREHUB_PII_LLM_ENABLED", "true"),
                Map.of());

        final ResumeAnalysis analysis;
        try (ResumeAnalyzerFactory.Handle analyzer =
                ResumeAnalyzerFactory.create(settings.analysis(), Clock.systemUTC())) {
            analysis = analyzer.analyzer()
                    .analyze(RESUME.getBytes(StandardCharsets.UTF_8), "resume.txt", Optional.empty());
        }

        assertThat(standIn.chats()).hasSize(2).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer sk-stand-in");
            assertThat(call.body().path("model").asText()).isEqualTo("qwen3-8b");
        });
        assertThat(analysis.tasks())
                .filteredOn(t -> t.taskType() == AiTaskType.SUMMARY)
                .extracting(TaskReport::modelUsed)
                .containsExactly("qwen3-8b");
        assertThat(standIn.embeddings("amazon.titan-embed-text-v1")).isEmpty();
    }

    @Test
    void shouldSizeLocalEmbeddingsOfResumesAndJobsAsTheCommandLineSays() {
        final HirehubSettings settings =
                HirehubSettings.load(Optional.empty(), Map.of(), Map.of("embedding.dimensions", "256"));

        try (ResumeAnalyzerFactory.Handle analyzer =
                        ResumeAnalyzerFactory.create(settings.analysis(), Clock.systemUTC());
                ResumeAnalyzerFactory.EmbeddingHandle jobs = ResumeAnalyzerFactory.embeddings(settings.analysis())) {
            final ResumeAnalysis analysis = analyzer.analyzer()
                    .analyze(RESUME.getBytes(StandardCharsets.UTF_8), "resume.txt", Optional.empty());

            assertThat(analysis.documentEmbedding()).hasSize(256);
            assertThat(jobs.provider().dimensions()).isEqualTo(256);
        }
        assertThat(standIn.requests()).isEmpty();
    }
}
