package io.hirehub.topologies.resume.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final List<Duration> waits = new ArrayList<>();

    private RetryPolicy policy(final RetrySettings settings, final double random) {
        return new RetryPolicy(settings, waits::add, () -> random);
    }

    @Test
    void shouldBackOffExponentiallyUpToTheCap() {
        final RetrySettings settings = new RetrySettings(5, Duration.ofMillis(100), Duration.ofMillis(300), 2.0, 0.0);
        final AtomicInteger calls = new AtomicInteger();

        final String result = policy(settings, 0.5).execute("test", () -> {
            if (calls.incrementAndGet() < 5) {
                throw new ProviderException("p", "HTTP 503", true);
            }
            return "ok";
        });

        assertThat(result).isEqualTo("ok");
        assertThat(waits)
                .containsExactly(
                        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300), Duration.ofMillis(300));
    }

    @Test
    void shouldSpreadWaitsByJitter() {
        final RetrySettings settings = new RetrySettings(2, Duration.ofMillis(1000), Duration.ofSeconds(5), 2.0, 0.2);

        assertThat(policy(settings, 0.0).backoff(1)).isEqualTo(Duration.ofMillis(800));
        assertThat(policy(settings, 1.0).backoff(1)).isEqualTo(Duration.ofMillis(1200));
        assertThat(policy(settings, 0.5).backoff(2)).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void shouldGiveUpAfterMaxAttemptsAndSayHowMany() {
        final AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> policy(RetrySettings.DEFAULT, 0.5).execute("test", () -> {
                    calls.incrementAndGet();
                    throw new ProviderException("p", "timed out", true);
                }))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.getMessage()).isEqualTo("p: timed out");
                });
        assertThat(calls).hasValue(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void shouldNotRetryPermanentFailures() {
        final AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> policy(RetrySettings.DEFAULT, 0.5).execute("test", () -> {
                    calls.incrementAndGet();
                    throw new ProviderException("p", "HTTP 400", false);
                }))
                .isInstanceOf(ProviderException.class);
        assertThat(calls).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void shouldValidateSettingsWithKeyAndValue() {
        assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO, 2, 0))
                .hasMessage("retry max attempts must be 1..10, was 0");
        assertThatThrownBy(() -> new RetrySettings(3, Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0))
                .hasMessage("retry backoff must satisfy 0 <= initial (PT2S) <= max (PT1S)");
        assertThatThrownBy(() -> new RetrySettings(3, Duration.ZERO, Duration.ZERO, 2, 1.5))
                .hasMessage("retry jitter must be 0..1, was 1.5");
    }
}
