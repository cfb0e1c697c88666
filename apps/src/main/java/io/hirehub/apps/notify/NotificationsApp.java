package io.hirehub.apps.notify;

import io.hirehub.apps.streams.Resources;
import io.hirehub.apps.streams.StreamsApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.apps.streams.WriteBackPart;
import io.hirehub.connectors.notify.ChannelSender;
import io.hirehub.connectors.notify.DispatchSettings;
import io.hirehub.connectors.notify.NotificationDispatcher;
import io.hirehub.connectors.writeback.notify.NotificationWriteBack;
import io.hirehub.connectors.writeback.notify.NotificationWriteBackSettings;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.notify.NotifySettings;
import io.hirehub.topologies.notify.topology.NotifyTopology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notifications application (one {@link StreamsApp} over {@link NotifyTopology}), its write-back
 * ({@code hirehub.notify.notifications} → {@code notifications} + {@code notification_outbox}) and the
 * dispatcher working the delivery queue: what {@code hirehub dev} starts as parts
 * {@value #PART}, {@value #WRITE_BACK} and {@value #DISPATCHER}.
 */
public final class NotificationsApp implements AutoCloseable {

    /** Kafka Streams application id. */
    public static final String APPLICATION_ID = "hirehub-notifications";

    public static final String PART = "notifications";
    public static final String WRITE_BACK = "notification-writeback";
    public static final String DISPATCHER = "notification-dispatch";

    private final StreamsApp app;

    private NotificationsApp(final StreamsApp app) {
        this.app = app;
    }

    public static StreamsAppSettings streamsSettings(final String kafka, final Path stateDir) {
        return StreamsAppSettings.of(APPLICATION_ID, kafka, stateDir)
                // An event → in-app notification crosses one exactly-once hop and the write-back: the
                // commit interval bounds how soon it is readable.
                .withCommitInterval(Duration.ofMillis(100));
    }

    /** Builds and starts the topology, the write-back and the dispatcher against {@code database}'s notification service. */
    public static NotificationsApp start(
            final StreamsAppSettings streams,
            final NotifySettings notify,
            final DispatchSettings.Tuning dispatch,
            final DeliverySettings delivery,
            final MigrationSettings database,
            final String registryUrl,
            final PartBoard board) {
        final Resources resources = new Resources();
        final SchemaRegistryClient registry;
        final Map<String, ChannelSender> senders;
        try {
            senders = Senders.of(delivery, resources);
            registry = resources.add(HttpSchemaRegistryClient.of(registryUrl));
        } catch (RuntimeException | Error e) {
            resources.close();
            throw e;
        }
        final String jdbc = database.jdbcUrlFor(HirehubService.NOTIFICATION);
        final String schema = database.schemaFor(HirehubService.NOTIFICATION);
        final NotificationWriteBackSettings writeBack = new NotificationWriteBackSettings(
                streams.bootstrapServers(),
                NotificationWriteBackSettings.DEFAULT_GROUP_ID,
                jdbc,
                database.user(),
                database.password(),
                schema,
                Duration.ofMillis(100));
        final DispatchSettings dispatchSettings = dispatch.apply(jdbc, database.user(), database.password(), schema);
        final StreamsApp app = StreamsApp.start(
                streams,
                NotifyTopology.build(notify, registry),
                board,
                PART,
                List.of(
                        new WriteBackPart<>(
                                WRITE_BACK,
                                Topics.NOTIFICATIONS.name(),
                                assignments -> new NotificationWriteBack(writeBack, registry, assignments)),
                        new WriteBackPart<>(
                                DISPATCHER,
                                schema + ".notification_outbox",
                                assignments -> new NotificationDispatcher(
                                        dispatchSettings, senders, () -> assignments.onPartitionsAssigned(Set.of())))),
                resources);
        return new NotificationsApp(app);
    }

    public void awaitRunning(final Duration timeout) throws InterruptedException {
        app.awaitRunning(timeout);
    }

    @Override
    public void close() {
        app.close();
    }
}
