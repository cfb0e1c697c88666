package io.hirehub.launcher.notify;

import io.hirehub.apps.notify.DeliverySettings;
import io.hirehub.connectors.notify.DispatchSettings;
import io.hirehub.stack.config.NotificationsConfig;
import java.nio.file.Path;
import java.time.Duration;

/** The notifications application's settings, built from the stack's {@code notifications.*} values. */
public final class NotificationsWiring {

    /** How often the dispatcher looks for due deliveries. */
    private static final Duration POLL = Duration.ofMillis(200);
    /** The longest wait between two attempts of one delivery. */
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

    private NotificationsWiring() {}

    /** The dispatcher's retry policy. */
    public static DispatchSettings.Tuning dispatch(final NotificationsConfig config) {
        return new DispatchSettings.Tuning(POLL, config.dispatchMaxAttempts(), config.dispatchBackoff(), MAX_BACKOFF);
    }

    /** Where deliveries go for a stack whose data lives in {@code dataDir}. */
    public static DeliverySettings delivery(final NotificationsConfig config, final Path dataDir) {
        return new DeliverySettings(
                config.deliveryLog().orElse(NotificationsConfig.defaultDeliveryLog(dataDir)),
                config.sesFrom(),
                config.snsEnabled(),
                config.snsPlatformArn(),
                config.awsRegion(),
                config.awsEndpoint());
    }
}
