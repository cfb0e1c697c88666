package io.hirehub.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Part states: what the ready check waits for, what listeners (the status file) hear. */
class PartHealthTest {

    private final PartBoard board = new PartBoard();

    @Test
    void shouldListPartsInRegistrationOrderStartingAsStarting() {
        board.health("kafka");
        board.health("cdc");
        board.health("kafka");

        assertThat(board.snapshot()).extracting(PartStatus::part).containsExactly("kafka", "cdc");
        assertThat(board.snapshot()).extracting(PartStatus::state).containsOnly(PartState.STARTING);
    }

    @Test
    void shouldTellListenersEveryChangeOnce() {
        final List<String> heard = Collections.synchronizedList(new ArrayList<>());
        board.addListener(
                status -> heard.add(status.part() + " " + status.state().label() + " " + status.detail()));
        final PartHealth cdc = board.health("cdc");

        cdc.running("streaming slot hirehub_cdc");
        cdc.running("streaming slot hirehub_cdc");
        cdc.failed(new NoClassDefFoundError("org/apache/kafka/connect/storage/OffsetBackingStore"));

        assertThat(heard)
                .containsExactly(
                        "cdc running streaming slot hirehub_cdc",
                        "cdc failed NoClassDefFoundError: org/apache/kafka/connect/storage/OffsetBackingStore");
    }

    @Test
    void shouldReturnFromAwaitRunningOnceThePartRuns() throws Exception {
        final PartHealth part = board.health("matching");
        final Thread starter = new Thread(() -> part.running("2 stream threads RUNNING"));
        starter.start();

        part.awaitRunning(Duration.ofSeconds(10));

        assertThat(part.status().state()).isEqualTo(PartState.RUNNING);
    }

    @Test
    void shouldFailAwaitRunningAtOnceWhenThePartFailsForGood() {
        final PartHealth part = board.health("cdc");
        part.failed(new NoClassDefFoundError("org/apache/kafka/connect/storage/OffsetBackingStore"));

        assertThatThrownBy(() -> part.awaitRunning(Duration.ofMinutes(5)))
                .isInstanceOf(PartFailedException.class)
                .hasMessage("cdc: NoClassDefFoundError: org/apache/kafka/connect/storage/OffsetBackingStore")
                .hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void shouldKeepWaitingWhileAPartRetriesAndNameItsLastFailureOnTimeout() {
        final PartHealth part = board.health("resume-writeback");
        part.retrying(
                new IllegalStateException("write failed", new SQLException("connection refused")),
                Duration.ofSeconds(2));

        assertThat(part.status().state()).isEqualTo(PartState.FAILED);
        assertThat(part.status().retrying()).isTrue();
        assertThat(part.status().detail()).isEqualTo("write failed: connection refused; retrying in 2 s");
        assertThatThrownBy(() -> part.awaitRunning(Duration.ofSeconds(1)))
                .isInstanceOf(PartFailedException.class)
                .hasMessage("resume-writeback: not running within 1 s (startup.timeout), still failed"
                        + " (write failed: connection refused; retrying in 2 s); last failure write failed:"
                        + " connection refused");
    }

    @Test
    void shouldTreatAPartThatIsOffAsReady() throws Exception {
        final PartHealth part = board.health("matching");
        part.off("no schema registry to decode profiles with");

        part.awaitRunning(Duration.ofMillis(1));

        assertThat(part.status().failed()).isFalse();
    }
}
