package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A crash needs no person: {@code dev --demo} from the packaged launcher is killed with SIGKILL while
 * the demo's resumes are being analysed; its PostgreSQL outlives it, holding its port and data
 * directory. The same command on the same data dir recognises the leftovers, stops them, and the
 * pipeline resumes with nothing lost or doubled: every resume ready, one resume.processed event each,
 * four ai_tasks each.
 */
class DemoCrashRecoveryIT {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCrashRecoveryIT.class);
    private static final Duration READY = ItTimeouts.WAIT;
    /** A whole demo load is many awaited outcomes in a row. */
    private static final Duration DEMO = ItTimeouts.WAIT.multipliedBy(2);

    private static final int DEMO_RESUMES = 1_000;

    private Path dataDir;

    @BeforeEach
    void createDataDir() throws Exception {
        dataDir = Files.createTempDirectory("hirehub-crash-it-");
    }

    @AfterEach
    void deleteDataDir() throws Exception {
        // The restarted dev's log outlives the data dir (target/), so a failed recovery can be read afterwards.
        final Path log = dataDir.resolve("logs").resolve("hirehub.log");
        if (Files.exists(log)) {
            Files.copy(
                    log,
                    Files.createDirectories(Path.of("target")).resolve("DemoCrashRecoveryIT-hirehub.log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        SharedStack.deleteRecursively(dataDir);
    }

    @Test
    void shouldRecoverFromSigkillMidDemoWithNothingLostOrDoubled() throws Exception {
        final long orphan;
        try (DevProcess dev = DevProcess.startAsTheScriptDoes(dataDir, "--demo")) {
            final DemoChecks checks = new DemoChecks(dev.awaitReady(READY));
            await("the demo loaded and being analysed")
                    .atMost(DEMO)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.exists(dataDir.resolve("demo-loaded.json"))
                            && checks.progress().ready() >= 100);
            orphan = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .trim());
            dev.kill();
            final long readyAtKill = checks.count("SELECT count(*) FROM resume_service.resumes WHERE status = 'ready'");
            LOG.info("killed hirehub dev with {} of {} demo resumes ready", readyAtKill, DEMO_RESUMES);
            assertThat(readyAtKill).as("killed mid-demo").isLessThan(DEMO_RESUMES);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("PostgreSQL outlives a killed dev")
                .contains(true);
        assertThat(dataDir.resolve("endpoints.json")).exists();

        // After SIGKILL the apps restore their state from the changelogs; on a loaded two-core CI machine
        // that has taken over the default 120 s, and a transaction the killed process left Ongoing holds its
        // partitions until it times out (matching's transaction.timeout.ms is 300 s). One it left committing
        // used to hang for good (Kafka skipped its markers; the kafka part now writes them, see
        // HangingTransactions). This test is about nothing lost or doubled, not speed: the restart gets 600 s.
        try (DevProcess dev = DevProcess.startAsTheScriptDoes(dataDir, "--demo", "-s", "startup.timeout=600s")) {
            final Endpoints endpoints = dev.awaitReady(Duration.ofMinutes(11));
            assertThat(dev.stderr())
                    .contains("PostgreSQL left running by a previous hirehub dev (pid " + orphan + ", port ")
                    .contains("ended without stopping");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            final DemoChecks checks = new DemoChecks(endpoints);
            await("every demo resume ready")
                    .atMost(DEMO)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> checks.progress().ready() == DEMO_RESUMES);
            dev.awaitStdout("Demo through", ItTimeouts.WAIT);

            assertThat(checks.progress().resumes()).isEqualTo(DEMO_RESUMES);
            assertThat(checks.count("SELECT count(*) FROM ai_service.ai_tasks")).isEqualTo(4L * DEMO_RESUMES);
            assertThat(checks.count("SELECT count(DISTINCT (task_type, source_id)) FROM ai_service.ai_tasks"))
                    .isEqualTo(4L * DEMO_RESUMES);
            final Map<String, Set<String>> processed = checks.processedEventIds(DEMO_RESUMES);
            assertThat(processed).hasSize(DEMO_RESUMES);
            assertThat(processed.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));

            dev.terminate();
            dev.awaitExit(Duration.ofSeconds(30));
        }
    }
}
