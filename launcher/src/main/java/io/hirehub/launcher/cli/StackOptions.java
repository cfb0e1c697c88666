package io.hirehub.launcher.cli;

import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.HirehubSettings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options every subcommand shares: where the state is, the config file, {@code --set key=value},
 * and explicit endpoints that replace an embedded part (or the running stack's endpoints.json).
 * Precedence: defaults &lt; {@code --config} file &lt; {@code HIREHUB_*} environment &lt; these options.
 */
public final class StackOptions {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory (default ./.hirehub; key data.dir).")
    Path dataDir;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with dotted keys (see README).")
    Path config;

    @Option(
            names = {"-s", "--set"},
            paramLabel = "KEY=VALUE",
            description = "Any setting, e.g. -s kafka.port=19092.")
    Map<String, String> sets = new LinkedHashMap<>();

    @Option(
            names = "--kafka-bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "External Kafka (kafka.bootstrap.servers).")
    String kafkaBootstrapServers;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "External PostgreSQL (postgres.jdbc.url).")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "PostgreSQL user (postgres.user).")
    String jdbcUser;

    @Option(
            names = "--jdbc-password",
            paramLabel = "PASSWORD",
            description = "PostgreSQL password (postgres.password); "
                    + "prefer HIREHUB_POSTGRES_PASSWORD, command lines are visible to other users.")
    String jdbcPassword;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "External S3 endpoint (s3.endpoint).")
    String s3Endpoint;

    @Option(names = "--registry-url", paramLabel = "URL", description = "External schema registry (registry.url).")
    String registryUrl;

    /** The command-line layer: {@code --set} entries, overridden by the dedicated options. */
    public Map<String, String> commandLine() {
        final Map<String, String> values = new LinkedHashMap<>(sets);
        put(values, ConfigKeys.DATA_DIR.name(), dataDir == null ? null : dataDir.toString());
        put(values, ConfigKeys.KAFKA_BOOTSTRAP_SERVERS.name(), kafkaBootstrapServers);
        put(values, ConfigKeys.POSTGRES_JDBC_URL.name(), jdbcUrl);
        put(values, ConfigKeys.POSTGRES_USER.name(), jdbcUser);
        put(values, ConfigKeys.POSTGRES_PASSWORD.name(), jdbcPassword);
        put(values, ConfigKeys.S3_ENDPOINT.name(), s3Endpoint);
        put(values, ConfigKeys.REGISTRY_URL.name(), registryUrl);
        return values;
    }

    /** Settings from every layer, for this process's environment. */
    public HirehubSettings settings() {
        return settings(System.getenv());
    }

    public HirehubSettings settings(final Map<String, String> environment) {
        return HirehubSettings.load(Optional.ofNullable(config), environment, commandLine());
    }

    private static void put(final Map<String, String> values, final String key, final String value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
