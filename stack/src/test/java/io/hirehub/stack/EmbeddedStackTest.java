package io.hirehub.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.HirehubSettings;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start order, stop order and failure handling of the stack, with parts that only record what happens. */
class EmbeddedStackTest {

    @TempDir
    Path dataDir;

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @Test
    void shouldStartEachPartAfterItsDependenciesAndStopInReverse() {
        final EmbeddedStack stack = EmbeddedStack.start(
                settings(),
                List.of(
                        part("registry", List.of("kafka"), null),
                        part("kafka", List.of(), null),
                        part("bucket", List.of("s3"), null),
                        part("s3", List.of(), null)));

        assertThat(events).containsSubsequence("start kafka", "start registry");
        assertThat(events).containsSubsequence("start s3", "start bucket");
        events.clear();
        stack.close();

        assertThat(events).containsExactlyInAnyOrder("stop kafka", "stop registry", "stop s3", "stop bucket");
        assertThat(events).containsSubsequence("stop registry", "stop kafka");
        assertThat(events).containsSubsequence("stop bucket", "stop s3");
    }

    @Test
    void shouldRefuseADependencyCycle() {
        assertThatThrownBy(() -> EmbeddedStack.start(
                        settings(), List.of(part("a", List.of("b"), null), part("b", List.of("a"), null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stack parts depend on each other in a cycle through a");
        assertThat(events).isEmpty();
    }

    @Test
    void shouldCloseWhatStartedAndNameThePartThatFailed() {
        assertThatThrownBy(() -> EmbeddedStack.start(
                        settings(),
                        List.of(
                                part("kafka", List.of(), null),
                                part("registry", List.of("kafka"), new IllegalStateException("log topic unreadable")),
                                part("edge", List.of("registry"), null))))
                .isInstanceOf(StackException.class)
                .hasMessage("cannot start registry: log topic unreadable");

        assertThat(events)
                .contains("start kafka", "start registry", "stop registry", "stop kafka")
                .doesNotContain("start edge");
        assertThat(events.indexOf("stop registry")).isLessThan(events.indexOf("stop kafka"));
    }

    @Test
    void shouldRefuseABusyPortBeforeStartingAnything() throws Exception {
        try (ServerSocket busy = new ServerSocket(0)) {
            final StackComponent claimsBusyPort = new Recording("s3", List.of(), null, events) {
                @Override
                public List<PortClaim> portClaims() {
                    return List.of(new PortClaim(busy.getLocalPort(), ConfigKeys.S3_PORT));
                }
            };

            assertThatThrownBy(() ->
                            EmbeddedStack.start(settings(), List.of(part("kafka", List.of(), null), claimsBusyPort)))
                    .isInstanceOf(PortInUseException.class)
                    .hasMessageContaining("port " + busy.getLocalPort())
                    .hasMessageContaining("(s3.port)");
        }
        assertThat(events).isEmpty();
    }

    @Test
    void shouldRefuseASecondStackOnTheSameDataDir() {
        try (EmbeddedStack first = EmbeddedStack.start(settings(), List.of(part("kafka", List.of(), null)))) {
            assertThatThrownBy(() -> EmbeddedStack.start(settings(), List.of(part("kafka", List.of(), null))))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("data dir " + dataDir.toAbsolutePath().normalize()
                            + " is in use by another running stack (pid "
                            + ProcessHandle.current().pid() + ")");
        }
        // Released on close: a new stack may use the directory.
        EmbeddedStack.start(settings(), List.of(part("kafka", List.of(), null))).close();
    }

    private HirehubSettings settings() {
        return HirehubSettings.load(Optional.empty(), Map.of(), Map.of("data.dir", dataDir.toString()));
    }

    private StackComponent part(final String name, final List<String> after, final RuntimeException failure) {
        return new Recording(name, after, failure, events);
    }

    /** A part that records its start and stop; publishes the core endpoints so the context is complete. */
    private static class Recording implements StackComponent {
        private final String name;
        private final List<String> after;
        private final RuntimeException failure;
        private final List<String> events;

        Recording(
                final String name,
                final List<String> after,
                final RuntimeException failure,
                final List<String> events) {
            this.name = name;
            this.after = after;
            this.failure = failure;
            this.events = events;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> after() {
            return after;
        }

        @Override
        public void start(final StackContext context) {
            events.add("start " + name);
            if (failure != null) {
                throw failure;
            }
        }

        @Override
        public void close() {
            events.add("stop " + name);
        }
    }
}
