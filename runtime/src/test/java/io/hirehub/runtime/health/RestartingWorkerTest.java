package io.hirehub.runtime.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A write-back loop never dies unseen: it is restarted after an outage and left failed after an Error. */
class RestartingWorkerTest {

    private final PartHealth health = new PartBoard().health("match-writeback");

    @Test
    void shouldRestartAFreshWorkerAfterAFailureARetryCanHelp() {
        final AtomicInteger created = new AtomicInteger();
        try (RestartingWorker<Loop> worker = RestartingWorker.start("test-writeback", health, () -> {
            final int attempt = created.incrementAndGet();
            return attempt == 1
                    ? new Loop(() -> {
                        throw new IllegalStateException("match write-back failed: connection refused");
                    })
                    : new Loop(() -> health.running("consuming hirehub.match.matches"));
        })) {
            await().atMost(Duration.ofSeconds(10)).until(() -> health.status().state() == PartState.RUNNING);

            assertThat(created.get()).isEqualTo(2);
            assertThat(health.lastFailure())
                    .get()
                    .hasToString("java.lang.IllegalStateException: match write-back failed: connection refused");
        }
    }

    @Test
    void shouldLeaveThePartFailedAfterAnErrorARetryCannotHelp() {
        final AtomicInteger created = new AtomicInteger();
        try (RestartingWorker<Loop> worker = RestartingWorker.start("test-writeback", health, () -> {
            created.incrementAndGet();
            return new Loop(() -> {
                throw new NoClassDefFoundError("org/postgresql/Driver");
            });
        })) {
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> health.status().state() == PartState.FAILED
                            && !health.status().retrying());

            assertThat(health.status().detail()).isEqualTo("NoClassDefFoundError: org/postgresql/Driver");
            assertThat(created.get()).isEqualTo(1);
        }
    }

    @Test
    void shouldStopTheRunningWorkerOnClose() {
        final Loop loop = new Loop(() -> health.running("consuming"));
        final RestartingWorker<Loop> worker = RestartingWorker.start("test-writeback", health, () -> loop);
        await().atMost(Duration.ofSeconds(10)).until(() -> health.status().state() == PartState.RUNNING);

        worker.close(Duration.ofSeconds(5));

        assertThat(loop.closed.getCount()).isZero();
        assertThat(health.status().state()).isEqualTo(PartState.RUNNING);
    }

    /** A worker that runs {@code body} and then waits to be closed, like a write-back's poll loop. */
    private static final class Loop implements Runnable, AutoCloseable {
        private final Runnable body;
        private final CountDownLatch closed = new CountDownLatch(1);

        Loop(final Runnable body) {
            this.body = body;
        }

        @Override
        public void run() {
            body.run();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }
}
