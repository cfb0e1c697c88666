package io.hirehub.stack;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.runtime.health.PartHealth;
import io.hirehub.stack.config.HirehubSettings;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parts of a starting stack share: the settings and the endpoints published so far.
 * A part reads the endpoints of the parts before it (the registry needs Kafka's bootstrap
 * servers) and publishes its own.
 */
public final class StackContext {

    private final HirehubSettings settings;
    private final PartBoard board;
    private String kafka;
    private Endpoints.Jdbc jdbc;
    private Endpoints.S3 s3;
    private String registry;
    private String edge;

    public StackContext(final HirehubSettings settings) {
        this(settings, new PartBoard());
    }

    public StackContext(final HirehubSettings settings, final PartBoard board) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.board = Objects.requireNonNull(board, "board");
    }

    /** The state of {@code part} (a part's own name or one of its {@link StackComponent#parts()}). */
    public PartHealth health(final String part) {
        return board.health(part);
    }

    /** Every part's state. */
    public PartBoard board() {
        return board;
    }

    public HirehubSettings settings() {
        return settings;
    }

    public Path dataDir() {
        return settings.dataDir();
    }

    public synchronized void publishKafka(final String bootstrapServers) {
        this.kafka = Objects.requireNonNull(bootstrapServers);
    }

    public synchronized void publishJdbc(final Endpoints.Jdbc endpoint) {
        this.jdbc = Objects.requireNonNull(endpoint);
    }

    public synchronized void publishS3(final Endpoints.S3 endpoint) {
        this.s3 = Objects.requireNonNull(endpoint);
    }

    public synchronized void publishRegistry(final String url) {
        this.registry = Objects.requireNonNull(url);
    }

    public synchronized void publishEdge(final String url) {
        this.edge = Objects.requireNonNull(url);
    }

    public synchronized String kafka() {
        return require(kafka, "kafka");
    }

    public synchronized Endpoints.Jdbc jdbc() {
        return require(jdbc, "jdbc");
    }

    public synchronized Endpoints.S3 s3() {
        return require(s3, "s3");
    }

    public synchronized Optional<String> registry() {
        return Optional.ofNullable(registry);
    }

    /** Everything published; the three core endpoints must be there. */
    public synchronized Endpoints endpoints() {
        return new Endpoints(kafka(), jdbc(), s3(), registry, edge, null);
    }

    private static <T> T require(final T value, final String what) {
        if (value == null) {
            throw new IllegalStateException(
                    "no " + what + " endpoint published yet: a part started before the part it needs");
        }
        return value;
    }
}
