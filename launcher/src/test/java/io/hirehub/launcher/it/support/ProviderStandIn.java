package io.hirehub.launcher.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for the external AI providers, speaking their wire formats on loopback: Amazon
 * Bedrock's {@code InvokeModel} for Titan text embeddings ({@code POST /model/{modelId}/invoke},
 * answering {@code {"embedding": [...], "inputTextTokenCount": n}} with a deterministic unit vector of
 * the requested size) and an OpenAI-compatible {@code POST /v1/chat/completions} (the PII pass gets
 * its input back, a summary request one sentence). Every request is recorded.
 */
public final class ProviderStandIn implements AutoCloseable {

    /** A recorded request: the path (decoded), the Authorization header and the JSON body. */
    public record Request(String path, String authorization, JsonNode body) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public ProviderStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:port}: {@code bedrock.endpoint}, or {@code llm.base.url} + {@code /v1}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Embedding requests for {@code modelId}. */
    public List<Request> embeddings(final String modelId) {
        return requests.stream()
                .filter(r -> r.path().equals("/model/" + modelId + "/invoke"))
                .toList();
    }

    /** Chat completion requests. */
    public List<Request> chats() {
        return requests.stream()
                .filter(r -> r.path().endsWith("/chat/completions"))
                .toList();
    }

    private void answer(final HttpExchange exchange) throws IOException {
        try (exchange) {
            final JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            final String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            requests.add(new Request(path, exchange.getRequestHeaders().getFirst("Authorization"), body));
            final JsonNode answer;
            if (path.startsWith("/model/") && path.endsWith("/invoke")) {
                answer = embedding(path, body);
            } else if (path.endsWith("/chat/completions")) {
                answer = chat(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            final byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Titan's answer: v2 takes the size from the request, v1 always returns 1536 floats. */
    private static JsonNode embedding(final String path, final JsonNode body) {
        final String text = body.path("inputText").asText("");
        final int size =
                path.contains("titan-embed-text-v2") ? body.path("dimensions").asInt(1024) : 1536;
        final float[] vector = new float[size];
        for (final String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
            if (!word.isEmpty()) {
                vector[Math.floorMod(word.hashCode(), size)] += 1;
            }
        }
        double norm = 0;
        for (final float v : vector) {
            norm += v * v;
        }
        final ObjectNode answer = JSON.createObjectNode();
        final ArrayNode embedding = answer.putArray("embedding");
        for (final float v : vector) {
            embedding.add(norm == 0 ? 0 : v / Math.sqrt(norm));
        }
        answer.put("inputTextTokenCount", text.split("\\s+").length);
        return answer;
    }

    /** The PII pass (its system prompt names the placeholders) gets its text back; anything else a summary. */
    private static JsonNode chat(final JsonNode body) {
        final JsonNode messages = body.path("messages");
        final String system = messages.path(0).path("content").asText("");
        final String user = messages.path(messages.size() - 1).path("content").asText("");
        final String content = system.contains("[PHONE]") ? user : "An experienced engineer (stand-in summary).";
        final ObjectNode answer = JSON.createObjectNode();
        answer.put("id", "chatcmpl-standin")
                .put("object", "chat.completion")
                .put("model", body.path("model").asText());
        answer.putArray("choices")
                .addObject()
                .put("index", 0)
                .put("finish_reason", "stop")
                .putObject("message")
                .put("role", "assistant")
                .put("content", content);
        answer.putObject("usage")
                .put("prompt_tokens", 10)
                .put("completion_tokens", 5)
                .put("total_tokens", 15);
        return answer;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
