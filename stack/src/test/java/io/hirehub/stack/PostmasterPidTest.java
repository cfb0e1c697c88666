package io.hirehub.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmasterPidTest {

    @TempDir
    Path postgresDir;

    @Test
    void shouldReadThePidOnTheFirstLine() throws IOException {
        Files.writeString(
                PostmasterPid.file(postgresDir), "4242\n" + postgresDir + "\n1733270000\n54321\n/tmp\nlocalhost\n");

        assertThat(PostmasterPid.read(postgresDir)).contains(4242L);
    }

    @Test
    void shouldBeEmptyWithoutAFileOrWithAMalformedOne() throws IOException {
        assertThat(PostmasterPid.read(postgresDir)).isEmpty();

        Files.writeString(PostmasterPid.file(postgresDir), "");
        assertThat(PostmasterPid.read(postgresDir)).isEmpty();

        Files.writeString(PostmasterPid.file(postgresDir), "not-a-pid\n");
        assertThat(PostmasterPid.read(postgresDir)).isEmpty();
    }

    @Test
    void shouldTrimTheFirstLine() {
        assertThat(PostmasterPid.pid("  17 ")).contains(17L);
        assertThat(PostmasterPid.pid("17a")).isEmpty();
    }
}
