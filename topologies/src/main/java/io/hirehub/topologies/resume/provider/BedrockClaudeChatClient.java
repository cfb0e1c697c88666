package io.hirehub.topologies.resume.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.BedrockRuntimeException;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;

/**
 * {@link ChatClient} for Anthropic Claude on Amazon Bedrock ({@code InvokeModel} with the
 * Messages API body, {@code anthropic_version bedrock-2023-05-31}). System messages go to
 * {@code system}; tokens used are input plus output tokens. Retries as the other providers.
 */
public final class BedrockClaudeChatClient implements ChatClient, AutoCloseable {

    static final String PROVIDER = "bedrock-claude";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BedrockRuntimeClient client;
    private final String modelId;
    private final int maxTokens;
    private final RetryPolicy retry;

    public BedrockClaudeChatClient(
            final BedrockRuntimeClient client, final String modelId, final int maxTokens, final RetryPolicy retry) {
        this.client = Objects.requireNonNull(client, "client");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.retry = Objects.requireNonNull(retry, "retry");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("bedrock.chat.max.tokens must be positive, was " + maxTokens);
        }
        this.maxTokens = maxTokens;
    }

    @Override
    public String model() {
        return modelId;
    }

    @Override
    public ChatCompletion complete(final List<ChatMessage> messages) {
        final ObjectNode body = JSON.createObjectNode();
        body.put("anthropic_version", "bedrock-2023-05-31");
        body.put("max_tokens", maxTokens);
        body.put("temperature", 0);
        final StringBuilder system = new StringBuilder();
        final ArrayNode array = body.putArray("messages");
        for (final ChatMessage message : messages) {
            if ("system".equals(message.role())) {
                system.append(system.length() == 0 ? "" : "\n").append(message.content());
            } else {
                array.addObject().put("role", message.role()).put("content", message.content());
            }
        }
        if (system.length() > 0) {
            body.put("system", system.toString());
        }
        final String request = body.toString();
        return retry.execute("bedrock chat " + modelId, () -> invoke(request));
    }

    private ChatCompletion invoke(final String request) {
        final JsonNode answer;
        try {
            answer = JSON.readTree(client.invokeModel(InvokeModelRequest.builder()
                            .modelId(modelId)
                            .contentType("application/json")
                            .accept("application/json")
                            .body(SdkBytes.fromUtf8String(request))
                            .build())
                    .body()
                    .asByteArray());
        } catch (final BedrockRuntimeException e) {
            final int status = e.statusCode();
            throw new ProviderException(
                    PROVIDER, "HTTP " + status, status == 429 || status >= 500 || e.isThrottlingException(), 1, e);
        } catch (final SdkClientException e) {
            throw new ProviderException(PROVIDER, "client error " + e.getClass().getSimpleName(), true, 1, e);
        } catch (final IOException e) {
            throw new ProviderException(PROVIDER, "response is not JSON", false);
        }
        final StringBuilder text = new StringBuilder();
        for (final JsonNode block : answer.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        }
        if (text.length() == 0) {
            throw new ProviderException(PROVIDER, "response has no text content", false);
        }
        final JsonNode usage = answer.path("usage");
        return new ChatCompletion(
                text.toString().strip(),
                modelId,
                usage.path("input_tokens").asInt(0)
                        + usage.path("output_tokens").asInt(0));
    }

    @Override
    public void close() {
        client.close();
    }
}
