package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.topologies.resume.ResumeAnalysisKeys;
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
            MigrationSettings.KEY_JDBC_URL,
            "",
            "External PostgreSQL JDBC URL; when set, the embedded PostgreSQL is not started.");
    public static final ConfigKey POSTGRES_USER = key(
            MigrationSettings.KEY_USER, "postgres", "PostgreSQL user (the embedded server trusts local connections).");
    public static final ConfigKey POSTGRES_PASSWORD =
            secret(MigrationSettings.KEY_PASSWORD, "", "PostgreSQL password.");
    public static final ConfigKey POSTGRES_SCHEMA_PATTERN = key(
            MigrationSettings.KEY_SCHEMA_PATTERN,
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
            "30.00",
            "Pairs scoring below this overall score (0-100) emit no match.calculated event; they are still listed"
                    + " (matches row, job top) when they share a skill or similar embeddings with the job.");
    public static final ConfigKey MATCH_THRESHOLD = key(
            "match.recommended.threshold",
            "40.00",
            "Overall score from which a pair is recommended (match.recommended); >= the minimum score.");
    public static final ConfigKey MATCH_MARGIN = key(
            "match.recommended.margin",
            "5.00",
            "A recommended pair is recommended again only when its score rose by at least this much.");
    public static final ConfigKey MATCH_EVIDENCE_MIN_COSINE = key(
            "match.evidence.min.cosine",
            "0.15",
            "Embedding cosine (0-1) from which a pair without a shared skill still counts as related and is listed"
                    + " (matches row, job top); depends on the embedding model.");
    public static final ConfigKey MATCH_WEIGHT_SKILL = key(
            "match.weights.skill", "0.30", "Weight of skill_score in overall_score (weights are shares of their sum).");
    public static final ConfigKey MATCH_WEIGHT_EXPERIENCE =
            key("match.weights.experience", "0.05", "Weight of experience_score in overall_score.");
    public static final ConfigKey MATCH_WEIGHT_CULTURE =
            key("match.weights.culture", "0.05", "Weight of culture_score in overall_score.");
    public static final ConfigKey MATCH_WEIGHT_SEMANTIC =
            key("match.weights.semantic", "0.40", "Weight of the embedding similarity in overall_score.");
    public static final ConfigKey MATCH_WEIGHT_TEXT = key(
            "match.weights.text",
            "0.20",
            "Weight of the text relevance (BM25 of the resume text against the job's wording) in overall_score;"
                    + " left out for a pair written in different scripts (Hangul/Latin).");
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

    // Resume analysis: declared in ResumeAnalysisKeys (topologies), where ResumeAnalysisSettings reads
    // them; registered here so the one configuration knows them. Matching embeds jobs with the same provider.
    public static final ConfigKey RESUME_MAX_FILE_BYTES = register(ResumeAnalysisKeys.RESUME_MAX_FILE_BYTES);
    public static final ConfigKey RESUME_MIN_TEXT_CHARS = register(ResumeAnalysisKeys.RESUME_MIN_TEXT_CHARS);
    public static final ConfigKey EMBEDDING_PROVIDER = register(ResumeAnalysisKeys.EMBEDDING_PROVIDER);
    public static final ConfigKey EMBEDDING_DIMENSIONS = register(ResumeAnalysisKeys.EMBEDDING_DIMENSIONS);
    public static final ConfigKey EMBEDDING_CHUNK_MAX_CHARS = register(ResumeAnalysisKeys.EMBEDDING_CHUNK_MAX_CHARS);
    public static final ConfigKey EMBEDDING_CHUNK_OVERLAP_CHARS =
            register(ResumeAnalysisKeys.EMBEDDING_CHUNK_OVERLAP_CHARS);
    public static final ConfigKey BEDROCK_REGION = register(ResumeAnalysisKeys.BEDROCK_REGION);
    public static final ConfigKey BEDROCK_ENDPOINT = register(ResumeAnalysisKeys.BEDROCK_ENDPOINT);
    public static final ConfigKey BEDROCK_EMBEDDING_MODEL = register(ResumeAnalysisKeys.BEDROCK_EMBEDDING_MODEL);
    public static final ConfigKey BEDROCK_EMBEDDING_DIMENSIONS =
            register(ResumeAnalysisKeys.BEDROCK_EMBEDDING_DIMENSIONS);
    public static final ConfigKey BEDROCK_TIMEOUT_MS = register(ResumeAnalysisKeys.BEDROCK_TIMEOUT_MS);
    public static final ConfigKey BEDROCK_RETRY_MAX_ATTEMPTS = register(ResumeAnalysisKeys.BEDROCK_RETRY_MAX_ATTEMPTS);
    public static final ConfigKey BEDROCK_RETRY_INITIAL_BACKOFF_MS =
            register(ResumeAnalysisKeys.BEDROCK_RETRY_INITIAL_BACKOFF_MS);
    public static final ConfigKey BEDROCK_RETRY_MAX_BACKOFF_MS =
            register(ResumeAnalysisKeys.BEDROCK_RETRY_MAX_BACKOFF_MS);
    public static final ConfigKey BEDROCK_ACCESS_KEY_ID = register(ResumeAnalysisKeys.BEDROCK_ACCESS_KEY_ID);
    public static final ConfigKey BEDROCK_SECRET_ACCESS_KEY = register(ResumeAnalysisKeys.BEDROCK_SECRET_ACCESS_KEY);
    public static final ConfigKey BEDROCK_CHAT_MODEL = register(ResumeAnalysisKeys.BEDROCK_CHAT_MODEL);
    public static final ConfigKey BEDROCK_CHAT_MAX_TOKENS = register(ResumeAnalysisKeys.BEDROCK_CHAT_MAX_TOKENS);
    public static final ConfigKey LLM_BASE_URL = register(ResumeAnalysisKeys.LLM_BASE_URL);
    public static final ConfigKey LLM_MODEL = register(ResumeAnalysisKeys.LLM_MODEL);
    public static final ConfigKey LLM_API_KEY = register(ResumeAnalysisKeys.LLM_API_KEY);
    public static final ConfigKey LLM_CONNECT_TIMEOUT_MS = register(ResumeAnalysisKeys.LLM_CONNECT_TIMEOUT_MS);
    public static final ConfigKey LLM_REQUEST_TIMEOUT_MS = register(ResumeAnalysisKeys.LLM_REQUEST_TIMEOUT_MS);
    public static final ConfigKey LLM_MAX_TOKENS = register(ResumeAnalysisKeys.LLM_MAX_TOKENS);
    public static final ConfigKey LLM_RETRY_MAX_ATTEMPTS = register(ResumeAnalysisKeys.LLM_RETRY_MAX_ATTEMPTS);
    public static final ConfigKey LLM_RETRY_INITIAL_BACKOFF_MS =
            register(ResumeAnalysisKeys.LLM_RETRY_INITIAL_BACKOFF_MS);
    public static final ConfigKey LLM_RETRY_MAX_BACKOFF_MS = register(ResumeAnalysisKeys.LLM_RETRY_MAX_BACKOFF_MS);
    public static final ConfigKey PII_LLM_ENABLED = register(ResumeAnalysisKeys.PII_LLM_ENABLED);
    public static final ConfigKey SUMMARY_PROVIDER = register(ResumeAnalysisKeys.SUMMARY_PROVIDER);
    public static final ConfigKey SUMMARY_MAX_SENTENCES = register(ResumeAnalysisKeys.SUMMARY_MAX_SENTENCES);
    public static final ConfigKey SUMMARY_MAX_CHARS = register(ResumeAnalysisKeys.SUMMARY_MAX_CHARS);

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

    public static final ConfigKey NOTIFICATIONS_ENABLED = key(
            "notifications.enabled",
            "true",
            "Whether hirehub dev runs the notifications application (topology, write-back, dispatcher).");
    public static final ConfigKey NOTIFICATIONS_APP_BASE_URL = key(
            "notifications.app.base.url",
            "http://localhost:8080",
            "Base of the links in notifications ({{application_url}}, {{job_url}}, {{resume_url}}).");
    public static final ConfigKey NOTIFICATIONS_TIME_ZONE =
            key("notifications.time.zone", "Asia/Seoul", "Time zone {{scheduled_at}} is shown in.");
    public static final ConfigKey NOTIFICATIONS_RESOLVE_TIMEOUT = key(
            "notifications.resolve.timeout",
            "10m",
            "How long an event waits for the rows it needs (its application, job…) before it goes to the dead-letter topic.");
    public static final ConfigKey NOTIFICATIONS_DELIVERY_LOG = key(
            "notifications.delivery.log",
            "",
            "Local delivery log of e-mail, push and SMS not sent through AWS; empty means {data.dir}/notifications/deliveries.jsonl.");
    public static final ConfigKey NOTIFICATIONS_SES_FROM =
            key("notifications.ses.from", "", "Sender address; when set, e-mail goes through Amazon SES v2.");
    public static final ConfigKey NOTIFICATIONS_SNS_ENABLED =
            key("notifications.sns.enabled", "false", "Whether SMS and push go through Amazon SNS.");
    public static final ConfigKey NOTIFICATIONS_SNS_PLATFORM_ARN =
            key("notifications.sns.platform.arn", "", "SNS platform application ARN push endpoints are created in.");
    public static final ConfigKey NOTIFICATIONS_AWS_REGION =
            key("notifications.aws.region", "ap-northeast-2", "AWS region of SES and SNS.");
    public static final ConfigKey NOTIFICATIONS_AWS_ENDPOINT = key(
            "notifications.aws.endpoint", "", "Endpoint override for SES and SNS (e.g. LocalStack); empty means AWS.");
    public static final ConfigKey NOTIFICATIONS_DISPATCH_MAX_ATTEMPTS =
            key("notifications.dispatch.max.attempts", "5", "Tries of one delivery before it is marked failed.");
    public static final ConfigKey NOTIFICATIONS_DISPATCH_BACKOFF = key(
            "notifications.dispatch.backoff",
            "2s",
            "Wait after a delivery's first failure; doubled after each next one, up to 5 minutes.");

    private ConfigKeys() {}

    private static List<ConfigKey> perService() {
        final List<ConfigKey> keys = new ArrayList<>();
        for (final HirehubService service : HirehubService.values()) {
            keys.add(key(
                    MigrationSettings.KEY_JDBC_URL_PREFIX + service.shortName(),
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
