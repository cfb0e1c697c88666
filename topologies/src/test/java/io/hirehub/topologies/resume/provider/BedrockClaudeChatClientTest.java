package io.hirehub.topologies.resume.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.support.StubHttpServer;
import io.hirehub.topologies.resume.support.StubHttpServer.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BedrockClaudeChatClientTest {

    private static final String MODEL = "anthropic.claude-3-sonnet-20240229-v1:0";
    private final StubHttpServer stub = new StubHttpServer();

    @AfterEach
    void stop() {
        stub.close();
    }

    private BedrockClaudeChatClient client() {
        final RetrySettings retry = new RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10), 1.0, 0.0);
        return new BedrockClaudeChatClient(
                BedrockClients.build(
                        "us-east-1",
                        Optional.of(stub.uri()),
                        Duration.ofSeconds(2),
                        Optional.of("AKID"),
                        Optional.of("secret")),
                MODEL,
                256,
                new RetryPolicy(retry, d -> {}, () -> 0.5));
    }

    @Test
    void shouldSendMessagesApiBodyAndReadTextAndUsage() {
        stub.respond(Response.json(
                200,
                "{\"content\":[{\"type\":\"text\",\"text\":\" 자바 백엔드 7년차 \"}],"
                        + "\"usage\":{\"input_tokens\":100,\"output_tokens\":20}}"));

        try (BedrockClaudeChatClient client = client()) {
            final ChatCompletion completion =
                    client.complete(List.of(ChatMessage.system("sys"), ChatMessage.user("[NAME]")));

            assertThat(completion).isEqualTo(new ChatCompletion("자바 백엔드 7년차", MODEL, 120));
        }
        final StubHttpServer.Request request = stub.requests().get(0);
        assertThat(request.path()).isEqualTo("/model/anthropic.claude-3-sonnet-20240229-v1%3A0/invoke");
        assertThat(request.body())
                .isEqualTo(
                        "{\"anthropic_version\":\"bedrock-2023-05-31\",\"max_tokens\":256,"
                                + "\"temperature\":0,\"messages\":[{\"role\":\"user\",\"content\":\"[NAME]\"}],\"system\":\"sys\"}");
    }

    @Test
    void shouldRetryThrottlingThenFail() {
        stub.respond(Response.json(429, "{\"message\":\"throttled\"}"));

        try (BedrockClaudeChatClient client = client()) {
            assertThatThrownBy(() -> client.complete(List.of(ChatMessage.user("x"))))
                    .isInstanceOfSatisfying(ProviderException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("bedrock-claude: HTTP 429");
                        assertThat(e.attempts()).isEqualTo(2);
                    });
        }
        assertThat(stub.requests()).hasSize(2);
    }
}
