package io.hirehub.stack.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where Kafka is: an external cluster ({@code bootstrapServers}) or the embedded broker on
 * {@code port}/{@code controllerPort}.
 *
 * @param bootstrapServers external bootstrap servers; empty starts the embedded broker
 * @param port             embedded client listener port (0 = pick a free one)
 * @param controllerPort   embedded KRaft controller listener port (0 = pick a free one)
 * @param partitions       partitions of every co-partitioned planned topic
 * @param applyTopicsOnStart whether {@code dev} creates missing planned topics
 */
public record KafkaSettings(
        Optional<String> bootstrapServers, int port, int controllerPort, int partitions, boolean applyTopicsOnStart) {

    public KafkaSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    }

    public boolean embedded() {
        return bootstrapServers.isEmpty();
    }

    static KafkaSettings from(final ResolvedConfig config) {
        final KafkaSettings settings = new KafkaSettings(
                config.optional(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS),
                config.port(ConfigKeys.KAFKA_PORT),
                config.port(ConfigKeys.KAFKA_CONTROLLER_PORT),
                config.integer(ConfigKeys.TOPICS_PARTITIONS, 1, 10_000),
                config.bool(ConfigKeys.TOPICS_APPLY_ON_START));
        settings.bootstrapServers.ifPresent(servers -> {
            for (final String server : servers.split(",")) {
                if (!server.trim().matches("[^:\\s]+:\\d{1,5}")) {
                    throw config.invalid(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS, "host:port[,host:port...]");
                }
            }
        });
        if (settings.embedded() && settings.port != 0 && settings.port == settings.controllerPort) {
            throw config.invalid(ConfigKeys.KAFKA_CONTROLLER_PORT, "a port other than kafka.port");
        }
        return settings;
    }
}
