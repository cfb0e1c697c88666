package io.hirehub.topologies.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hirehub.topologies.resume.provider.ProviderException;
import io.hirehub.topologies.resume.provider.RetryPolicy;
import io.hirehub.topologies.resume.provider.RetrySettings;
import io.hirehub.topologies.resume.support.StubHttpServer;
import io.hirehub.topologies.resume.support.StubHttpServer.Response;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BedrockTitanEmbeddingProviderTest {

    private final StubHttpServer stub = new StubHttpServer();
    private final List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        stub.close();
    }

    private BedrockTitanEmbeddingProvider provider(final String model, final int dimensions) {
        final RetrySettings retry = new RetrySettings(3, Duration.ofMillis(100), Duration.ofSeconds(1), 2.0, 0.0);
        final BedrockEmbeddingSettings settings = new BedrockEmbeddingSettings(
                "us-east-1",
                Optional.of(stub.uri()),
                model,
                dimensions,
                1536,
                Duration.ofSeconds(2),
                retry,
                Optional.of("AKIDEXAMPLE"),
                Optional.of("secret"));
        return new BedrockTitanEmbeddingProvider(settings, new RetryPolicy(retry, waits::add, () -> 0.5));
    }

    private static String embeddingJson(final int dimensions, final double value, final int tokens) {
        return "{\"embedding\":[" + String.join(",", Collections.nCopies(dimensions, Double.toString(value)))
                + "],\"inputTextTokenCount\":" + tokens + "}";
    }

    @Test
    void shouldInvokeTitanV1AndNormalise() {
        stub.respond(Response.json(200, embeddingJson(1536, 0.5, 7)));

        try (BedrockTitanEmbeddingProvider provider = provider(BedrockEmbeddingSettings.TITAN_V1, 1536)) {
            final EmbeddingProvider.Embeddings result = provider.embedWithUsage(List.of("자바 백엔드"));

            assertThat(result.vectors()[0]).hasSize(1536);
            assertThat(Vectors.norm(result.vectors()[0])).isCloseTo(1.0, within(1e-5));
            assertThat(result.tokensUsed()).isEqualTo(7);
            assertThat(provider.modelId()).isEqualTo("amazon.titan-embed-text-v1");
        }
        final StubHttpServer.Request request = stub.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/model/amazon.titan-embed-text-v1/invoke");
        assertThat(request.body()).isEqualTo("{\"inputText\":\"자바 백엔드\"}");
        assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/");
    }

    @Test
    void shouldAskTitanV2ForDimensionsAndPadTo1536() {
        stub.respond(Response.json(200, embeddingJson(1024, 0.25, 3)));

        try (BedrockTitanEmbeddingProvider provider = provider(BedrockEmbeddingSettings.TITAN_V2, 1024)) {
            final float[][] vectors = provider.embed(List.of("a", "b"));

            assertThat(vectors).hasNumberOfRows(2);
            assertThat(vectors[1]).hasSize(1536);
            assertThat(vectors[1][1023]).isPositive();
            assertThat(vectors[1][1024]).isZero();
            assertThat(provider.dimensions()).isEqualTo(1536);
        }
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.requests().get(0).path()).isEqualTo("/model/amazon.titan-embed-text-v2%3A0/invoke");
        assertThat(stub.requests().get(0).body())
                .isEqualTo("{\"inputText\":\"a\",\"dimensions\":1024,\"normalize\":true}");
    }

    @Test
    void shouldRetryThrottlingAndServerErrorsWithBackoff() {
        stub.respond(
                Response.json(429, "{\"message\":\"slow down\"}"),
                Response.json(503, "{\"message\":\"unavailable\"}"),
                Response.json(200, embeddingJson(1536, 1.0, 1)));

        try (BedrockTitanEmbeddingProvider provider = provider(BedrockEmbeddingSettings.TITAN_V1, 1536)) {
            assertThat(provider.embed(List.of("x"))[0]).hasSize(1536);
        }
        assertThat(stub.requests()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void shouldFailTheTaskAfterTheLastAttempt() {
        stub.respond(Response.json(500, "{\"message\":\"boom\"}"));

        try (BedrockTitanEmbeddingProvider provider = provider(BedrockEmbeddingSettings.TITAN_V1, 1536)) {
            assertThatThrownBy(() -> provider.embed(List.of("secret resume text")))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(3);
                        assertThat(e.getMessage())
                                .startsWith("bedrock: HTTP 500")
                                .doesNotContain("secret resume text");
                    });
        }
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void shouldNotRetryValidationErrors() {
        stub.respond(Response.json(400, "{\"message\":\"bad input\"}"));

        try (BedrockTitanEmbeddingProvider provider = provider(BedrockEmbeddingSettings.TITAN_V1, 1536)) {
            assertThatThrownBy(() -> provider.embed(List.of("x")))
                    .isInstanceOfSatisfying(
                            ProviderException.class,
                            e -> assertThat(e.retryable()).isFalse());
        }
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void shouldRejectAnEmbeddingOfTheWrongSize() {
        stub.respond(Response.json(200, embeddingJson(10, 1.0, 1)));

        try (BedrockTitanEmbeddingProvider provider = provider(BedrockEmbeddingSettings.TITAN_V1, 1536)) {
            assertThatThrownBy(() -> provider.embed(List.of("x")))
                    .isInstanceOf(ProviderException.class)
                    .hasMessage("bedrock: expected an embedding of 1536 floats, got 10");
        }
    }

    @Test
    void shouldValidateModelAndDimensions() {
        assertThatThrownBy(() -> new BedrockEmbeddingSettings(
                        "us-east-1",
                        Optional.empty(),
                        BedrockEmbeddingSettings.TITAN_V2,
                        1536,
                        1536,
                        Duration.ofSeconds(1),
                        RetrySettings.NONE,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessage("bedrock.embedding.dimensions must be 256, 512 or 1024 for amazon.titan-embed-text-v2:0, "
                        + "was 1536");
        assertThatThrownBy(() -> new BedrockEmbeddingSettings(
                        "us-east-1",
                        Optional.empty(),
                        "cohere.embed",
                        1024,
                        1536,
                        Duration.ofSeconds(1),
                        RetrySettings.NONE,
                        Optional.empty(),
                        Optional.empty()))
                .hasMessageStartingWith("bedrock.embedding.model must be");
    }
}
