package io.hirehub.schemas.topics;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The one header vocabulary of every dead-letter topic ({@link Topics#CDC_DLQ},
 * {@link Topics#RESUME_PIPELINE_DLQ}, {@link Topics#MATCHING_DLQ}), so one tool can triage them
 * all. A dead letter keeps the original key; its value says what an operator needs to replay or fix
 * the record and holds no raw personal data (see {@code io.hirehub.topologies.deadletter.DeadLetterValues});
 * the headers say where it came from and why it was rejected. All values are UTF-8 strings; the error
 * message is the masked one.
 */
public final class DeadLetterHeaders {

    /** Topic the rejected record was read from (absent for a CDC row, which has {@code table}). */
    public static final String SOURCE_TOPIC = "hirehub.dlq.source.topic";
    /** Its partition, when known. */
    public static final String SOURCE_PARTITION = "hirehub.dlq.source.partition";
    /** Its offset, when known. */
    public static final String SOURCE_OFFSET = "hirehub.dlq.source.offset";
    /** Fully qualified class of the exception that rejected it. */
    public static final String ERROR_CLASS = "hirehub.dlq.error.class";
    /** The exception message (names the field or value at fault). */
    public static final String ERROR_MESSAGE = "hirehub.dlq.error.message";

    private DeadLetterHeaders() {}

    /**
     * Adds the source position (partition and offset only when ≥ 0) and the error, given by its class
     * name and its message with personal data masked (messages quote values), to {@code headers}.
     */
    public static Headers describe(
            final Headers headers,
            final String topic,
            final int partition,
            final long offset,
            final String errorClass,
            final String errorMessage) {
        put(headers, SOURCE_TOPIC, topic);
        if (partition >= 0) {
            put(headers, SOURCE_PARTITION, Integer.toString(partition));
        }
        if (offset >= 0) {
            put(headers, SOURCE_OFFSET, Long.toString(offset));
        }
        put(headers, ERROR_CLASS, errorClass);
        put(headers, ERROR_MESSAGE, errorMessage);
        return headers;
    }

    private static void put(final Headers headers, final String name, final String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
