package io.hirehub.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

/** One-line descriptions of failures, and which of them a retry cannot help. */
class FailuresTest {

    @Test
    void shouldNameTheTypeOfAnErrorWhoseMessageIsOnlyAClassName() {
        final Throwable error = new IllegalStateException(
                "engine", new NoClassDefFoundError("org/apache/kafka/connect/storage/OffsetBackingStore"));

        assertThat(Failures.describe(error))
                .isEqualTo("NoClassDefFoundError: org/apache/kafka/connect/storage/OffsetBackingStore");
    }

    @Test
    void shouldDescribeAnExceptionByItsMessageAndItsRootCause() {
        final Throwable error = new RuntimeException("write failed", new SQLException("connection refused"));

        assertThat(Failures.describe(error)).isEqualTo("write failed: connection refused");
    }

    @Test
    void shouldSkipWrappersThatOnlyRepeatTheirCause() {
        final Throwable error = new RuntimeException(new IllegalStateException("log topic unreadable"));

        assertThat(Failures.describe(error)).isEqualTo("log topic unreadable");
    }

    @Test
    void shouldNameTheTypeWhenThereIsNoMessage() {
        assertThat(Failures.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @Test
    void shouldTreatErrorsAndRefusedConfigurationAsPermanent() {
        assertThat(Failures.permanent(new NoClassDefFoundError("x"))).isTrue();
        assertThat(Failures.permanent(new RuntimeException(new ExceptionInInitializerError("static"))))
                .isTrue();
        assertThat(Failures.permanent(new ConfigException("Invalid url in bootstrap.servers: x")))
                .isTrue();
    }

    @Test
    void shouldTreatOutagesAsTransient() {
        assertThat(Failures.permanent(new IllegalStateException("write failed", new SQLException("refused"))))
                .isFalse();
        assertThat(Failures.permanent(new org.apache.kafka.common.errors.TimeoutException("no broker")))
                .isFalse();
    }
}
