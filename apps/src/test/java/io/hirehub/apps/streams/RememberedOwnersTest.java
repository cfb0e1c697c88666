package io.hirehub.apps.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RememberedOwnersTest {

    private static final KeyOwners AT_A = owners("a");
    private static final KeyOwners AT_B = owners("b");

    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger lookups = new AtomicInteger();
    private final RememberedOwners<String> remembered = new RememberedOwners<>(3, Duration.ofSeconds(1), now::get);

    private static KeyOwners owners(final String host) {
        return new KeyOwners(0, Optional.of(new HostAddress(host, 8080)), List.of(), false);
    }

    private Supplier<KeyOwners> lookup(final KeyOwners answer) {
        return () -> {
            lookups.incrementAndGet();
            return answer;
        };
    }

    private KeyOwners ask(final String key, final KeyOwners assignment) {
        return remembered.owners(key, running::get, lookup(assignment));
    }

    @Test
    void shouldLookAKeyUpOnceWhileTheApplicationRunsOn() {
        assertThat(ask("job-1", AT_A)).isEqualTo(AT_A);
        assertThat(ask("job-1", AT_B)).as("remembered, not looked up").isEqualTo(AT_A);
        assertThat(ask("job-2", AT_B)).isEqualTo(AT_B);

        assertThat(lookups).hasValue(2);
    }

    @Test
    void shouldLookUpAgainAfterAnyStateChange() {
        ask("job-1", AT_A);

        remembered.forget();

        assertThat(ask("job-1", AT_B)).isEqualTo(AT_B);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void shouldNeitherGiveNorRememberOwnersWhileRebalancing() {
        ask("job-1", AT_A);
        // RUNNING -> REBALANCING: the state is set, then the listeners hear of it.
        running.set(false);

        assertThat(ask("job-1", AT_B)).as("rebalancing: asked afresh").isEqualTo(AT_B);
        assertThat(ask("job-1", AT_B)).isEqualTo(AT_B);
        remembered.forget();
        assertThat(ask("job-1", AT_A)).isEqualTo(AT_A);
        assertThat(lookups).hasValue(4);

        // REBALANCING -> RUNNING
        running.set(true);
        remembered.forget();
        assertThat(ask("job-1", AT_B)).isEqualTo(AT_B);
        assertThat(ask("job-1", AT_A)).as("remembered again once running").isEqualTo(AT_B);
        assertThat(lookups).hasValue(5);
    }

    @Test
    void shouldNotRememberOwnersLookedUpAcrossAStateChange() {
        // The lookup is slow: the assignment changes while it runs.
        assertThat(remembered.owners("job-1", running::get, () -> {
                    remembered.forget();
                    return AT_A;
                }))
                .isEqualTo(AT_A);

        assertThat(ask("job-1", AT_B))
                .as("the older generation's lookup is not given")
                .isEqualTo(AT_B);
        assertThat(ask("job-1", AT_A)).isEqualTo(AT_B);
    }

    @Test
    void shouldNotRememberAnUnavailableKey() {
        assertThat(ask("job-1", KeyOwners.unavailable())).isEqualTo(KeyOwners.unavailable());
        assertThat(ask("job-1", AT_A)).isEqualTo(AT_A);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void shouldLookUpAgainOnceRememberedOwnersAreTooOld() {
        ask("job-1", AT_A);
        now.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(ask("job-1", AT_B)).isEqualTo(AT_A);

        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(ask("job-1", AT_B)).isEqualTo(AT_B);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void shouldHoldNoMoreThanItsCapacity() {
        for (int i = 0; i < 10; i++) {
            ask("job-" + i, AT_A);
            assertThat(remembered.size()).isBetween(1, 3);
        }
        assertThat(ask("job-9", AT_B)).as("the newest key is still remembered").isEqualTo(AT_A);
    }

    @Test
    void shouldRefuseANonPositiveCapacityOrAge() {
        assertThatThrownBy(() -> new RememberedOwners<String>(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be positive, was 0");
        assertThatThrownBy(() -> new RememberedOwners<String>(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxAge must be positive, was PT0S");
    }
}
