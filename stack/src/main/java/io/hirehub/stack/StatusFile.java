package io.hirehub.stack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.runtime.health.PartState;
import io.hirehub.runtime.health.PartStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code DIR/status.json}: the part states of the {@code hirehub dev} running on a data dir, rewritten
 * (atomically) on every change, so {@code hirehub status} can show them from another process without
 * a port of its own. The file stays after a crash; its {@code pid} tells a reader whether it is live.
 */
public final class StatusFile {

    public static final String FILE_NAME = "status.json";

    private static final Logger LOG = LoggerFactory.getLogger(StatusFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * What the file holds.
     *
     * @param pid     the process whose parts these are
     * @param started when that process started
     * @param updated when the file was last written
     * @param parts   every part's status, in start order
     */
    public record Contents(long pid, Instant started, Instant updated, List<Part> parts) {

        /** Whether the process that wrote the file still runs. */
        public boolean live() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }

        public List<PartStatus> statuses() {
            return parts.stream().map(Part::status).toList();
        }
    }

    /** One part as JSON: the state as its lower-case label. */
    public record Part(String name, String state, String detail, boolean retrying, Instant since) {

        static Part of(final PartStatus status) {
            return new Part(status.part(), status.state().label(), status.detail(), status.retrying(), status.since());
        }

        PartStatus status() {
            return new PartStatus(name, PartState.ofLabel(state), detail, retrying, since);
        }
    }

    private final Path dataDir;
    private final long pid;
    private final Instant started;

    private StatusFile(final Path dataDir, final long pid, final Instant started) {
        this.dataDir = dataDir;
        this.pid = pid;
        this.started = started;
    }

    /** Writes {@code board}'s states now and again on every change. */
    public static StatusFile follow(final Path dataDir, final PartBoard board) {
        final ProcessHandle self = ProcessHandle.current();
        final StatusFile file =
                new StatusFile(dataDir, self.pid(), self.info().startInstant().orElse(Instant.now()));
        board.addListener(status -> file.write(board.snapshot()));
        file.write(board.snapshot());
        return file;
    }

    public static Path path(final Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    synchronized void write(final List<PartStatus> statuses) {
        final Contents contents = new Contents(
                pid, started, Instant.now(), statuses.stream().map(Part::of).toList());
        final Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(dataDir);
            Files.writeString(tmp, MAPPER.writeValueAsString(contents) + System.lineSeparator());
            try {
                Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The stack keeps running; only `hirehub status` loses sight of it.
            LOG.warn("cannot write {}: {}", path(dataDir), e.toString());
        }
    }

    /** The file's contents, if there is one. */
    public static Optional<Contents> read(final Path dataDir) {
        final Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), Contents.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
