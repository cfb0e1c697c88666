package io.hirehub.topologies.resume;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.topologies.embed.BedrockEmbeddingSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The resume analysis' keys ({@code resume.*} limits, {@code embedding.*}, {@code bedrock.*},
 * {@code llm.*}, {@code pii.llm.enabled}, {@code summary.*}), declared once: name, default and
 * meaning. {@link ResumeAnalysisSettings#fromProperties} reads them, defaults included, from here; the
 * launcher registers them in its configuration, and the README's table is checked against them.
 */
public final class ResumeAnalysisKeys {

    private static final List<ConfigKey> ALL = new ArrayList<>();

    public static final ConfigKey RESUME_MAX_FILE_BYTES =
            key("resume.max.file.bytes", "10485760", "Larger resume files fail with file_too_large.");
    public static final ConfigKey RESUME_MIN_TEXT_CHARS =
            key("resume.min.text.chars", "20", "Resumes with fewer letters and digits fail with empty_text.");
    public static final ConfigKey EMBEDDING_PROVIDER = key(
            "embedding.provider",
            "local",
            "Embeddings of resumes and jobs: local (hashing; deterministic, no network), onnx_minilm (all-MiniLM-L6-v2"
                    + " in ONNX Runtime in the JVM; English-only, opt-in) or bedrock (Titan).");
    public static final ConfigKey EMBEDDING_DIMENSIONS = key(
            "embedding.dimensions",
            "1536",
            "Vector size of the local providers (onnx_minilm pads its 384 floats with zeros), and of stored Bedrock"
                    + " vectors.");
    public static final ConfigKey EMBEDDING_CHUNK_MAX_CHARS =
            key("embedding.chunk.max.chars", "1000", "Chunk size of resume_embeddings.");
    public static final ConfigKey EMBEDDING_CHUNK_OVERLAP_CHARS =
            key("embedding.chunk.overlap.chars", "200", "Overlap between consecutive chunks.");
    public static final ConfigKey BEDROCK_REGION = key(
            "bedrock.region",
            "",
            "AWS region of Amazon Bedrock; needed by embedding.provider=bedrock and summary.provider=bedrock_claude.");
    public static final ConfigKey BEDROCK_ENDPOINT =
            key("bedrock.endpoint", "", "Bedrock runtime endpoint override (a VPC endpoint, a local stand-in).");
    public static final ConfigKey BEDROCK_EMBEDDING_MODEL = key(
            "bedrock.embedding.model",
            BedrockEmbeddingSettings.TITAN_V1,
            "Titan embedding model: amazon.titan-embed-text-v1 or amazon.titan-embed-text-v2:0.");
    public static final ConfigKey BEDROCK_EMBEDDING_DIMENSIONS = key(
            "bedrock.embedding.dimensions",
            "",
            "Floats the Titan model returns; empty means 1536 for v1, 1024 for v2 (v2 also takes 256 or 512).");
    public static final ConfigKey BEDROCK_TIMEOUT_MS =
            key("bedrock.timeout.ms", "30000", "Timeout of one Bedrock call attempt, in milliseconds.");
    public static final ConfigKey BEDROCK_RETRY_MAX_ATTEMPTS =
            key("bedrock.retry.max.attempts", "3", "Attempts per Bedrock call (throttling, 5xx, timeouts), 1..10.");
    public static final ConfigKey BEDROCK_RETRY_INITIAL_BACKOFF_MS =
            key("bedrock.retry.initial.backoff.ms", "200", "First backoff between Bedrock attempts (doubling).");
    public static final ConfigKey BEDROCK_RETRY_MAX_BACKOFF_MS =
            key("bedrock.retry.max.backoff.ms", "5000", "Longest backoff between Bedrock attempts.");
    public static final ConfigKey BEDROCK_ACCESS_KEY_ID = key(
            "bedrock.access.key.id",
            "",
            "Static AWS access key id for Bedrock; empty uses the default AWS credentials chain.");
    public static final ConfigKey BEDROCK_SECRET_ACCESS_KEY =
            secret("bedrock.secret.access.key", "", "Secret of bedrock.access.key.id.");
    public static final ConfigKey BEDROCK_CHAT_MODEL = key(
            "bedrock.chat.model",
            ResumeAnalysisSettings.DEFAULT_CLAUDE_MODEL,
            "Claude model of summary.provider=bedrock_claude.");
    public static final ConfigKey BEDROCK_CHAT_MAX_TOKENS =
            key("bedrock.chat.max.tokens", "1024", "Token limit of a Claude summary.");
    public static final ConfigKey LLM_BASE_URL = key(
            "llm.base.url",
            "",
            "OpenAI-compatible API root (e.g. vLLM serving Qwen3: http://qwen:8000/v1); empty means no LLM.");
    public static final ConfigKey LLM_MODEL = key("llm.model", "", "Model name at llm.base.url (e.g. qwen3-8b).");
    public static final ConfigKey LLM_API_KEY = secret("llm.api.key", "", "Bearer token for llm.base.url.");
    public static final ConfigKey LLM_CONNECT_TIMEOUT_MS =
            key("llm.connect.timeout.ms", "5000", "Connect timeout of LLM calls, in milliseconds.");
    public static final ConfigKey LLM_REQUEST_TIMEOUT_MS =
            key("llm.request.timeout.ms", "60000", "Timeout of one LLM call attempt, in milliseconds.");
    public static final ConfigKey LLM_MAX_TOKENS = key("llm.max.tokens", "2048", "Token limit of an LLM answer.");
    public static final ConfigKey LLM_RETRY_MAX_ATTEMPTS =
            key("llm.retry.max.attempts", "3", "Attempts per LLM call (429, 5xx, timeouts), 1..10.");
    public static final ConfigKey LLM_RETRY_INITIAL_BACKOFF_MS =
            key("llm.retry.initial.backoff.ms", "200", "First backoff between LLM attempts (doubling).");
    public static final ConfigKey LLM_RETRY_MAX_BACKOFF_MS =
            key("llm.retry.max.backoff.ms", "5000", "Longest backoff between LLM attempts.");
    public static final ConfigKey PII_LLM_ENABLED = key(
            "pii.llm.enabled", "false", "Run an LLM pass (llm.*) after the masking rules to catch what they missed.");
    public static final ConfigKey SUMMARY_PROVIDER = key(
            "summary.provider",
            "extractive",
            "How resume summaries are written: extractive (local), llm (llm.*) or bedrock_claude (bedrock.*).");
    public static final ConfigKey SUMMARY_MAX_SENTENCES =
            key("summary.max.sentences", "3", "Sentences of an extractive summary.");
    public static final ConfigKey SUMMARY_MAX_CHARS =
            key("summary.max.chars", "500", "Longest summary, in characters.");

    private ResumeAnalysisKeys() {}

    /** Every key of the resume analysis, in declaration order. */
    public static List<ConfigKey> all() {
        return List.copyOf(ALL);
    }

    private static ConfigKey key(final String name, final String defaultValue, final String description) {
        final ConfigKey key = new ConfigKey(name, defaultValue, description, false);
        ALL.add(key);
        return key;
    }

    private static ConfigKey secret(final String name, final String defaultValue, final String description) {
        final ConfigKey key = new ConfigKey(name, defaultValue, description, true);
        ALL.add(key);
        return key;
    }
}
