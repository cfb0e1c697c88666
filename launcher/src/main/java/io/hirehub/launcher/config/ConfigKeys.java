package io.hirehub.launcher.config;

import io.hirehub.schemas.migration.HirehubService;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting the {@code hirehub} command knows, declared once with its default and meaning.
 * An empty default means "not set": for the {@code *.url}/{@code *.servers}/{@code *.endpoint} keys
 * that is what makes the embedded part start. Later components add their keys here.
 */
public final class ConfigKeys {

    private static final Map<String, ConfigKey> BY_NAME = new LinkedHashMap<>();

    public static final ConfigKey DATA_DIR = key(
            "data.dir",
            ".hirehub",
            "Directory holding all embedded state (Kafka log, PostgreSQL data, S3 objects) and endpoints.json.");
    public static final ConfigKey ENV =
            key("env", "dev", "Environment name; part of the resume bucket name hirehub-resumes-{env}.");
    public static final ConfigKey HOST =
            key("host", "localhost", "Host name the embedded parts bind to and advertise.");
    public static final ConfigKey STARTUP_TIMEOUT = key(
            "startup.timeout", "120s", "How long each embedded part may take to become ready (e.g. 90s, 2m, PT2M).");
    public static final ConfigKey SHUTDOWN_TIMEOUT =
            key("shutdown.timeout", "30s", "How long a clean stop may take before the process exits anyway.");

    public static final ConfigKey KAFKA_BOOTSTRAP_SERVERS = key(
            "kafka.bootstrap.servers",
            "",
            "External Kafka bootstrap servers; when set, the embedded broker is not started.");
    public static final ConfigKey KAFKA_PORT =
            key("kafka.port", "9092", "Port of the embedded broker's client listener (0 picks a free port).");
    public static final ConfigKey KAFKA_CONTROLLER_PORT = key(
            "kafka.controller.port",
            "9093",
            "Port of the embedded broker's KRaft controller listener (0 picks a free port).");
    public static final ConfigKey TOPICS_PARTITIONS =
            key("topics.partitions", "6", "Partitions of every co-partitioned topic in the topic plan.");
    public static final ConfigKey TOPICS_APPLY_ON_START = key(
            "topics.apply.on.start",
            "true",
            "Whether hirehub dev creates the planned topics that are missing at start-up.");

    public static final ConfigKey POSTGRES_JDBC_URL = key(
            "postgres.jdbc.url", "", "External PostgreSQL JDBC URL; when set, the embedded PostgreSQL is not started.");
    public static final ConfigKey POSTGRES_USER =
            key("postgres.user", "postgres", "PostgreSQL user (the embedded server trusts local connections).");
    public static final ConfigKey POSTGRES_PASSWORD = secret("postgres.password", "", "PostgreSQL password.");
    public static final ConfigKey POSTGRES_SCHEMA_PATTERN = key(
            "postgres.schema.pattern",
            "{service}_service",
            "Schema per service; {service} stands for the short name (user, job, resume, apply, match, ai, notification).");
    /** {@code postgres.jdbc.url.<service>}: the seed's database-per-service split, one key per service. */
    public static final List<ConfigKey> POSTGRES_JDBC_URL_PER_SERVICE = perService();

    public static final ConfigKey POSTGRES_PORT =
            key("postgres.port", "15432", "Port of the embedded PostgreSQL (0 picks a free port).");
    public static final ConfigKey POSTGRES_DATABASE = key(
            "postgres.database",
            "hirehub",
            "Database the embedded PostgreSQL creates and the services' schemas live in.");

    public static final ConfigKey S3_ENDPOINT = key(
            "s3.endpoint",
            "",
            "External S3 endpoint URL; when set, the embedded S3Proxy is not started (Amazon S3: https://s3.<region>.amazonaws.com).");
    public static final ConfigKey S3_REGION = key("s3.region", "us-east-1", "S3 region.");
    public static final ConfigKey S3_ACCESS_KEY = key("s3.access.key", "hirehub", "S3 access key id.");
    public static final ConfigKey S3_SECRET_KEY = secret("s3.secret.key", "hirehub-secret", "S3 secret access key.");
    public static final ConfigKey S3_PORT =
            key("s3.port", "9000", "Port of the embedded S3Proxy (0 picks a free port).");
    public static final ConfigKey S3_BUCKET = key("s3.bucket", "", "Resume bucket; empty means hirehub-resumes-{env}.");

    public static final ConfigKey REGISTRY_URL = key(
            "registry.url",
            "",
            "External schema registry URL (Confluent REST API); when set, the embedded registry is not started.");
    public static final ConfigKey REGISTRY_PORT =
            key("registry.port", "8081", "Port of the embedded schema registry (0 picks a free port).");

    public static final ConfigKey MATCH_TOP_N =
            key("match.top.n", "100", "Matches kept per job in the top-N store (the seed's match:job:{job_id}:top).");
    public static final ConfigKey MATCH_PRESELECT_FACTOR = key(
            "match.preselect.factor",
            "10",
            "The vector pre-selection keeps match.top.n x this many candidates per shard for exact scoring.");
    public static final ConfigKey MATCH_JOBS_PER_RESUME =
            key("match.jobs.per.resume", "50", "Best open jobs exactly scored for a new or changed resume.");
    public static final ConfigKey MATCH_RECOMMENDED_PER_USER = key(
            "match.recommended.per.user",
            "50",
            "Length of a user's recommended list (match:user:{user_id}:recommended).");
    public static final ConfigKey MATCH_MIN_SCORE = key(
            "match.calculated.min.score",
            "50.00",
            "Pairs scoring below this overall score (0-100) are not emitted or stored.");
    public static final ConfigKey MATCH_THRESHOLD = key(
            "match.recommended.threshold",
            "70.00",
            "Overall score from which a pair is recommended (match.recommended); >= the minimum score.");
    public static final ConfigKey MATCH_MARGIN = key(
            "match.recommended.margin",
            "5.00",
            "A recommended pair is recommended again only when its score rose by at least this much.");
    public static final ConfigKey MATCH_WEIGHT_SKILL = key(
            "match.weights.skill", "0.40", "Weight of skill_score in overall_score (weights are shares of their sum).");
    public static final ConfigKey MATCH_WEIGHT_EXPERIENCE =
            key("match.weights.experience", "0.25", "Weight of experience_score in overall_score.");
    public static final ConfigKey MATCH_WEIGHT_CULTURE =
            key("match.weights.culture", "0.15", "Weight of culture_score in overall_score.");
    public static final ConfigKey MATCH_WEIGHT_SEMANTIC =
            key("match.weights.semantic", "0.20", "Weight of the embedding similarity in overall_score.");
    public static final ConfigKey MATCH_STREAM_THREADS = key(
            "match.stream.threads",
            "2",
            "Kafka Streams threads of the matching application (tasks = partitions are spread over them).");
    public static final ConfigKey MATCH_COMMIT_INTERVAL = key(
            "match.commit.interval",
            "100ms",
            "Exactly-once commit interval of matching: each hop of a job's path waits up to this long.");
    public static final ConfigKey MATCH_JOB_SETTLE = key(
            "match.job.settle",
            "100ms",
            "A job's profile is built once its rows (job, skills) have been quiet this long: one profile per transaction.");

    public static final ConfigKey STREAMS_REPLICATION_FACTOR = key(
            "streams.replication.factor",
            "1",
            "Replication of the Kafka Streams apps' internal topics (changelogs, repartitions); 3 on a cluster of 3+ brokers.");
    public static final ConfigKey STREAMS_STANDBY_REPLICAS = key(
            "streams.standby.replicas",
            "0",
            "Warm standby copies of each Kafka Streams task's state on other instances; 1 on a cluster for fast fail-over.");
    public static final ConfigKey RESUME_STREAM_THREADS = key(
            "resume.stream.threads",
            "2",
            "Kafka Streams threads of the resume pipeline (resumes are analysed on them, one per task at a time).");

    // Resume analysis (ResumeAnalysisSettings): providers and limits of the resume pipeline; matching
    // embeds jobs with the same embedding provider.
    public static final ConfigKey RESUME_MAX_FILE_BYTES =
            key("resume.max.file.bytes", "10485760", "Larger resume files fail with file_too_large.");
    public static final ConfigKey RESUME_MIN_TEXT_CHARS =
            key("resume.min.text.chars", "20", "Resumes with fewer letters and digits fail with empty_text.");
    public static final ConfigKey EMBEDDING_PROVIDER = key(
            "embedding.provider",
            "local",
            "Embeddings of resumes and jobs: local (deterministic, no network) or bedrock (Titan).");
    public static final ConfigKey EMBEDDING_DIMENSIONS =
            key("embedding.dimensions", "1536", "Vector size of the local provider, and of stored Bedrock vectors.");
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
            "amazon.titan-embed-text-v1",
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
            "anthropic.claude-3-sonnet-20240229-v1:0",
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

    public static final ConfigKey EDGE_ENABLED =
            key("edge.enabled", "true", "Whether hirehub dev starts the HTTP edge.");
    public static final ConfigKey EDGE_PORT = key("edge.port", "8080", "Port of the HTTP edge (0 picks a free port).");
    public static final ConfigKey EDGE_AUTH_ISSUER = key(
            "edge.auth.issuer",
            "",
            "Token issuer (iss) the edge trusts, e.g. https://cognito-idp.<region>.amazonaws.com/<pool id>; empty runs"
                    + " the local development issuer (hirehub token).");
    public static final ConfigKey EDGE_AUTH_JWKS_URL =
            key("edge.auth.jwks.url", "", "JWKS of edge.auth.issuer; empty means <issuer>/.well-known/jwks.json.");
    public static final ConfigKey EDGE_AUTH_AUDIENCE = key(
            "edge.auth.audience",
            "",
            "App client id a token must be for (aud of an id token, client_id of an access token); empty accepts any.");
    public static final ConfigKey EDGE_AUTH_TOKEN_USE =
            key("edge.auth.token.use", "", "token_use the edge accepts: id, access, or empty for both.");
    public static final ConfigKey EDGE_IDEMPOTENCY_TTL =
            key("edge.idempotency.ttl", "24h", "How long an Idempotency-Key and its answer are kept.");
    public static final ConfigKey EDGE_DOWNLOAD_LINK_TTL = key(
            "edge.download.link.ttl",
            "5m",
            "How long a presigned resume download link is valid (at most 168h, S3's limit).");

    private ConfigKeys() {}

    private static List<ConfigKey> perService() {
        final List<ConfigKey> keys = new ArrayList<>();
        for (final HirehubService service : HirehubService.values()) {
            keys.add(key(
                    "postgres.jdbc.url." + service.shortName(),
                    "",
                    "JDBC URL of the " + service.shortName()
                            + " service's own database; empty means postgres.jdbc.url."));
        }
        return List.copyOf(keys);
    }

    private static ConfigKey key(final String name, final String defaultValue, final String description) {
        return register(new ConfigKey(name, defaultValue, description, false));
    }

    private static ConfigKey secret(final String name, final String defaultValue, final String description) {
        return register(new ConfigKey(name, defaultValue, description, true));
    }

    private static ConfigKey register(final ConfigKey key) {
        if (BY_NAME.putIfAbsent(key.name(), key) != null) {
            throw new IllegalStateException("config key declared twice: " + key.name());
        }
        return key;
    }

    /** Every key, in declaration order. */
    public static List<ConfigKey> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_NAME.values()));
    }

    public static Optional<ConfigKey> find(final String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The key whose environment variable is {@code envVar}, if any. */
    public static Optional<ConfigKey> findByEnvVar(final String envVar) {
        return BY_NAME.values().stream().filter(k -> k.envVar().equals(envVar)).findFirst();
    }
}
