package io.hirehub.stack;

import io.hirehub.stack.config.HirehubSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The parts of a stack, in start order. Each infrastructure part is embedded unless its settings
 * point at external infrastructure. The processing parts (CDC, topologies, edge) are not known
 * here: they come from the {@link StackAssembly} on the class path (the launcher's), so modules
 * below the launcher can start the infrastructure without depending on it.
 */
public final class StackComponents {

    private StackComponents() {}

    /**
     * What {@code hirehub dev} runs: the parts of the one {@link StackAssembly} on the class path,
     * or only {@link #infrastructure} when there is none.
     */
    public static List<StackComponent> standard(final HirehubSettings settings) {
        final List<StackAssembly> assemblies = ServiceLoader.load(StackAssembly.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        if (assemblies.size() > 1) {
            throw new IllegalStateException("more than one stack assembly on the class path: " + assemblies);
        }
        return assemblies.isEmpty()
                ? infrastructure(settings)
                : assemblies.get(0).parts(settings);
    }

    /** Broker, topics, PostgreSQL with migrations, object store with bucket, registry: no processing. */
    public static List<StackComponent> infrastructure(final HirehubSettings settings) {
        final List<StackComponent> parts = new ArrayList<>();
        parts.add(settings.kafka().embedded() ? new KafkaBroker(settings) : ExternalEndpoints.kafka(settings));
        if (settings.kafka().applyTopicsOnStart()) {
            parts.add(new TopicsSetup(settings.kafka().partitions()));
        }
        parts.add(settings.postgres().embedded() ? new PostgresServer(settings) : ExternalEndpoints.postgres(settings));
        parts.add(new DatabaseSetup(settings.postgres()));
        parts.add(settings.s3().embedded() ? new S3ProxyServer(settings) : ExternalEndpoints.s3(settings));
        parts.add(new BucketSetup());
        parts.add(
                settings.registry().embedded()
                        ? new RegistryComponent(settings)
                        : ExternalEndpoints.registry(settings));
        return parts;
    }
}
