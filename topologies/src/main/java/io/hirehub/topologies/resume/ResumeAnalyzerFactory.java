package io.hirehub.topologies.resume;

import io.hirehub.topologies.embed.BedrockEmbeddingSettings;
import io.hirehub.topologies.embed.BedrockTitanEmbeddingProvider;
import io.hirehub.topologies.embed.Chunker;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.embed.OnnxMiniLmEmbeddingProvider;
import io.hirehub.topologies.resume.parse.ResumeParser;
import io.hirehub.topologies.resume.pii.ChatLlmPiiPass;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.provider.BedrockClaudeChatClient;
import io.hirehub.topologies.resume.provider.BedrockClients;
import io.hirehub.topologies.resume.provider.ChatClient;
import io.hirehub.topologies.resume.provider.OpenAiCompatibleChatClient;
import io.hirehub.topologies.resume.provider.RetryPolicy;
import io.hirehub.topologies.resume.summary.ChatSummarizer;
import io.hirehub.topologies.resume.summary.ExtractiveSummarizer;
import io.hirehub.topologies.resume.text.TextExtractor;
import io.hirehub.topologies.skills.LiveSkillVocabulary;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link ResumeAnalyzer} from {@link ResumeAnalysisSettings}: providers chosen by configuration. */
public final class ResumeAnalyzerFactory {

    private ResumeAnalyzerFactory() {}

    /** An analyzer plus the clients it owns; close it when the topology stops. */
    public record Handle(ResumeAnalyzer analyzer, List<AutoCloseable> resources) implements AutoCloseable {
        @Override
        public void close() {
            closeAll(resources);
        }
    }

    private static void closeAll(final List<AutoCloseable> resources) {
        for (final AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (final Exception e) {
                throw new IllegalStateException("closing " + resource.getClass().getSimpleName() + " failed", e);
            }
        }
    }

    /** An embedding provider plus the clients it owns; close it when the topology stops. */
    public record EmbeddingHandle(EmbeddingProvider provider, List<AutoCloseable> resources) implements AutoCloseable {
        @Override
        public void close() {
            closeAll(resources);
        }
    }

    /**
     * The embedding provider {@code settings} name, alone: matching embeds job profiles with it, so
     * jobs and resumes are vectors of the same model and size.
     */
    public static EmbeddingHandle embeddings(final ResumeAnalysisSettings settings) {
        final List<AutoCloseable> resources = new ArrayList<>();
        final EmbeddingProvider provider = embeddings(settings, resources);
        return new EmbeddingHandle(provider, List.copyOf(resources));
    }

    private static EmbeddingProvider embeddings(
            final ResumeAnalysisSettings settings, final List<AutoCloseable> resources) {
        if (settings.embeddingBackend() == ResumeAnalysisSettings.EmbeddingBackend.BEDROCK) {
            final BedrockTitanEmbeddingProvider bedrock =
                    new BedrockTitanEmbeddingProvider(settings.bedrock().orElseThrow());
            resources.add(bedrock);
            return bedrock;
        }
        if (settings.embeddingBackend() == ResumeAnalysisSettings.EmbeddingBackend.ONNX_MINILM) {
            return new OnnxMiniLmEmbeddingProvider(settings.localDimensions());
        }
        // The built-in vocabulary, not the live one: the same text must always give the same vector.
        return new LocalHashingEmbeddingProvider(settings.localDimensions(), SkillVocabulary.builtIn());
    }

    public static Handle create(final ResumeAnalysisSettings settings, final Clock clock) {
        final List<AutoCloseable> resources = new ArrayList<>();
        final LiveSkillVocabulary vocabulary = LiveSkillVocabulary.startingFromBuiltIn();
        final PiiMasker masker = new PiiMasker();
        final ResumeAnalyzer.Builder builder = ResumeAnalyzer.builder()
                .extractor(new TextExtractor(settings.extraction()))
                .masker(masker)
                .vocabulary(vocabulary)
                .parser(new ResumeParser(vocabulary, clock))
                .chunker(new Chunker(settings.chunkMaxChars(), settings.chunkOverlapChars()));
        final ChatClient chat =
                settings.llm().map(OpenAiCompatibleChatClient::new).orElse(null);
        if (settings.llmPiiPass()) {
            builder.llmPiiPass(new ChatLlmPiiPass(chat, masker));
        }
        builder.embeddings(embeddings(settings, resources));
        switch (settings.summaryBackend()) {
            case LLM -> builder.summarizer(new ChatSummarizer(chat, settings.summaryMaxChars()));
            case BEDROCK_CLAUDE -> {
                final BedrockEmbeddingSettings b = settings.bedrock().orElseThrow();
                final BedrockClaudeChatClient claude = new BedrockClaudeChatClient(
                        BedrockClients.build(
                                b.region(), b.endpoint(), b.timeout(), b.accessKeyId(), b.secretAccessKey()),
                        settings.bedrockChatModel(),
                        settings.bedrockChatMaxTokens(),
                        new RetryPolicy(b.retry()));
                resources.add(claude);
                builder.summarizer(new ChatSummarizer(claude, settings.summaryMaxChars()));
            }
            default ->
                builder.summarizer(new ExtractiveSummarizer(
                        settings.summaryMaxSentences(), settings.summaryMaxChars(), vocabulary));
        }
        return new Handle(builder.build(), List.copyOf(resources));
    }
}
