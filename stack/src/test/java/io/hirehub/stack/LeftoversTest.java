package io.hirehub.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed dev leaves in its data dir is recognised and cleaned; nothing else is touched. */
class LeftoversTest {

    @TempDir
    Path dataDir;

    private final List<String> calls = new ArrayList<>();

    @Test
    void shouldStopAPostgresLeftRunningOnTheDataDirAndRemoveItsLockFile() throws Exception {
        writePostmasterPid(4242, 15432);

        leftovers(true, true).clean(Optional.of(999_999_999L), Duration.ofSeconds(30));

        assertThat(calls).containsExactly("isPostgresOn 4242", "stop 4242");
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldRemoveAStalePostmasterPidWhoseProcessIsGone() throws Exception {
        writePostmasterPid(4242, 15432);

        leftovers(false, true).clean(Optional.empty(), Duration.ofSeconds(30));

        assertThat(calls).doesNotContain("stop 4242");
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldNameThePidWhenTheLeftoverPostgresWillNotStop() throws Exception {
        writePostmasterPid(4242, 15432);

        assertThatThrownBy(() -> leftovers(true, false).clean(Optional.empty(), Duration.ofSeconds(30)))
                .isInstanceOf(StackException.class)
                .hasMessage("PostgreSQL left running by a previous hirehub dev (pid 4242, port 15432) did not stop"
                        + " within 30 s; stop it with `kill 4242`");
    }

    @Test
    void shouldRemoveTheEndpointsFileOfTheDeadProcess() throws Exception {
        Files.writeString(EndpointsFile.path(dataDir), "{}");

        leftovers(false, true).clean(Optional.of(999_999_999L), Duration.ofSeconds(30));

        assertThat(EndpointsFile.path(dataDir)).doesNotExist();
    }

    @Test
    void shouldDoNothingOnACleanDataDir() {
        leftovers(true, true).clean(Optional.empty(), Duration.ofSeconds(30));

        assertThat(calls).isEmpty();
    }

    private void writePostmasterPid(final long pid, final int port) throws Exception {
        final Path postgres = Files.createDirectories(dataDir.resolve("postgres"));
        // PostgreSQL's lock file: pid, data dir, start time, port, socket dir, listen address, shm key, status.
        Files.writeString(
                postgres.resolve("postmaster.pid"),
                pid + "\n" + postgres + "\n1796307002\n" + port + "\n/tmp\nlocalhost\n  1234  5678\nready   \n");
    }

    private Leftovers leftovers(final boolean running, final boolean stops) {
        return new Leftovers(dataDir, new Leftovers.Processes() {
            private boolean alive = running;

            @Override
            public boolean isPostgresOn(final long pid, final Path directory) {
                calls.add("isPostgresOn " + pid);
                assertThat(directory).isEqualTo(dataDir.resolve("postgres"));
                return alive;
            }

            @Override
            public boolean stop(final long pid, final Duration timeout) {
                calls.add("stop " + pid);
                alive = !stops;
                return stops;
            }
        });
    }
}
