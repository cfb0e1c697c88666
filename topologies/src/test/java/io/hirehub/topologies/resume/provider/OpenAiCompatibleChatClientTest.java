package io.hirehub.topologies.resume.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.support.StubHttpServer;
import io.hirehub.topologies.resume.support.StubHttpServer.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleChatClientTest {

    private static final String ANSWER = "{\"model\":\"qwen3-8b\",\"choices\":[{\"message\":{\"role\":\"assistant\","
            + "\"content\":\"<think>hmm</think>\\n요약입니다.\"}}],\"usage\":{\"total_tokens\":123}}";

    private final StubHttpServer stub = new StubHttpServer();
    private final List<Duration> waits = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        stub.close();
    }

    private OpenAiCompatibleChatClient client(final Duration requestTimeout) {
        final RetrySettings retry = new RetrySettings(3, Duration.ofMillis(50), Duration.ofMillis(200), 2.0, 0.0);
        final OpenAiCompatibleSettings settings = new OpenAiCompatibleSettings(
                URI.create(stub.uri() + "/v1/"),
                "qwen3-8b",
                Optional.of("sk-test"),
                Duration.ofSeconds(2),
                requestTimeout,
                retry,
                512);
        return new OpenAiCompatibleChatClient(settings, new RetryPolicy(retry, waits::add, () -> 0.5));
    }

    @Test
    void shouldPostChatCompletionAndStripReasoning() {
        stub.respond(Response.json(200, ANSWER));

        final ChatCompletion completion = client(Duration.ofSeconds(5))
                .complete(List.of(ChatMessage.system("sys"), ChatMessage.user("[NAME] 자바 개발자")));

        assertThat(completion).isEqualTo(new ChatCompletion("요약입니다.", "qwen3-8b", 123));
        final StubHttpServer.Request request = stub.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer sk-test");
        assertThat(request.body())
                .isEqualTo("{\"model\":\"qwen3-8b\",\"temperature\":0,\"max_tokens\":512,"
                        + "\"stream\":false,\"messages\":[{\"role\":\"system\",\"content\":\"sys\"},"
                        + "{\"role\":\"user\",\"content\":\"[NAME] 자바 개발자\"}]}");
    }

    @Test
    void shouldRetry429And5xxThenSucceed() {
        stub.respond(Response.json(429, "{}"), Response.json(502, "{}"), Response.json(200, ANSWER));

        assertThat(client(Duration.ofSeconds(5))
                        .complete(List.of(ChatMessage.user("x")))
                        .content())
                .isEqualTo("요약입니다.");
        assertThat(stub.requests()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void shouldRetryTimeoutsAndThenFail() {
        stub.respond(new Response(200, ANSWER, 1500));

        assertThatThrownBy(() -> client(Duration.ofMillis(300)).complete(List.of(ChatMessage.user("x"))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("openai-compatible: timed out after PT0.3S");
                    assertThat(e.attempts()).isEqualTo(3);
                });
    }

    @Test
    void shouldFailAtOnceOnClientErrors() {
        stub.respond(Response.json(401, "{\"error\":\"bad key\"}"));

        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("x"))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("openai-compatible: HTTP 401");
                    assertThat(e.attempts()).isEqualTo(1);
                });
    }

    @Test
    void shouldRejectAnswersWithoutContentAndNotQuoteThem() {
        stub.respond(Response.json(200, "{\"choices\":[]} [NAME] 자바"));

        assertThatThrownBy(() -> client(Duration.ofSeconds(5)).complete(List.of(ChatMessage.user("x"))))
                .isInstanceOf(ProviderException.class)
                .hasMessage("openai-compatible: response has no choices[0].message.content");
    }

    @Test
    void shouldFailOnConnectionErrorsAfterRetries() {
        final URI closed = stub.uri();
        stub.close();
        final RetrySettings retry = new RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10), 1.0, 0.0);
        final OpenAiCompatibleChatClient client = new OpenAiCompatibleChatClient(
                new OpenAiCompatibleSettings(
                        closed, "m", Optional.empty(), Duration.ofSeconds(1), Duration.ofSeconds(1), retry, 16),
                new RetryPolicy(retry, waits::add, () -> 0.5));

        assertThatThrownBy(() -> client.complete(List.of(ChatMessage.user("x"))))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.getMessage()).startsWith("openai-compatible: I/O error");
                    assertThat(e.attempts()).isEqualTo(2);
                });
    }

    @Test
    void shouldValidateSettingsAndHideTheKey() {
        assertThatThrownBy(() -> OpenAiCompatibleSettings.of(URI.create("ftp://x"), "m"))
                .hasMessage("llm.base.url must be http(s), was ftp://x");
        assertThatThrownBy(() -> OpenAiCompatibleSettings.of(URI.create("http://x"), " "))
                .hasMessage("llm.model must not be blank");
        final OpenAiCompatibleSettings settings = new OpenAiCompatibleSettings(
                URI.create("http://x/v1"),
                "m",
                Optional.of("sk-secret"),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                RetrySettings.NONE,
                16);
        assertThat(settings.toString()).doesNotContain("sk-secret").contains("apiKey=***");
        assertThat(settings.chatCompletionsUri()).isEqualTo(URI.create("http://x/v1/chat/completions"));
    }
}
