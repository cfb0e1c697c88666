package io.hirehub.topologies.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.topologies.embed.BedrockEmbeddingSettings;
import io.hirehub.topologies.embed.Chunker;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.resume.provider.RetrySettings;
import io.hirehub.topologies.resume.text.ExtractionSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resume analysis' keys are declared once, in ResumeAnalysisKeys: fromProperties takes names and
 * defaults from there, and those defaults are the ones the components' own constants say.
 */
class ResumeAnalysisKeysTest {

    @Test
    void shouldReadTheDeclaredDefaultsWhenNothingIsSet() {
        final ResumeAnalysisSettings settings = ResumeAnalysisSettings.fromProperties(Map.of());

        assertThat(settings.extraction()).isEqualTo(ExtractionSettings.DEFAULT);
        assertThat(settings.embeddingBackend()).isEqualTo(ResumeAnalysisSettings.EmbeddingBackend.LOCAL);
        assertThat(settings.localDimensions()).isEqualTo(LocalHashingEmbeddingProvider.DEFAULT_DIMENSIONS);
        assertThat(settings.chunkMaxChars()).isEqualTo(Chunker.DEFAULT_MAX_CHARS);
        assertThat(settings.chunkOverlapChars()).isEqualTo(Chunker.DEFAULT_OVERLAP_CHARS);
        assertThat(settings.bedrock()).isEmpty();
        assertThat(settings.llm()).isEmpty();
        assertThat(settings.llmPiiPass()).isFalse();
        assertThat(settings.summaryBackend()).isEqualTo(ResumeAnalysisSettings.SummaryBackend.EXTRACTIVE);
        assertThat(settings.summaryMaxSentences()).isEqualTo(3);
        assertThat(settings.summaryMaxChars()).isEqualTo(500);
        assertThat(settings.bedrockChatModel()).isEqualTo(ResumeAnalysisSettings.DEFAULT_CLAUDE_MODEL);
        assertThat(settings.bedrockChatMaxTokens()).isEqualTo(1024);
    }

    @Test
    void shouldReadTheProvidersDefaultsFromTheirKeys() {
        final ResumeAnalysisSettings settings = ResumeAnalysisSettings.fromProperties(Map.of(
                "bedrock.region", "ap-northeast-2",
                "llm.base.url", "http://qwen:8000/v1",
                "llm.model", "qwen3-8b"));

        final BedrockEmbeddingSettings bedrock = settings.bedrock().orElseThrow();
        assertThat(bedrock.modelId()).isEqualTo(BedrockEmbeddingSettings.TITAN_V1);
        assertThat(bedrock.modelDimensions()).isEqualTo(1536);
        assertThat(bedrock.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(bedrock.retry()).isEqualTo(RetrySettings.DEFAULT);
        assertThat(bedrock.accessKeyId()).isEmpty();
        assertThat(settings.llm().orElseThrow().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.llm().orElseThrow().requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.llm().orElseThrow().retry()).isEqualTo(RetrySettings.DEFAULT);
        assertThat(settings.llm().orElseThrow().maxTokens()).isEqualTo(2048);
    }

    @Test
    void shouldNameTheKeyOfABadValue() {
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(
                        Map.of(ResumeAnalysisKeys.SUMMARY_MAX_CHARS.name(), "lots")))
                .hasMessage("summary.max.chars must be a whole number, was 'lots'");
        assertThatThrownBy(() -> ResumeAnalysisSettings.fromProperties(
                        Map.of(ResumeAnalysisKeys.EMBEDDING_PROVIDER.name(), "magic")))
                .hasMessageStartingWith("embedding.provider must be one of [local, onnx_minilm, bedrock], was 'magic'");
    }

    @Test
    void shouldDeclareEachKeyOnce() {
        assertThat(ResumeAnalysisKeys.all())
                .hasSize(31)
                .extracting(ConfigKey::name)
                .doesNotHaveDuplicates();
    }
}
