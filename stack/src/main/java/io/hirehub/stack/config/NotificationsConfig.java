package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.topologies.notify.NotifySettings;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The {@code notifications.*} keys: whether dev runs the notifications application, the topology's
 * settings, the dispatcher's retry policy and where deliveries go.
 *
 * <p>Plain values only: the stack module sits below the modules whose settings types they become
 * (the launcher's {@code NotificationsWiring} builds the dispatcher's and the delivery's settings).
 *
 * @param dispatchMaxAttempts deliveries tried this often before {@code failed}
 * @param dispatchBackoff     the first retry's delay, doubled per attempt
 * @param deliveryLog         the configured delivery log; empty = {@code {data.dir}/notifications/deliveries.jsonl}
 */
public record NotificationsConfig(
        boolean enabled,
        NotifySettings topology,
        int dispatchMaxAttempts,
        Duration dispatchBackoff,
        Optional<Path> deliveryLog,
        String sesFrom,
        boolean snsEnabled,
        String snsPlatformArn,
        String awsRegion,
        Optional<URI> awsEndpoint) {

    /** The delivery log of a stack whose data lives in {@code dataDir}. */
    public static Path defaultDeliveryLog(final Path dataDir) {
        return dataDir.resolve("notifications").resolve("deliveries.jsonl");
    }

    static NotificationsConfig from(final ResolvedConfig config) {
        final ZoneId zone;
        try {
            zone = ZoneId.of(config.required(ConfigKeys.NOTIFICATIONS_TIME_ZONE).trim());
        } catch (DateTimeException e) {
            throw config.invalid(ConfigKeys.NOTIFICATIONS_TIME_ZONE, "a time zone id such as Asia/Seoul");
        }
        final Duration timeout = positive(config, ConfigKeys.NOTIFICATIONS_RESOLVE_TIMEOUT);
        final String baseUrl = config.httpUri(ConfigKeys.NOTIFICATIONS_APP_BASE_URL)
                .orElseThrow(() -> config.invalid(ConfigKeys.NOTIFICATIONS_APP_BASE_URL, "an http:// or https:// URL"))
                .toString();
        final Optional<Path> log;
        try {
            log = config.optional(ConfigKeys.NOTIFICATIONS_DELIVERY_LOG).map(Path::of);
        } catch (InvalidPathException e) {
            throw config.invalid(ConfigKeys.NOTIFICATIONS_DELIVERY_LOG, "a file system path");
        }
        final String from =
                config.optional(ConfigKeys.NOTIFICATIONS_SES_FROM).orElse("").trim();
        if (!from.isEmpty() && !from.matches("[^@\\s]+@[^@\\s]+")) {
            throw config.invalid(ConfigKeys.NOTIFICATIONS_SES_FROM, "an e-mail address");
        }
        return new NotificationsConfig(
                config.bool(ConfigKeys.NOTIFICATIONS_ENABLED),
                new NotifySettings(baseUrl, zone, Duration.ofSeconds(1), timeout),
                config.integer(ConfigKeys.NOTIFICATIONS_DISPATCH_MAX_ATTEMPTS, 1, 100),
                positive(config, ConfigKeys.NOTIFICATIONS_DISPATCH_BACKOFF),
                log,
                from,
                config.bool(ConfigKeys.NOTIFICATIONS_SNS_ENABLED),
                config.optional(ConfigKeys.NOTIFICATIONS_SNS_PLATFORM_ARN).orElse(""),
                config.required(ConfigKeys.NOTIFICATIONS_AWS_REGION),
                config.httpUri(ConfigKeys.NOTIFICATIONS_AWS_ENDPOINT));
    }

    private static Duration positive(final ResolvedConfig config, final ConfigKey key) {
        final Duration d = config.duration(key);
        if (d.isNegative() || d.isZero()) {
            throw config.invalid(key, "a positive duration");
        }
        return d;
    }
}
