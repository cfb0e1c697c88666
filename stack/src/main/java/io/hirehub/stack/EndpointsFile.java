package io.hirehub.stack;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hirehub.runtime.endpoints.Endpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes {@code DIR/endpoints.json}, atomically so a reader never sees half a file. */
public final class EndpointsFile {

    public static final String FILE_NAME = "endpoints.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EndpointsFile() {}

    public static Path path(final Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    public static void write(final Path dataDir, final Endpoints endpoints) {
        try {
            Files.createDirectories(dataDir);
            final Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
            // Credentials inside: readable by the owner only where the file system allows it.
            Files.writeString(tmp, toJson(endpoints));
            restrictToOwner(tmp);
            try {
                Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path(dataDir), e);
        }
    }

    /** The endpoints of a stack that wrote {@code DIR/endpoints.json}, if the file exists. */
    public static Optional<Endpoints> read(final Path dataDir) {
        final Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(MAPPER.readValue(file.toFile(), Endpoints.class));
        } catch (IOException e) {
            throw new StackException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static void delete(final Path dataDir) {
        try {
            Files.deleteIfExists(path(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path(dataDir), e);
        }
    }

    public static String toJson(final Endpoints endpoints) {
        try {
            return MAPPER.writeValueAsString(endpoints) + System.lineSeparator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restrictToOwner(final Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: keep the default permissions.
        }
    }
}
