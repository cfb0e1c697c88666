package io.hirehub.stack.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HirehubSettingsTest {

    @TempDir
    Path dir;

    @Test
    void shouldUseTheDocumentedDefaults() {
        final HirehubSettings settings = HirehubSettings.load(Optional.empty(), Map.of(), Map.of());

        assertThat(settings.dataDir())
                .isEqualTo(Path.of(".hirehub").toAbsolutePath().normalize());
        assertThat(settings.env()).isEqualTo("dev");
        assertThat(settings.kafka().embedded()).isTrue();
        assertThat(settings.kafka().port()).isEqualTo(9092);
        assertThat(settings.postgres().port()).isEqualTo(15432);
        assertThat(settings.s3().port()).isEqualTo(9000);
        assertThat(settings.s3().bucket()).isEqualTo("hirehub-resumes-dev");
        assertThat(settings.registry().port()).isEqualTo(8081);
        assertThat(settings.shutdownTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void shouldLetFileOverrideDefaultsEnvironmentOverrideFileAndCommandLineOverrideAll() throws IOException {
        final Path file = dir.resolve("hirehub.properties");
        Files.writeString(file, "kafka.port=1111\npostgres.port=2222\ns3.port=3333\nenv=staging\n");
        final Map<String, String> env =
                Map.of("HIREHUB_POSTGRES_PORT", "4444", "HIREHUB_S3_PORT", "5555", "PATH", "/bin");
        final Map<String, String> cli = Map.of("s3.port", "6666");

        final HirehubSettings settings = HirehubSettings.load(Optional.of(file), env, cli);

        assertThat(settings.kafka().port()).isEqualTo(1111);
        assertThat(settings.postgres().port()).isEqualTo(4444);
        assertThat(settings.s3().port()).isEqualTo(6666);
        assertThat(settings.s3().bucket()).isEqualTo("hirehub-resumes-staging");
        assertThat(settings.registry().port()).isEqualTo(8081);
    }

    @Test
    void shouldSwitchEachPartToExternalInfrastructure() {
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of(
                        "HIREHUB_KAFKA_BOOTSTRAP_SERVERS", "b-1.msk:9092,b-2.msk:9092",
                        "HIREHUB_POSTGRES_JDBC_URL", "jdbc:postgresql://aurora:5432/hirehub",
                        "HIREHUB_S3_ENDPOINT", "https://s3.ap-northeast-2.amazonaws.com",
                        "HIREHUB_REGISTRY_URL", "http://registry:8081"),
                Map.of());

        assertThat(settings.kafka().embedded()).isFalse();
        assertThat(settings.postgres().embedded()).isFalse();
        assertThat(settings.s3().endpoint()).contains(URI.create("https://s3.ap-northeast-2.amazonaws.com"));
        assertThat(settings.registry().embedded()).isFalse();
    }

    @Test
    void shouldRejectAnUnknownKeyInTheConfigFile() throws IOException {
        final Path file = dir.resolve("bad.properties");
        Files.writeString(file, "kafka.prot=9092\n");

        assertThatThrownBy(() -> HirehubSettings.load(Optional.of(file), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting 'kafka.prot' in config file " + file);
    }

    @Test
    void shouldRejectAnUnknownHirehubEnvironmentVariable() {
        assertThatThrownBy(() -> HirehubSettings.load(Optional.empty(), Map.of("HIREHUB_KAFKA_PROT", "1"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting in environment variable HIREHUB_KAFKA_PROT (no key maps to it)");
    }

    @Test
    void shouldNameKeyValueAndSourceOfAMalformedPort() {
        assertThatThrownBy(() -> HirehubSettings.load(Optional.empty(), Map.of("HIREHUB_KAFKA_PORT", "90x2"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid value '90x2' for kafka.port (from environment variable HIREHUB_KAFKA_PORT):"
                        + " expected an integer in 0..65535");
    }

    @Test
    void shouldRejectAPortOutOfRangeOnTheCommandLine() {
        assertThatThrownBy(() -> HirehubSettings.load(Optional.empty(), Map.of(), Map.of("registry.port", "70000")))
                .hasMessage(
                        "invalid value '70000' for registry.port (from command line): expected an integer in 0..65535");
    }

    @Test
    void shouldRejectMalformedEndpoints() {
        assertThatThrownBy(() -> HirehubSettings.load(
                        Optional.empty(), Map.of(), Map.of("kafka.bootstrap.servers", "localhost")))
                .hasMessageContaining("'localhost' for kafka.bootstrap.servers")
                .hasMessageEndingWith("host:port[,host:port...]");
        assertThatThrownBy(() -> HirehubSettings.load(
                        Optional.empty(), Map.of(), Map.of("postgres.jdbc.url", "jdbc:mysql://x/db")))
                .hasMessageContaining("for postgres.jdbc.url");
        assertThatThrownBy(() ->
                        HirehubSettings.load(Optional.empty(), Map.of(), Map.of("s3.endpoint", "s3.amazonaws.com")))
                .hasMessage(
                        "invalid value 's3.amazonaws.com' for s3.endpoint (from command line): expected an http:// or https:// URL");
    }

    @Test
    void shouldParseDurationsAndRejectNonsense() {
        assertThat(HirehubSettings.load(Optional.empty(), Map.of(), Map.of("startup.timeout", "2m"))
                        .startupTimeout())
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(HirehubSettings.load(Optional.empty(), Map.of(), Map.of("startup.timeout", "PT90S"))
                        .startupTimeout())
                .isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> HirehubSettings.load(Optional.empty(), Map.of(), Map.of("shutdown.timeout", "soon")))
                .hasMessage(
                        "invalid value 'soon' for shutdown.timeout (from command line): expected a duration such as 30s, 2m or PT2M");
    }

    @Test
    void shouldNeverPrintSecrets() {
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of("HIREHUB_POSTGRES_PASSWORD", "pg-s3cret", "HIREHUB_S3_SECRET_KEY", "s3-s3cret"),
                Map.of());

        assertThat(settings.toString()).doesNotContain("pg-s3cret").doesNotContain("s3-s3cret");
        assertThat(settings.postgres().password()).isEqualTo("pg-s3cret");
    }

    @Test
    void shouldMapEveryKeyToItsEnvironmentVariable() {
        assertThat(ConfigKeys.KAFKA_BOOTSTRAP_SERVERS.envVar()).isEqualTo("HIREHUB_KAFKA_BOOTSTRAP_SERVERS");
        assertThat(ConfigKeys.all())
                .allSatisfy(
                        key -> assertThat(ConfigKeys.findByEnvVar(key.envVar())).contains(key));
    }

    @Test
    void shouldReadPerServiceDatabaseUrls() {
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of("HIREHUB_POSTGRES_JDBC_URL_RESUME", "jdbc:postgresql://db/hirehub_resume"),
                Map.of());

        assertThat(settings.postgres().serviceJdbcUrls())
                .containsExactly(Map.entry("resume", "jdbc:postgresql://db/hirehub_resume"));
    }

    @Test
    void shouldLeaveCdcKeysAndScriptVariablesToTheirOwners() throws IOException {
        final Path file = dir.resolve("shared.properties");
        Files.writeString(file, "cdc.slot.name=hirehub_cdc\nkafka.port=19092\n");

        final HirehubSettings settings = HirehubSettings.load(
                Optional.of(file),
                Map.of("HIREHUB_CDC_SLOT_NAME", "x", "HIREHUB_JAVA_OPTS", "-Xmx2g", "HIREHUB_LOG_LEVEL", "DEBUG"),
                Map.of("cdc.leader.poll.ms", "1000"));

        assertThat(settings.kafka().port()).isEqualTo(19092);
    }
}
