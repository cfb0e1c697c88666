package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.KafkaBroker;
import io.hirehub.stack.TopicsSetup;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.testsupport.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stand-alone {@code resume-pipeline run} and {@code matching run} stop within
 * {@code shutdown.timeout} after SIGTERM, as {@code dev} does, even when the broker is gone and
 * closing their Streams application and write-back cannot finish. Each runs from the packaged jar
 * against the shared stack's PostgreSQL, S3 and registry and a broker of its own, which the test
 * stops before it sends SIGTERM.
 */
class StandaloneStopIT {

    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(3);
    /**
     * JVM exit after the deadline. Without a deadline both runners took 20.5 s here (Kafka Streams'
     * close timeout with the broker gone); with it 3.4 s and 0.7 s.
     */
    private static final Duration EXIT_SLACK = Duration.ofSeconds(10);

    @ParameterizedTest
    @ValueSource(strings = {"resume-pipeline", "matching"})
    void shouldExitWithinTheShutdownTimeoutAfterSigtermWithoutABroker(final String command) throws Exception {
        final SharedStack stack = SharedStack.get();
        final Path brokerDir = Files.createTempDirectory("hirehub-standalone-broker-it-");
        final Path dataDir = Files.createTempDirectory("hirehub-standalone-stop-it-");
        final HirehubSettings brokerSettings = SharedStack.testSettings(brokerDir);
        final KafkaBroker kafka = new KafkaBroker(brokerSettings);
        Process process = null;
        try (EmbeddedStack broker = EmbeddedStack.start(
                brokerSettings,
                List.of(kafka, new TopicsSetup(brokerSettings.kafka().partitions())))) {
            final Path err = DevProcess.runnerErr(dataDir, command);
            final Process running = DevProcess.startRunner(
                    command,
                    dataDir,
                    command,
                    List.of(
                            "kafka.bootstrap.servers=" + kafka.bootstrapServers(),
                            "postgres.jdbc.url=" + stack.jdbcUrl(),
                            "postgres.user=" + stack.jdbcUser(),
                            "s3.endpoint=" + stack.s3Endpoint(),
                            "s3.bucket=" + stack.bucket(),
                            "registry.url=" + stack.registryUrl(),
                            "shutdown.timeout=" + SHUTDOWN_TIMEOUT.toSeconds() + "s"));
            process = running;

            broker.close(); // the broker is gone: closing the Streams app and its write-back cannot finish
            final long begin = System.nanoTime();
            running.destroy(); // SIGTERM
            final boolean exited =
                    running.waitFor(SHUTDOWN_TIMEOUT.plus(EXIT_SLACK).toMillis(), TimeUnit.MILLISECONDS);
            final Duration took = Duration.ofNanos(System.nanoTime() - begin);

            assertThat(exited)
                    .as(
                            "hirehub %s run exited within shutdown.timeout + %s s after SIGTERM; stderr:%n%s",
                            command, EXIT_SLACK.toSeconds(), Files.readString(err))
                    .isTrue();
            assertThat(took).isLessThan(SHUTDOWN_TIMEOUT.plus(EXIT_SLACK));
        } finally {
            if (process != null) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            SharedStack.deleteRecursively(dataDir);
            SharedStack.deleteRecursively(brokerDir);
        }
    }
}
