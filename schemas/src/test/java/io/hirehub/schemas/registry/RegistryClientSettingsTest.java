package io.hirehub.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryClientSettingsTest {

    @Test
    void shouldReadKafkaStyleConfigsWithDefaults() {
        final RegistryClientSettings settings = RegistryClientSettings.fromConfigs(
                Map.of("schema.registry.url", "http://reg-a:8081/, http://reg-b:8081"));

        assertThat(settings.url()).isEqualTo(URI.create("http://reg-a:8081"));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.basicAuth()).isEmpty();
    }

    @Test
    void shouldReadTimeoutsAndAuth() {
        final RegistryClientSettings settings = RegistryClientSettings.fromConfigs(Map.of(
                "schema.registry.url", "https://reg:8081",
                "schema.registry.connect.timeout.ms", "250",
                "schema.registry.request.timeout.ms", 1500,
                "basic.auth.user.info", "svc:pw"));

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(settings.basicAuth()).contains("svc:pw");
        assertThat(settings.toString()).doesNotContain("pw").contains("basicAuth=***");
    }

    @Test
    void shouldNameTheBadKey() {
        assertThatThrownBy(() -> RegistryClientSettings.fromConfigs(Map.of()))
                .hasMessage("schema.registry.url is required");
        assertThatThrownBy(() -> RegistryClientSettings.of("ftp://reg"))
                .hasMessage("schema.registry.url: expected an http(s) URL, was 'ftp://reg'");
        assertThatThrownBy(() -> RegistryClientSettings.fromConfigs(
                        Map.of("schema.registry.url", "http://r", "schema.registry.request.timeout.ms", "soon")))
                .hasMessage("schema.registry.request.timeout.ms: expected milliseconds, was 'soon'");
        assertThatThrownBy(() -> new RegistryClientSettings(
                        URI.create("http://r"), Duration.ofSeconds(1), Duration.ofSeconds(1), Optional.of("nocolon")))
                .hasMessage("basic.auth.user.info: expected user:password");
        assertThatThrownBy(
                        () -> RegistryClientSettings.of("http://r").withTimeouts(Duration.ZERO, Duration.ofSeconds(1)))
                .hasMessage("schema.registry.connect.timeout.ms: must be positive, was PT0S");
    }
}
