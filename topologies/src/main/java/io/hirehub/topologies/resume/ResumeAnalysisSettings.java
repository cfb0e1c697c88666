package io.hirehub.topologies.resume;

import io.hirehub.topologies.embed.BedrockEmbeddingSettings;
import io.hirehub.topologies.resume.provider.OpenAiCompatibleSettings;
import io.hirehub.topologies.resume.text.ExtractionSettings;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the resume analysis, validated on construction. Built from dotted keys by
 * {@link #fromProperties(Map)} (defaults in brackets):
 * <pre>
 * resume.max.file.bytes           [10485760]  larger files fail with file_too_large
 * resume.min.text.chars           [20]        fewer letters/digits fail with empty_text
 * embedding.provider              [local]     local | onnx_minilm | bedrock
 * embedding.dimensions            [1536]      local providers' vector size (onnx_minilm pads 384 with zeros)
 * embedding.chunk.max.chars       [1000]      chunk size for resume_embeddings
 * embedding.chunk.overlap.chars   [200]       overlap between chunks
 * bedrock.region                  (required for bedrock)
 * bedrock.endpoint                            endpoint override, e.g. a stub or VPC endpoint
 * bedrock.embedding.model         [amazon.titan-embed-text-v1]  or amazon.titan-embed-text-v2:0
 * bedrock.embedding.dimensions    [1536 for v1, 1024 for v2]
 * bedrock.timeout.ms              [30000]
 * bedrock.retry.max.attempts / .initial.backoff.ms / .max.backoff.ms   [3 / 200 / 5000]
 * bedrock.access.key.id, bedrock.secret.access.key   static credentials, else the default AWS chain
 * llm.base.url                    OpenAI-compatible API root, e.g. http://qwen:8000/v1
 * llm.model                       (required with llm.base.url), e.g. qwen3-8b
 * llm.api.key                     bearer token
 * llm.connect.timeout.ms / llm.request.timeout.ms   [5000 / 60000]
 * llm.max.tokens                  [2048]
 * llm.retry.max.attempts / .initial.backoff.ms / .max.backoff.ms       [3 / 200 / 5000]
 * pii.llm.enabled                 [false]     run the LLM pass after the masking rules
 * summary.provider                [extractive] extractive | llm | bedrock_claude
 * bedrock.chat.model              [anthropic.claude-3-sonnet-20240229-v1:0]  for bedrock_claude
 * bedrock.chat.max.tokens         [1024]
 * summary.max.sentences           [3]         extractive only
 * summary.max.chars               [500]
 * </pre>
 */
public record ResumeAnalysisSettings(
        ExtractionSettings extraction,
        EmbeddingBackend embeddingBackend,
        int localDimensions,
        Optional<BedrockEmbeddingSettings> bedrock,
        int chunkMaxChars,
        int chunkOverlapChars,
        Optional<OpenAiCompatibleSettings> llm,
        boolean llmPiiPass,
        SummaryBackend summaryBackend,
        int summaryMaxSentences,
        int summaryMaxChars,
        String bedrockChatModel,
        int bedrockChatMaxTokens) {

    /** Where embeddings come from. */
    public enum EmbeddingBackend {
        /** Feature hashing of words, skills and concepts ({@code LocalHashingEmbeddingProvider}); the default. */
        LOCAL,
        /** all-MiniLM-L6-v2 (quantised) in ONNX Runtime in this JVM; English-only, opt-in. */
        ONNX_MINILM,
        /** Amazon Bedrock Titan. */
        BEDROCK
    }

    /** How summaries are written. */
    public enum SummaryBackend {
        EXTRACTIVE,
        LLM,
        BEDROCK_CLAUDE
    }

    /** Default Claude model for {@code summary.provider=bedrock_claude}. */
    public static final String DEFAULT_CLAUDE_MODEL = "anthropic.claude-3-sonnet-20240229-v1:0";

    public ResumeAnalysisSettings {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(embeddingBackend, "embeddingBackend");
        Objects.requireNonNull(bedrock, "bedrock");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(summaryBackend, "summaryBackend");
        if (embeddingBackend == EmbeddingBackend.BEDROCK && bedrock.isEmpty()) {
            throw new IllegalArgumentException("embedding.provider=bedrock needs bedrock.region");
        }
        if (llmPiiPass && llm.isEmpty()) {
            throw new IllegalArgumentException("pii.llm.enabled=true needs llm.base.url and llm.model");
        }
        if (summaryBackend == SummaryBackend.LLM && llm.isEmpty()) {
            throw new IllegalArgumentException("summary.provider=llm needs llm.base.url and llm.model");
        }
        if (summaryBackend == SummaryBackend.BEDROCK_CLAUDE && bedrock.isEmpty()) {
            throw new IllegalArgumentException("summary.provider=bedrock_claude needs bedrock.region");
        }
    }

    /** Everything local: no network, no model download. */
    public static ResumeAnalysisSettings localDefaults() {
        return fromProperties(Map.of());
    }

    /** Reads the keys listed above; unknown keys are ignored (they belong to other components). */
    public static ResumeAnalysisSettings fromProperties(final Map<String, String> properties) {
        final SettingsReader p = new SettingsReader(properties);
        final ExtractionSettings extraction = new ExtractionSettings(
                p.number(ResumeAnalysisKeys.RESUME_MAX_FILE_BYTES),
                p.integer(ResumeAnalysisKeys.RESUME_MIN_TEXT_CHARS));
        final EmbeddingBackend backend = p.choice(ResumeAnalysisKeys.EMBEDDING_PROVIDER, EmbeddingBackend.class);
        Optional<BedrockEmbeddingSettings> bedrock = Optional.empty();
        if (backend == EmbeddingBackend.BEDROCK
                || p.string(ResumeAnalysisKeys.BEDROCK_REGION).isPresent()
                || p.string(ResumeAnalysisKeys.SUMMARY_PROVIDER)
                        .map(v -> v.toLowerCase(Locale.ROOT).startsWith("bedrock"))
                        .orElse(false)) {
            final String model =
                    p.string(ResumeAnalysisKeys.BEDROCK_EMBEDDING_MODEL).orElseThrow();
            final int defaultDimensions = BedrockEmbeddingSettings.TITAN_V2.equals(model) ? 1024 : 1536;
            bedrock = Optional.of(new BedrockEmbeddingSettings(
                    p.required(ResumeAnalysisKeys.BEDROCK_REGION.name(), "for Bedrock embeddings or summaries"),
                    p.uri(ResumeAnalysisKeys.BEDROCK_ENDPOINT.name()),
                    model,
                    p.integer(ResumeAnalysisKeys.BEDROCK_EMBEDDING_DIMENSIONS.name(), defaultDimensions),
                    p.integer(ResumeAnalysisKeys.EMBEDDING_DIMENSIONS),
                    p.millis(ResumeAnalysisKeys.BEDROCK_TIMEOUT_MS),
                    p.retry(
                            ResumeAnalysisKeys.BEDROCK_RETRY_MAX_ATTEMPTS,
                            ResumeAnalysisKeys.BEDROCK_RETRY_INITIAL_BACKOFF_MS,
                            ResumeAnalysisKeys.BEDROCK_RETRY_MAX_BACKOFF_MS),
                    p.string(ResumeAnalysisKeys.BEDROCK_ACCESS_KEY_ID),
                    p.string(ResumeAnalysisKeys.BEDROCK_SECRET_ACCESS_KEY)));
        }
        Optional<OpenAiCompatibleSettings> llm = Optional.empty();
        if (p.string(ResumeAnalysisKeys.LLM_BASE_URL).isPresent()) {
            llm = Optional.of(new OpenAiCompatibleSettings(
                    p.uri(ResumeAnalysisKeys.LLM_BASE_URL.name()).orElseThrow(),
                    p.required(ResumeAnalysisKeys.LLM_MODEL.name(), "when llm.base.url is set"),
                    p.string(ResumeAnalysisKeys.LLM_API_KEY),
                    p.millis(ResumeAnalysisKeys.LLM_CONNECT_TIMEOUT_MS),
                    p.millis(ResumeAnalysisKeys.LLM_REQUEST_TIMEOUT_MS),
                    p.retry(
                            ResumeAnalysisKeys.LLM_RETRY_MAX_ATTEMPTS,
                            ResumeAnalysisKeys.LLM_RETRY_INITIAL_BACKOFF_MS,
                            ResumeAnalysisKeys.LLM_RETRY_MAX_BACKOFF_MS),
                    p.integer(ResumeAnalysisKeys.LLM_MAX_TOKENS)));
        }
        return new ResumeAnalysisSettings(
                extraction,
                backend,
                p.integer(ResumeAnalysisKeys.EMBEDDING_DIMENSIONS),
                bedrock,
                p.integer(ResumeAnalysisKeys.EMBEDDING_CHUNK_MAX_CHARS),
                p.integer(ResumeAnalysisKeys.EMBEDDING_CHUNK_OVERLAP_CHARS),
                llm,
                p.bool(ResumeAnalysisKeys.PII_LLM_ENABLED),
                p.choice(ResumeAnalysisKeys.SUMMARY_PROVIDER, SummaryBackend.class),
                p.integer(ResumeAnalysisKeys.SUMMARY_MAX_SENTENCES),
                p.integer(ResumeAnalysisKeys.SUMMARY_MAX_CHARS),
                p.string(ResumeAnalysisKeys.BEDROCK_CHAT_MODEL).orElseThrow(),
                p.integer(ResumeAnalysisKeys.BEDROCK_CHAT_MAX_TOKENS));
    }
}
