package io.hirehub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The runner never fails unseen: an unreachable database is a transient failure it reports and
 * retries; it stops cleanly on close. (Permanent failures need a database: see CdcRunnerFailureIT.)
 */
class CdcRunnerSupervisionTest {

    @Test
    void shouldReportAnUnreachableDatabaseAsRestartingWithItsCauseAndKeepTrying() throws Exception {
        final int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        final List<CdcState> states = new CopyOnWriteArrayList<>();
        final CdcRunner runner = new CdcRunner(CdcSettings.fromMap(Map.of(
                        "postgres.jdbc.url", "jdbc:postgresql://localhost:" + closedPort + "/hirehub",
                        "kafka.bootstrap.servers", "localhost:1",
                        "registry.url", "http://localhost:1",
                        "cdc.leader.poll.ms", "100")))
                .onState(states::add);
        try {
            runner.start();

            await().atMost(Duration.ofSeconds(20)).until(() -> runner.state().phase() == CdcState.Phase.RESTARTING);
            assertThat(runner.state().detail()).contains("Connection to localhost:" + closedPort + " refused");
            assertThat(runner.state().failure()).isPresent();
            assertThat(runner.failure()).isNotDone();
            assertThat(runner.isLeader()).isFalse();
        } finally {
            runner.close();
        }
        assertThat(runner.state().phase()).isEqualTo(CdcState.Phase.STOPPED);
        assertThat(states).extracting(CdcState::phase).doesNotContain(CdcState.Phase.STANDBY, CdcState.Phase.FAILED);
    }
}
