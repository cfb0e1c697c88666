package io.hirehub.launcher.stack;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.launcher.cdc.CdcStackComponent;
import io.hirehub.launcher.config.HirehubSettings;
import io.hirehub.launcher.edge.EdgeStackComponent;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.launcher.notify.NotificationsStackComponent;
import io.hirehub.launcher.resume.ResumePipelineStackComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard parts of the stack, in start order. Each part is embedded unless its settings point
 * at external infrastructure. Later parts (CDC, topologies, edge) are appended here as they land.
 */
public final class StackComponents {

    private StackComponents() {}

    /** Infrastructure and the pipeline's processes: what {@code hirehub dev} runs. */
    public static List<StackComponent> standard(final HirehubSettings settings) {
        final List<StackComponent> parts = infrastructure(settings);
        parts.add(new CdcStackComponent());
        parts.add(new ResumePipelineStackComponent());
        final MatchingStackComponent matching = new MatchingStackComponent();
        parts.add(matching);
        if (settings.notifications().enabled()) {
            parts.add(new NotificationsStackComponent());
        }
        if (settings.edge().enabled()) {
            parts.add(new EdgeStackComponent(settings, () -> matching.runtime().map(MatchingApp::queries)));
        }
        return parts;
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
