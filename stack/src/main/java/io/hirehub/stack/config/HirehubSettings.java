package io.hirehub.stack.config;

import io.hirehub.topologies.match.MatchingSettings;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * All settings of the {@code hirehub} command, typed and validated once at start-up.
 *
 * @param dataDir         directory of all embedded state and {@code endpoints.json}
 * @param env             environment name ({@code dev} by default)
 * @param host            host the embedded parts bind to and advertise
 * @param startupTimeout  how long each embedded part may take to start
 * @param shutdownTimeout how long a clean stop may take
 * @param kafka           Kafka settings
 * @param postgres        PostgreSQL settings
 * @param s3              object store settings
 * @param registry        schema registry settings
 * @param matching        matching application settings
 * @param streams         replication and standbys of both Kafka Streams applications
 * @param resumeThreads   stream threads of the resume pipeline ({@code resume.stream.threads})
 * @param analysis        resume analysis providers and limits (the same embedding provider embeds jobs)
 * @param cdc             the CDC runner's own {@code cdc.*} keys, after precedence
 * @param edge            the HTTP edge's {@code edge.*} keys
 * @param notifications   the notifications application's {@code notifications.*} keys
 */
public record HirehubSettings(
        Path dataDir,
        String env,
        String host,
        Duration startupTimeout,
        Duration shutdownTimeout,
        KafkaSettings kafka,
        PostgresSettings postgres,
        S3Settings s3,
        SchemaRegistrySettings registry,
        MatchingSettings matching,
        StreamsSettings streams,
        int resumeThreads,
        ResumeAnalysisSettings analysis,
        Map<String, String> cdc,
        EdgeConfig edge,
        NotificationsConfig notifications) {

    public HirehubSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(s3, "s3");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(analysis, "analysis");
        cdc = Map.copyOf(cdc);
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(notifications, "notifications");
    }

    /** Typed settings from resolved configuration; throws {@link ConfigException} naming the first bad key. */
    public static HirehubSettings from(final ResolvedConfig config) {
        final String env = config.required(ConfigKeys.ENV);
        if (!env.matches("[a-z0-9][a-z0-9-]*")) {
            throw config.invalid(ConfigKeys.ENV, "lower-case letters, digits and '-'");
        }
        final Duration startup = config.duration(ConfigKeys.STARTUP_TIMEOUT);
        final Duration shutdown = config.duration(ConfigKeys.SHUTDOWN_TIMEOUT);
        if (startup.isZero() || startup.isNegative()) {
            throw config.invalid(ConfigKeys.STARTUP_TIMEOUT, "a positive duration");
        }
        if (shutdown.isZero() || shutdown.isNegative()) {
            throw config.invalid(ConfigKeys.SHUTDOWN_TIMEOUT, "a positive duration");
        }
        return new HirehubSettings(
                config.path(ConfigKeys.DATA_DIR).toAbsolutePath().normalize(),
                env,
                config.required(ConfigKeys.HOST),
                startup,
                shutdown,
                KafkaSettings.from(config),
                PostgresSettings.from(config),
                S3Settings.from(config, env),
                SchemaRegistrySettings.from(config),
                MatchingConfig.from(config),
                StreamsSettings.from(config),
                config.integer(ConfigKeys.RESUME_STREAM_THREADS, 1, 64),
                ResumeAnalysisConfig.from(config),
                config.delegated("cdc."),
                EdgeConfig.from(config),
                NotificationsConfig.from(config));
    }

    /** Settings from defaults &lt; file &lt; environment &lt; command line, in one call. */
    public static HirehubSettings load(
            final Optional<Path> file, final Map<String, String> environment, final Map<String, String> commandLine) {
        return from(ConfigLoader.load(file, environment, commandLine));
    }
}
