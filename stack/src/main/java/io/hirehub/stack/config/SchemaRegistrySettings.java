package io.hirehub.stack.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the schema registry is: an external Confluent-compatible registry or the embedded one.
 *
 * @param url  external registry URL; empty starts the embedded registry
 * @param port embedded registry port (0 = pick a free one)
 */
public record SchemaRegistrySettings(Optional<URI> url, int port) {

    public SchemaRegistrySettings {
        Objects.requireNonNull(url, "url");
    }

    public boolean embedded() {
        return url.isEmpty();
    }

    static SchemaRegistrySettings from(final ResolvedConfig config) {
        return new SchemaRegistrySettings(
                config.httpUri(ConfigKeys.REGISTRY_URL), config.port(ConfigKeys.REGISTRY_PORT));
    }
}
