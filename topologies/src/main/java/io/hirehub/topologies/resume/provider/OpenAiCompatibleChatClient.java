package io.hirehub.topologies.resume.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@link ChatClient} for OpenAI-compatible {@code /chat/completions} endpoints, on
 * {@code java.net.http}: connect and request timeouts, bounded retries with backoff for timeouts,
 * connection errors, 429 and 5xx; other 4xx fail at once.
 */
public final class OpenAiCompatibleChatClient implements ChatClient {

    static final String PROVIDER = "openai-compatible";
    private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenAiCompatibleSettings settings;
    private final HttpClient http;
    private final RetryPolicy retry;

    public OpenAiCompatibleChatClient(final OpenAiCompatibleSettings settings, final RetryPolicy retry) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public OpenAiCompatibleChatClient(final OpenAiCompatibleSettings settings) {
        this(settings, new RetryPolicy(settings.retry()));
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public ChatCompletion complete(final List<ChatMessage> messages) {
        final byte[] body = requestBody(messages);
        return retry.execute("chat completion " + settings.model(), () -> send(body));
    }

    private ChatCompletion send(final byte[] body) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatCompletionsUri())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        final HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (final HttpTimeoutException e) {
            throw new ProviderException(PROVIDER, "timed out after " + settings.requestTimeout(), true, 1, e);
        } catch (final IOException e) {
            throw new ProviderException(PROVIDER, "I/O error " + e.getClass().getSimpleName(), true, 1, e);
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(PROVIDER, "interrupted", false, 1, e);
        }
        final int status = response.statusCode();
        if (status == 429 || status >= 500) {
            throw new ProviderException(PROVIDER, "HTTP " + status, true);
        }
        if (status < 200 || status >= 300) {
            throw new ProviderException(PROVIDER, "HTTP " + status, false);
        }
        return parse(response.body());
    }

    private byte[] requestBody(final List<ChatMessage> messages) {
        final ObjectNode root = JSON.createObjectNode();
        root.put("model", settings.model());
        root.put("temperature", 0);
        root.put("max_tokens", settings.maxTokens());
        root.put("stream", false);
        final ArrayNode array = root.putArray("messages");
        for (final ChatMessage message : messages) {
            array.addObject().put("role", message.role()).put("content", message.content());
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (final IOException e) {
            throw new ProviderException(PROVIDER, "cannot encode request", false, 1, e);
        }
    }

    private ChatCompletion parse(final byte[] body) {
        final JsonNode root;
        try {
            root = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (final IOException e) {
            // Do not chain Jackson's exception: its message quotes the body.
            throw new ProviderException(PROVIDER, "response is not JSON", false);
        }
        final JsonNode content = root.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new ProviderException(PROVIDER, "response has no choices[0].message.content", false);
        }
        final String text = THINK.matcher(content.asText()).replaceAll("").strip();
        final String model = root.path("model").isTextual() ? root.path("model").asText() : settings.model();
        return new ChatCompletion(
                text, model, root.path("usage").path("total_tokens").asInt(0));
    }
}
