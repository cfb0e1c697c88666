package io.hirehub.topologies.resume.support;

import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.resume.provider.ChatClient;
import io.hirehub.topologies.resume.provider.ChatCompletion;
import io.hirehub.topologies.resume.provider.ChatMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Test double for every external provider: a {@link ChatClient} and an {@link EmbeddingProvider}
 * that record every text they receive, so tests can assert raw text never reaches a provider.
 * Chat answers come from {@code answer} (applied to the last user message); embeddings from the
 * local provider.
 */
public final class RecordingProvider implements ChatClient, EmbeddingProvider {

    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final UnaryOperator<String> answer;
    private final LocalHashingEmbeddingProvider local = new LocalHashingEmbeddingProvider();

    public RecordingProvider(final UnaryOperator<String> answer) {
        this.answer = answer;
    }

    /** Echoes the user message (a valid LLM PII pass that finds nothing more). */
    public static RecordingProvider echo() {
        return new RecordingProvider(UnaryOperator.identity());
    }

    /** Every text received, chat messages and embedding inputs, in order. */
    public List<String> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** All received texts joined, for substring assertions. */
    public String allReceived() {
        return String.join("\n", received());
    }

    @Override
    public ChatCompletion complete(final List<ChatMessage> messages) {
        messages.forEach(m -> received.add(m.content()));
        final String user = messages.stream()
                .filter(m -> m.role().equals("user"))
                .reduce((a, b) -> b)
                .map(ChatMessage::content)
                .orElse("");
        return new ChatCompletion(answer.apply(user), model(), 42);
    }

    @Override
    public String model() {
        return "recording-llm";
    }

    @Override
    public float[][] embed(final List<String> texts) {
        received.addAll(texts);
        return local.embed(texts);
    }

    @Override
    public int dimensions() {
        return local.dimensions();
    }

    @Override
    public String modelId() {
        return "recording-embedding";
    }
}
