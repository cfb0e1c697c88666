package io.hirehub.stack.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;

/** The console shows the stack's own lines; library chatter goes to the log file. */
class ConsoleFilterTest {

    @Test
    void shouldShowTheLaunchersOwnLinesFromInfo() {
        assertThat(ConsoleFilter.shows("io.hirehub.stack.EmbeddedStack", Level.INFO, false, true))
                .isTrue();
        assertThat(ConsoleFilter.shows("io.hirehub.stack.EmbeddedStack", Level.DEBUG, false, true))
                .isFalse();
    }

    @Test
    void shouldShowOtherModulesOfOursOnlyFromWarn() {
        assertThat(ConsoleFilter.shows(
                        "io.hirehub.topologies.resume.pipeline.AnalyzeProcessor", Level.INFO, false, true))
                .isFalse();
        assertThat(ConsoleFilter.shows("io.hirehub.connectors.cdc.CdcRunner", Level.ERROR, false, true))
                .isTrue();
    }

    @Test
    void shouldKeepLibrariesOffTheConsoleOnceThereIsALogFile() {
        assertThat(ConsoleFilter.shows("kafka.server.ReplicaManager", Level.ERROR, false, true))
                .isFalse();
        assertThat(ConsoleFilter.shows(
                        "org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils", Level.WARN, false, true))
                .isFalse();
    }

    @Test
    void shouldShowLibraryWarningsOfShortCommandsThatWriteNoLogFile() {
        assertThat(ConsoleFilter.shows("org.apache.kafka.clients.NetworkClient", Level.WARN, false, false))
                .isTrue();
        assertThat(ConsoleFilter.shows("org.apache.kafka.clients.NetworkClient", Level.INFO, false, false))
                .isFalse();
    }

    @Test
    void shouldLeaveEverythingToTheVerboseAppenderUnderVerbose() {
        assertThat(ConsoleFilter.shows("io.hirehub.launcher.cli.DevCommand", Level.INFO, true, true))
                .isFalse();
    }
}
