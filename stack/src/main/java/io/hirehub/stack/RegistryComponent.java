package io.hirehub.stack;

import io.hirehub.registry.RegistrySettings;
import io.hirehub.registry.SchemaRegistryServer;
import io.hirehub.runtime.health.PartHealth;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.HirehubSettings;
import java.util.List;

/** The embedded schema registry, its state in the compacted {@code _schemas} topic of the stack's Kafka. */
public final class RegistryComponent implements StackComponent {

    private final HirehubSettings settings;
    private final int port;
    private SchemaRegistryServer server;

    public RegistryComponent(final HirehubSettings settings) {
        this.settings = settings;
        this.port = Ports.resolve(settings.registry().port());
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public List<PortClaim> portClaims() {
        return List.of(new PortClaim(port, ConfigKeys.REGISTRY_PORT));
    }

    @Override
    public List<String> after() {
        return List.of("kafka", "topics");
    }

    @Override
    public void start(final StackContext context) {
        final PartHealth health = context.health(name());
        server = new SchemaRegistryServer(new RegistrySettings(
                        context.kafka(), settings.host(), port, Topics.SCHEMAS.name(), settings.startupTimeout()))
                .onStoreFailure(health::failed)
                .start();
        context.publishRegistry(server.url());
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
