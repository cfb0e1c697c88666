package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.testsupport.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code hirehub cdc run} ends with exit code 4 and one line when its engine cannot run at all, here
 * a Kafka address the producer refuses, instead of standing by or retrying forever unseen. It leads
 * a slot of its own on the shared stack's PostgreSQL, so the stack's runner is not disturbed.
 */
class CdcRunFailureIT {

    @Test
    void shouldExitWith4NamingTheCauseWhenTheEngineCannotRun() throws Exception {
        final SharedStack stack = SharedStack.get();
        final Path dataDir = Files.createTempDirectory("hirehub-cdc-run-it-");
        try {
            final CliRun run = CliRun.of(
                    "cdc",
                    "run",
                    "--data-dir",
                    dataDir.toString(),
                    "-s",
                    "postgres.jdbc.url=" + stack.jdbcUrl(),
                    "-s",
                    "postgres.user=" + stack.jdbcUser(),
                    "-s",
                    "kafka.bootstrap.servers=not-a-host",
                    "-s",
                    "registry.url=" + stack.registryUrl(),
                    "-s",
                    "cdc.slot.name=it_cdc_run_failure",
                    "-s",
                    "cdc.publication.name=it_cdc_run_failure");

            assertThat(run.code()).isEqualTo(ExitCodes.START_FAILED);
            assertThat(run.err().strip())
                    .isEqualTo("hirehub cdc run: cannot run: Failed to construct kafka producer: Invalid url in"
                            + " bootstrap.servers: not-a-host");
        } finally {
            SharedStack.deleteRecursively(dataDir);
        }
    }
}
