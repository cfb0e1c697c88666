package io.hirehub.launcher.it.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.connectors.cdc.CdcItSupport;
import io.hirehub.connectors.cdc.CdcItSupport.TopicReader;
import io.hirehub.connectors.cdc.CdcRunner;
import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.connectors.cdc.SlotStatusReader;
import io.hirehub.launcher.cdc.CdcCommand;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A leader runner in its own JVM is killed (destroyForcibly, no flush, no offset commit) in the
 * middle of a burst; the standby in this JVM must take over within 30 s and every committed row
 * must reach its topic (duplicates allowed).
 */
class CdcFailoverIT {

    private static final Logger LOG = LoggerFactory.getLogger(CdcFailoverIT.class);
    private static final int ROWS = 5_000;
    private static final int ROWS_PER_TX = 1;

    @Test
    void shouldTakeOverWithin30SecondsAfterLeaderKilledMidBurstAndLoseNothing() throws Exception {
        final Map<String, String> map = CdcItSupport.settingsMap("failover");
        final CdcSettings settings = CdcSettings.fromMap(map);
        final Path log = Files.createTempFile("cdc-leader-", ".log");
        final Process leader = startRunnerProcess(map, log);
        CdcRunner standby = null;
        try {
            Awaitility.await("child runner leads and streams")
                    .atMost(ItTimeouts.WAIT)
                    .until(() -> new SlotStatusReader(settings).read().active());
            standby = new CdcRunner(settings).start();
            final CdcRunner waiting = standby;
            Awaitility.await("standby stays standby")
                    .during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(6))
                    .until(() -> !waiting.isLeader());

            final String prefix = "burst-" + UUID.randomUUID() + "-";
            final List<String> ids = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                ids.add(UUID.randomUUID().toString());
            }
            final AtomicInteger written = new AtomicInteger();
            final CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> insertBurst(ids, prefix, written));

            try (TopicReader reader = new TopicReader(Topics.SKILL_TAGS.name())) {
                final Set<String> wanted = new HashSet<>(ids);
                reader.until(
                        all -> all.stream()
                                        .filter(r -> wanted.contains(r.key()))
                                        .count()
                                >= 200,
                        ItTimeouts.WAIT);
                leader.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                final long killedAt = System.nanoTime();
                LOG.info("killed the leader after {} of {} rows were written", written.get(), ROWS);

                Awaitility.await("standby takes over")
                        .atMost(Duration.ofSeconds(30))
                        .until(waiting::isLeader);
                final Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
                LOG.info("standby took over in {} ms", takeover.toMillis());
                assertThat(takeover).isLessThan(Duration.ofSeconds(30));

                burst.get(120, TimeUnit.SECONDS);
                final List<ConsumerRecord<String, byte[]>> all = reader.until(
                        read -> read.stream()
                                        .map(ConsumerRecord::key)
                                        .filter(wanted::contains)
                                        .distinct()
                                        .count()
                                == ROWS,
                        ItTimeouts.WAIT);
                final long delivered =
                        all.stream().filter(r -> wanted.contains(r.key())).count();
                LOG.info(
                        "all {} rows delivered after the kill ({} records, {} duplicates)",
                        ROWS,
                        delivered,
                        delivered - ROWS);
                assertThat(all.stream()
                                .map(ConsumerRecord::key)
                                .filter(wanted::contains)
                                .distinct()
                                .count())
                        .isEqualTo(ROWS);
            }
        } finally {
            if (leader.isAlive()) {
                leader.destroyForcibly();
            }
            if (standby != null) {
                standby.close();
            }
            CdcItSupport.dropSlot(settings);
        }
    }

    private static void insertBurst(final List<String> ids, final String prefix, final AtomicInteger written) {
        try (Connection c = SharedStack.get().connection();
                PreparedStatement st = c.prepareStatement(
                        "INSERT INTO job_service.skill_tags (id, name, category) VALUES (?::uuid, ?, 'cloud')")) {
            c.setAutoCommit(false);
            for (int i = 0; i < ids.size(); i++) {
                st.setString(1, ids.get(i));
                st.setString(2, prefix + i);
                st.addBatch();
                if ((i + 1) % ROWS_PER_TX == 0 || i == ids.size() - 1) {
                    st.executeBatch();
                    c.commit();
                    written.set(i + 1);
                }
            }
        } catch (final Exception e) {
            throw new IllegalStateException("burst insert failed", e);
        }
    }

    /** {@code hirehub cdc run} in a separate JVM with the same settings. */
    static Process startRunnerProcess(final Map<String, String> settings, final Path log) throws Exception {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CdcCommand.class.getName());
        command.add("run");
        settings.forEach((k, v) -> {
            command.add("--set");
            command.add(k + "=" + v);
        });
        final ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HIREHUB_"));
        LOG.info("starting a CDC runner process, log in {}", log);
        return builder.start();
    }
}
