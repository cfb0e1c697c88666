package io.hirehub.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code hirehub dev} that was killed (kill -9, the OOM killer, a frozen laptop) leaves in its
 * data dir, recognised and cleaned by the next start, which holds the data dir lock and therefore
 * knows that nothing else may use the directory: the PostgreSQL server it started (a separate process
 * that outlives the JVM, holding its port and its data directory; {@code postgres/postmaster.pid}
 * names it) is stopped, and an {@code endpoints.json} pointing at the dead process is removed.
 */
final class Leftovers {

    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);

    private final Path dataDir;
    private final Processes processes;

    Leftovers(final Path dataDir, final Processes processes) {
        this.dataDir = dataDir;
        this.processes = processes;
    }

    /** Stops an orphaned PostgreSQL and removes stale files; call with the data dir lock held. */
    void clean(final Optional<Long> previousHolder, final Duration stopTimeout) {
        previousHolder
                .filter(pid -> pid != ProcessHandle.current().pid())
                .ifPresent(pid -> LOG.warn(
                        "the previous hirehub dev on {} (pid {}) ended without stopping; cleaning up after it",
                        dataDir,
                        pid));
        stopOrphanedPostgres(stopTimeout);
        removeStaleEndpoints();
    }

    private void stopOrphanedPostgres(final Duration stopTimeout) {
        final Path pidFile = PostmasterPid.file(dataDir.resolve("postgres"));
        final List<String> lines;
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StackException("cannot read " + pidFile + ": " + e.getMessage(), e);
        }
        final Optional<Long> pid = lines.isEmpty() ? Optional.empty() : PostmasterPid.pid(lines.get(0));
        final String port = lines.size() > 3 ? lines.get(3).trim() : "?";
        final boolean running = pid.isPresent() && processes.isPostgresOn(pid.get(), dataDir.resolve("postgres"));
        if (running) {
            LOG.warn(
                    "PostgreSQL left running by a previous hirehub dev (pid {}, port {}): stopping it",
                    pid.get(),
                    port);
            if (!processes.stop(pid.get(), stopTimeout)) {
                throw new StackException("PostgreSQL left running by a previous hirehub dev (pid " + pid.get()
                        + ", port " + port + ") did not stop within " + stopTimeout.toSeconds() + " s; stop it with"
                        + " `kill " + pid.get() + "`");
            }
            LOG.info("stopped the PostgreSQL left running by the previous hirehub dev (pid {})", pid.get());
        }
        // The server is gone: a stale lock file of a dead (or reused) pid would make it refuse to start.
        try {
            if (Files.deleteIfExists(pidFile) && !running) {
                LOG.info("removed a stale postmaster.pid (pid {} no longer runs PostgreSQL)", pid.orElse(-1L));
            }
        } catch (IOException e) {
            throw new StackException("cannot remove the stale " + pidFile + ": " + e.getMessage(), e);
        }
    }

    private void removeStaleEndpoints() {
        try {
            if (Files.deleteIfExists(EndpointsFile.path(dataDir))) {
                LOG.info("removed the endpoints.json of the previous hirehub dev");
            }
        } catch (IOException e) {
            throw new StackException(
                    "cannot remove the stale " + EndpointsFile.path(dataDir) + ": " + e.getMessage(), e);
        }
    }

    /** The operating system's processes, apart so tests can stand in for them. */
    interface Processes {

        /** Whether {@code pid} runs and is a PostgreSQL server of {@code directory} (as far as the OS tells). */
        boolean isPostgresOn(long pid, Path directory);

        /** Asks {@code pid} to stop, then forces it; true once it is gone. */
        boolean stop(long pid, Duration timeout);

        /** The real processes of this machine. */
        Processes SYSTEM = new Processes() {
            @Override
            public boolean isPostgresOn(final long pid, final Path directory) {
                final Optional<ProcessHandle.Info> info =
                        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::info);
                final boolean postgres = info.flatMap(ProcessHandle.Info::command)
                        .map(command ->
                                Path.of(command).getFileName().toString().startsWith("postgres"))
                        .orElse(false);
                // Its -D argument, where the OS shows arguments: never stop another directory's server.
                final boolean ours = info.flatMap(ProcessHandle.Info::arguments)
                        .map(args -> List.of(args).stream()
                                .anyMatch(arg -> arg.contains(
                                        directory.toAbsolutePath().normalize().toString())))
                        .orElse(true);
                return postgres && ours;
            }

            @Override
            public boolean stop(final long pid, final Duration timeout) {
                final Optional<ProcessHandle> process = ProcessHandle.of(pid);
                if (process.isEmpty()) {
                    return true;
                }
                // SIGTERM: PostgreSQL's smart shutdown; the dead JVM's sessions are gone, so it ends at once.
                process.get().destroy();
                if (waitFor(process.get(), timeout)) {
                    return true;
                }
                process.get().destroyForcibly();
                return waitFor(process.get(), Duration.ofSeconds(10));
            }

            private boolean waitFor(final ProcessHandle process, final Duration timeout) {
                try {
                    process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                    return true;
                } catch (TimeoutException | ExecutionException e) {
                    return !process.isAlive();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return !process.isAlive();
                }
            }
        };
    }
}
