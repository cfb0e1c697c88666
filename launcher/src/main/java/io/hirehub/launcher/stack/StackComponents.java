package io.hirehub.launcher.stack;

import io.hirehub.launcher.config.HirehubSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard parts of the stack, in start order. Each part is embedded unless its settings point
 * at external infrastructure. Later parts (CDC, topologies, edge) are appended here as they land.
 */
public final class StackComponents {

    private StackComponents() {
    }

    public static List<StackComponent> standard(final HirehubSettings settings) {
        final List<StackComponent> parts = new ArrayList<>();
        parts.add(settings.kafka().embedded() ? new KafkaBroker(settings) : ExternalEndpoints.kafka(settings));
        if (settings.kafka().applyTopicsOnStart()) {
            parts.add(new TopicsSetup(settings.kafka().partitions()));
        }
        parts.add(settings.postgres().embedded() ? new PostgresServer(settings) : ExternalEndpoints.postgres(settings));
        parts.add(new DatabaseSetup(settings.postgres()));
        parts.add(settings.s3().embedded() ? new ObjectStore(settings) : ExternalEndpoints.s3(settings));
        parts.add(new BucketSetup());
        parts.add(settings.registry().embedded() ? new RegistryComponent(settings) : ExternalEndpoints.registry(settings));
        parts.add(new io.hirehub.launcher.cdc.CdcStackComponent());
        parts.add(new io.hirehub.launcher.resume.ResumePipelineStackComponent());
        parts.add(new io.hirehub.launcher.match.MatchingStackComponent());
        return parts;
    }
}
