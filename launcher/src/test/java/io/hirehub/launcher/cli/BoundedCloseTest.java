package io.hirehub.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BoundedCloseTest {

    @Test
    void shouldReportACloseThatFinishesInTime() {
        final AtomicBoolean closed = new AtomicBoolean();

        final BoundedClose.Result result = BoundedClose.close("test", () -> closed.set(true), Duration.ofSeconds(30));

        assertThat(closed).isTrue();
        assertThat(result.finished()).isTrue();
        assertThat(result.clean()).isTrue();
        assertThat(result.failure()).isEmpty();
    }

    @Test
    void shouldGiveUpOnACloseThatOutlivesTheDeadline() throws InterruptedException {
        // A close blocked on something that is gone (e.g. a broker) never returns by itself.
        final CountDownLatch never = new CountDownLatch(1);
        final CountDownLatch closing = new CountDownLatch(1);

        final BoundedClose.Result result = BoundedClose.close(
                "test",
                () -> {
                    closing.countDown();
                    never.await();
                },
                Duration.ofMillis(300));

        assertThat(closing.getCount()).isZero();
        assertThat(result.finished()).isFalse();
        assertThat(result.clean()).isFalse();
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        // The caller gets control back long before the close would ever return.
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(30));
        never.countDown();
    }

    @Test
    void shouldReportWhatCloseThrew() {
        final IllegalStateException boom = new IllegalStateException("pool already closed");

        final BoundedClose.Result result = BoundedClose.close(
                "test",
                () -> {
                    throw boom;
                },
                Duration.ofSeconds(30));

        assertThat(result.finished()).isTrue();
        assertThat(result.clean()).isFalse();
        assertThat(result.failure()).containsSame(boom);
    }
}
