package io.hirehub.topologies.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxMiniLmEmbeddingProviderTest {

    private static OnnxMiniLmEmbeddingProvider provider;

    @BeforeAll
    static void load() {
        provider = new OnnxMiniLmEmbeddingProvider(1536);
    }

    @Test
    void shouldPadTheModelsUnitVectorWithZerosToTheConfiguredDimensions() {
        final float[] v = provider.embed(List.of("Backend engineer, five years of Java and Spring Boot"))[0];

        assertThat(v).hasSize(1536);
        assertThat(Vectors.norm(v)).isCloseTo(1.0, Offset.offset(1e-5));
        assertThat(Vectors.norm(Arrays.copyOfRange(v, 0, OnnxMiniLmEmbeddingProvider.MODEL_DIMENSIONS)))
                .isCloseTo(1.0, Offset.offset(1e-5));
        assertThat(Arrays.copyOfRange(v, OnnxMiniLmEmbeddingProvider.MODEL_DIMENSIONS, 1536))
                .containsOnly(0f);
        assertThat(provider.dimensions()).isEqualTo(1536);
        assertThat(provider.modelId()).isEqualTo("onnx-all-minilm-l6-v2-q");
    }

    @Test
    void shouldKeepTheCosineOfTheModelsVectorsWhenPaddedToAnotherSize() {
        final List<String> texts =
                List.of("Registered nurse in an intensive care unit", "ICU nurse caring for ventilated patients");
        final float[][] wide = provider.embed(texts);
        final float[][] narrow = new OnnxMiniLmEmbeddingProvider(384).embed(texts);

        assertThat(Vectors.cosine(wide[0], wide[1]))
                .isCloseTo(Vectors.cosine(narrow[0], narrow[1]), Offset.offset(1e-6));
    }

    @Test
    void shouldPlaceTextsOfOneFieldCloserThanTextsOfAnother() {
        final float[][] v = provider.embed(List.of(
                "Staff nurse on a medical ward: patient assessment, medication administration, IV therapy",
                "Registered nurse with hospital experience in patient care and vital signs monitoring",
                "Senior accountant: month-end close, general ledger, IFRS reporting and tax filings"));

        assertThat(Vectors.cosine(v[0], v[1])).isGreaterThan(Vectors.cosine(v[0], v[2]) + 0.1);
    }

    @Test
    void shouldGiveTheSameBitsForTheSameTextAndCountWordPieces() {
        final String text = "Data engineer building Spark and Airflow pipelines";
        final EmbeddingProvider.Embeddings first = provider.embedWithUsage(List.of(text, text));
        final float[][] again = provider.embed(List.of(text));

        assertThat(first.vectors()[0]).containsExactly(first.vectors()[1]);
        assertThat(first.vectors()[0]).containsExactly(again[0]);
        assertThat(first.tokensUsed()).isGreaterThan(10);
    }

    @Test
    void shouldGiveTheZeroVectorForABlankTextAmongOthers() {
        final float[][] v = provider.embed(List.of("  ", "Product designer working in Figma"));

        assertThat(v[0]).hasSize(1536).containsOnly(0f);
        assertThat(Vectors.norm(v[1])).isCloseTo(1.0, Offset.offset(1e-5));
        assertThat(provider.embed(List.of())).isEmpty();
    }

    @Test
    void shouldRejectFewerDimensionsThanTheModelGives() {
        assertThatThrownBy(() -> new OnnxMiniLmEmbeddingProvider(256))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding.dimensions must be at least 384 for embedding.provider=onnx_minilm, was 256");
    }

    @Test
    void shouldBeChosenByTheEmbeddingProviderKey() {
        final ResumeAnalysisSettings settings =
                ResumeAnalysisSettings.fromProperties(Map.of("embedding.provider", "onnx_minilm"));

        assertThat(settings.embeddingBackend()).isEqualTo(ResumeAnalysisSettings.EmbeddingBackend.ONNX_MINILM);
        try (ResumeAnalyzerFactory.EmbeddingHandle handle = ResumeAnalyzerFactory.embeddings(settings)) {
            assertThat(handle.provider()).isInstanceOf(OnnxMiniLmEmbeddingProvider.class);
            assertThat(handle.provider().dimensions()).isEqualTo(1536);
        }
    }
}
