package io.hirehub.connectors.cdc;

import static io.hirehub.connectors.cdc.CdcItSupport.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.testsupport.ItTimeouts;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A stopped runner lets go of its replication connection. Left open, the slot's walsender keeps
 * PostgreSQL's shutdown waiting for it until the JVM exits ({@code dev} then overran its 30 s stop).
 */
class CdcRunnerStopIT {

    private final CdcSettings settings = settings("stop");

    @AfterEach
    void dropSlot() {
        CdcItSupport.dropSlot(settings);
    }

    @Test
    void shouldCloseItsReplicationConnectionWhenStopped() throws Exception {
        final CdcRunner runner = new CdcRunner(settings).start();
        Awaitility.await("streaming")
                .atMost(ItTimeouts.WAIT)
                .until(() -> new SlotStatusReader(settings).read().active());

        runner.close();

        // The walsender ends as soon as the client closes its end; a few seconds cover the round trip.
        Awaitility.await("the slot released")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !new SlotStatusReader(settings).read().active());
        assertThat(new SlotStatusReader(settings).read().exists()).isTrue();
    }
}
