package io.hirehub.topologies.notify;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of the notifications topology.
 *
 * @param appBaseUrl    {@code notifications.app-base-url}: links in notifications ({@code {{application_url}}} …)
 * @param zone          {@code notifications.time-zone}: how {@code {{scheduled_at}}} is shown
 * @param retryInterval {@code notifications.resolve-retry}: how often an event waiting for a row is tried again
 * @param giveUpAfter   {@code notifications.resolve-timeout}: when a waiting event goes to the dead-letter topic
 */
public record NotifySettings(String appBaseUrl, ZoneId zone, Duration retryInterval, Duration giveUpAfter) {

    public static final NotifySettings DEFAULTS = new NotifySettings(
            "http://localhost:8080", ZoneId.of("Asia/Seoul"), Duration.ofSeconds(1), Duration.ofMinutes(10));

    public NotifySettings {
        Objects.requireNonNull(appBaseUrl, "notifications.app-base-url");
        if (appBaseUrl.isBlank()) {
            throw new IllegalArgumentException("notifications.app-base-url must be set");
        }
        appBaseUrl = appBaseUrl.endsWith("/") ? appBaseUrl.substring(0, appBaseUrl.length() - 1) : appBaseUrl;
        Objects.requireNonNull(zone, "notifications.time-zone");
        positive("notifications.resolve-retry", retryInterval);
        positive("notifications.resolve-timeout", giveUpAfter);
    }

    private static void positive(final String key, final Duration value) {
        Objects.requireNonNull(value, key);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(key + " must be > 0, got " + value);
        }
    }
}
