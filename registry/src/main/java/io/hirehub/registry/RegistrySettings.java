package io.hirehub.registry;

import io.hirehub.schemas.topics.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the embedded schema registry.
 *
 * @param kafkaBootstrapServers Kafka holding the registry's log (unused by an in-memory store)
 * @param host                  interface to listen on, e.g. {@code 127.0.0.1}
 * @param port                  HTTP port; 0 picks a free one
 * @param topic                 the compacted log topic, normally {@link Topics#SCHEMAS}
 * @param startupTimeout        how long start-up (and each write) may wait for Kafka
 */
public record RegistrySettings(
        String kafkaBootstrapServers, String host, int port, String topic, Duration startupTimeout) {

    public static final int DEFAULT_PORT = 8081;
    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(30);

    public RegistrySettings {
        Objects.requireNonNull(kafkaBootstrapServers, "kafkaBootstrapServers");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(startupTimeout, "startupTimeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("registry host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("registry port must be in 0..65535, was " + port);
        }
        if (topic.isBlank()) {
            throw new IllegalArgumentException("registry topic must not be blank");
        }
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("registry startup timeout must be positive, was " + startupTimeout);
        }
    }

    /** Loopback on the standard port 8081, topic {@code _schemas}, 30 s start-up timeout. */
    public static RegistrySettings defaults(final String kafkaBootstrapServers) {
        return new RegistrySettings(
                kafkaBootstrapServers, "127.0.0.1", DEFAULT_PORT, Topics.SCHEMAS.name(), DEFAULT_STARTUP_TIMEOUT);
    }

    /** A copy listening on another port (0 = ephemeral). */
    public RegistrySettings withPort(final int newPort) {
        return new RegistrySettings(kafkaBootstrapServers, host, newPort, topic, startupTimeout);
    }
}
