package io.hirehub.launcher.status;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.apps.notify.NotificationsApp;
import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.connectors.cdc.SlotStatus;
import io.hirehub.connectors.cdc.SlotStatusReader;
import io.hirehub.connectors.writeback.match.MatchWriteBackSettings;
import io.hirehub.connectors.writeback.notify.NotificationWriteBackSettings;
import io.hirehub.connectors.writeback.resume.ResumeWriteBackSettings;
import io.hirehub.runtime.Failures;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.health.PartStatus;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.topologies.resume.pipeline.ResumePipelineSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Reads a running stack's state from the outside: the slot from PostgreSQL, consumer lag and dead
 * letters from Kafka, what the pipeline produced from the system of record. Each section is read on
 * its own; one that fails is reported as unavailable and the others are still shown.
 */
public final class StackProbe implements AutoCloseable {

    /** The consumer groups of the pipeline, in the order they are shown. */
    public static final List<String> GROUPS = List.of(
            ResumePipelineSettings.DEFAULT.applicationId(),
            ResumeWriteBackSettings.DEFAULT_GROUP_ID,
            MatchingApp.APPLICATION_ID,
            MatchWriteBackSettings.DEFAULT_GROUP_ID,
            io.hirehub.apps.apply.ApplicationsApp.APPLICATION_ID,
            io.hirehub.connectors.writeback.apply.ApplySink.JOB_COUNTS.groupId(),
            io.hirehub.connectors.writeback.apply.ApplySink.APPLICATION_SCORES.groupId(),
            NotificationsApp.APPLICATION_ID,
            NotificationWriteBackSettings.DEFAULT_GROUP_ID);

    private final HirehubSettings settings;
    private final String kafka;
    private final Endpoints.Jdbc jdbc;
    private final Admin admin;

    public StackProbe(final HirehubSettings settings, final String kafka, final Endpoints.Jdbc jdbc) {
        this.settings = settings;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "hirehub-status",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                15_000));
    }

    /** Everything, with the parts and process of {@code status} (from {@code status.json}) when there is one. */
    public StackReport report(final List<PartStatus> parts, final Optional<Long> pid, final Optional<Instant> started) {
        final Map<String, String> unavailable = new LinkedHashMap<>();
        final Optional<SlotStatus> slot = read("cdc", unavailable, this::slot);
        final Map<String, Optional<Long>> lag =
                read("consumer lag", unavailable, this::consumerLag).orElse(Map.of());
        final Optional<PipelineCounts> counts = read("pipeline counts", unavailable, this::counts);
        final Map<String, Optional<Long>> deadLetters =
                read("dead letters", unavailable, this::deadLetters).orElse(Map.of());
        return new StackReport(settings.dataDir(), pid, started, parts, slot, lag, counts, deadLetters, unavailable);
    }

    public SlotStatus slot() throws Exception {
        final Map<String, String> props = new HashMap<>(settings.cdc());
        props.put("postgres.jdbc.url", jdbc.url());
        props.put("postgres.user", jdbc.user());
        props.put("postgres.password", jdbc.password());
        props.put("kafka.bootstrap.servers", kafka);
        // Only the database is read; CdcSettings wants a registry URL, which is never contacted here.
        props.put("registry.url", "http://localhost");
        return new SlotStatusReader(CdcSettings.fromMap(props)).read();
    }

    public Map<String, Optional<Long>> consumerLag() throws Exception {
        return ConsumerLag.of(admin, GROUPS);
    }

    public PipelineCounts counts() throws Exception {
        return PipelineCounts.read(jdbc, settings.postgres());
    }

    public Map<String, Optional<Long>> deadLetters() throws Exception {
        return DeadLetters.count(admin, kafka);
    }

    private static <T> Optional<T> read(
            final String section, final Map<String, String> unavailable, final Section<T> reader) {
        try {
            return Optional.of(reader.read());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unavailable.put(section, "interrupted");
        } catch (Exception e) {
            unavailable.put(section, Failures.describe(e));
        }
        return Optional.empty();
    }

    @FunctionalInterface
    private interface Section<T> {
        T read() throws Exception;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
