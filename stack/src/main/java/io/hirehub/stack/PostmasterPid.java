package io.hirehub.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** PostgreSQL's {@code postmaster.pid}: its first line is the server's pid, its fourth the port. */
final class PostmasterPid {

    private PostmasterPid() {}

    /** The lock file of the server whose data directory is {@code postgresDir}. */
    static Path file(final Path postgresDir) {
        return postgresDir.resolve("postmaster.pid");
    }

    /** The pid the file names; empty when it is absent, unreadable or malformed. */
    static Optional<Long> read(final Path postgresDir) {
        try {
            final List<String> lines = Files.readAllLines(file(postgresDir), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : pid(lines.get(0));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The pid on a file's first line. */
    static Optional<Long> pid(final String firstLine) {
        try {
            return Optional.of(Long.parseLong(firstLine.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
