package io.hirehub.schemas.registry;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a Confluent-compatible schema registry.
 *
 * @param url            base URL, e.g. {@code http://127.0.0.1:8081} (a trailing slash is dropped)
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout timeout of one whole request
 * @param basicAuth      optional {@code user:password} for HTTP basic auth (never logged)
 */
public record RegistryClientSettings(
        URI url, Duration connectTimeout, Duration requestTimeout, Optional<String> basicAuth) {

    /** Registry URL key, as Confluent's serdes spell it. */
    public static final String URL = "schema.registry.url";
    /** Basic-auth {@code user:password}, as Confluent's serdes spell it. */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Connect timeout in milliseconds. */
    public static final String CONNECT_TIMEOUT_MS = "schema.registry.connect.timeout.ms";
    /** Request timeout in milliseconds. */
    public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    public RegistryClientSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(basicAuth, "basicAuth");
        final String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException(URL + ": expected an http(s) URL, was '" + url + "'");
        }
        final String text = url.toString();
        if (text.endsWith("/")) {
            url = URI.create(text.substring(0, text.length() - 1));
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException(CONNECT_TIMEOUT_MS + ": must be positive, was " + connectTimeout);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException(REQUEST_TIMEOUT_MS + ": must be positive, was " + requestTimeout);
        }
        basicAuth.ifPresent(info -> {
            if (!info.contains(":")) {
                throw new IllegalArgumentException(BASIC_AUTH_USER_INFO + ": expected user:password");
            }
        });
    }

    /** Default timeouts, no auth. */
    public static RegistryClientSettings of(final String url) {
        return new RegistryClientSettings(
                parseUrl(url), DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, Optional.empty());
    }

    /**
     * Reads the settings from Kafka-style configs ({@link #URL} is required; the others optional).
     * Accepts a comma-separated URL list as Confluent does, using the first entry.
     */
    public static RegistryClientSettings fromConfigs(final Map<String, ?> configs) {
        final Object url = configs.get(URL);
        if (url == null || url.toString().isBlank()) {
            throw new IllegalArgumentException(URL + " is required");
        }
        final String first = url.toString().split(",")[0].trim();
        final Object auth = configs.get(BASIC_AUTH_USER_INFO);
        return new RegistryClientSettings(
                parseUrl(first),
                millis(configs, CONNECT_TIMEOUT_MS, DEFAULT_CONNECT_TIMEOUT),
                millis(configs, REQUEST_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT),
                auth == null || auth.toString().isBlank() ? Optional.empty() : Optional.of(auth.toString()));
    }

    /** A copy with other timeouts. */
    public RegistryClientSettings withTimeouts(final Duration connect, final Duration request) {
        return new RegistryClientSettings(url, connect, request, basicAuth);
    }

    private static URI parseUrl(final String url) {
        try {
            return URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URL + ": not a URL: '" + url + "'", e);
        }
    }

    private static Duration millis(final Map<String, ?> configs, final String key, final Duration fallback) {
        final Object value = configs.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value.toString().trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": expected milliseconds, was '" + value + "'", e);
        }
    }

    @Override
    public String toString() {
        // Never print the credentials.
        return "RegistryClientSettings[url=" + url + ", connectTimeout=" + connectTimeout + ", requestTimeout="
                + requestTimeout + ", basicAuth=" + (basicAuth.isPresent() ? "***" : "none") + "]";
    }
}
