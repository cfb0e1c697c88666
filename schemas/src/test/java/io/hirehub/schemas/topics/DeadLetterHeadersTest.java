package io.hirehub.schemas.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterHeadersTest {

    @Test
    void shouldDescribeTheSourcePositionAndTheAlreadyMaskedError() {
        final Headers headers = DeadLetterHeaders.describe(
                new RecordHeaders(),
                "hirehub.match.matches",
                3,
                42L,
                IllegalArgumentException.class.getName(),
                "bad key 'x'");

        assertThat(value(headers, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("hirehub.match.matches");
        assertThat(value(headers, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("3");
        assertThat(value(headers, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
        assertThat(value(headers, DeadLetterHeaders.ERROR_CLASS)).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(value(headers, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("bad key 'x'");
    }

    @Test
    void shouldLeaveAnUnknownPositionOutAndReplaceEarlierDeadLetterHeaders() {
        final Headers headers = new RecordHeaders();
        headers.add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetterHeaders.ERROR_CLASS, "old".getBytes(StandardCharsets.UTF_8));

        DeadLetterHeaders.describe(
                headers, "hirehub.job.profiles", -1, -1, IllegalStateException.class.getName(), "no message");

        assertThat(headers.lastHeader(DeadLetterHeaders.SOURCE_PARTITION)).isNull();
        assertThat(headers.lastHeader(DeadLetterHeaders.SOURCE_OFFSET)).isNull();
        assertThat(headers.headers(DeadLetterHeaders.ERROR_CLASS)).hasSize(1);
        assertThat(value(headers, DeadLetterHeaders.ERROR_CLASS)).isEqualTo("java.lang.IllegalStateException");
        assertThat(value(headers, DeadLetterHeaders.ERROR_MESSAGE)).isEqualTo("no message");
        assertThat(value(headers, "trace-id")).isEqualTo("t-1");
    }

    private static String value(final Headers headers, final String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
