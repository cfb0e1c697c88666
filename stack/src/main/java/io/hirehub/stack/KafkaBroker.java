package io.hirehub.stack;

import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.stack.txn.HangingTransactions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker in KRaft mode (combined broker and controller) inside
 * this JVM. Its storage is formatted once with Kafka's own {@link Formatter}; later starts on the
 * same directory reuse it, so the cluster id, topics and records survive a restart.
 */
public final class KafkaBroker implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final HirehubSettings settings;
    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private KafkaRaftServer server;

    public KafkaBroker(final HirehubSettings settings) {
        this.settings = settings;
        this.port = Ports.resolve(settings.kafka().port());
        int controller = Ports.resolve(settings.kafka().controllerPort());
        while (controller == port) {
            controller = Ports.freePort();
        }
        this.controllerPort = controller;
        this.logDir = settings.dataDir().resolve("kafka");
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public List<PortClaim> portClaims() {
        return List.of(
                new PortClaim(port, ConfigKeys.KAFKA_PORT),
                new PortClaim(controllerPort, ConfigKeys.KAFKA_CONTROLLER_PORT));
    }

    public String bootstrapServers() {
        return settings.host() + ":" + port;
    }

    @Override
    public void start(final StackContext context) throws Exception {
        final boolean reused = formatOnce();
        final KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady(settings.startupTimeout());
        if (reused) {
            endHangingTransactions();
        }
        context.publishKafka(bootstrapServers());
    }

    /**
     * A broker killed while a transaction was committing restarts as leader and transaction coordinator
     * on its old metadata, before the controller has taken its new registration; the coordinator finds
     * the commit prepared, cannot reach the (fenced) leader of the transaction's partitions, skips their
     * markers as if those partitions were deleted, and records the commit complete. Those partitions then
     * hold the transaction open for good: their stable offset and their group's committed offsets stay
     * behind it, and an exactly-once application restoring or resuming from them never becomes ready.
     * Nothing produces yet at this point, so the markers the coordinator skipped are written here.
     */
    private void endHangingTransactions() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            final HangingTransactions.Repair repair = new HangingTransactions(admin, Duration.ofSeconds(30)).repair();
            if (repair.wroteMarkers() || !repair.failures().isEmpty()) {
                LOG.warn(
                        "Kafka: wrote the markers the last run's transactions never got on {} partition(s) ({}"
                                + " commit, {} abort){}",
                        repair.committed() + repair.aborted(),
                        repair.committed(),
                        repair.aborted(),
                        repair.failures().isEmpty() ? "" : "; refused: " + repair.failures());
            }
        }
    }

    /** Formats the storage unless it already is; returns whether it already was (data from an earlier run). */
    private boolean formatOnce() throws Exception {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            LOG.info("Kafka storage in {} already formatted; reusing its cluster id and data", logDir);
            return true;
        }
        Files.createDirectories(logDir);
        final String clusterId = Uuid.randomUuid().toString();
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(logDir.toString())
                .addDirectory(logDir.toString())
                .run();
        LOG.info("Formatted Kafka storage in {} with cluster id {}", logDir, clusterId);
        LOG.debug("Formatter output: {}", output.toString(StandardCharsets.UTF_8));
        return false;
    }

    private Properties brokerProperties() {
        final Properties props = new Properties();
        final String host = settings.host();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        // Static quorum: the voter's address comes from this config on every start, so the
        // controller port may change between restarts without re-formatting.
        props.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put(
                "listeners",
                "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        // One broker: every internal topic gets the replication it can hold.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "6");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "6");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Laptop-sized: the cleaner's default 128 MB dedupe buffer alone would dominate the heap.
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "4");
        props.put("num.recovery.threads.per.data.dir", "2");
        props.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        props.put("num.partitions", "1");
        return props;
    }

    private void awaitReady(final Duration timeout) throws InterruptedException {
        final Instant deadline = Instant.now().plus(timeout);
        final Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    final int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                            .nodes()
                            .get(5, TimeUnit.SECONDS)
                            .size();
                    if (nodes > 0) {
                        LOG.info(
                                "Kafka broker ready on {} (controller on port {})", bootstrapServers(), controllerPort);
                        return;
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                    LOG.debug("Kafka broker not ready yet: {}", e.toString());
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new StackException("Kafka broker did not become ready within " + timeout + " ("
                            + ConfigKeys.STARTUP_TIMEOUT.name() + ")");
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info("Kafka broker stopped");
        }
    }
}
