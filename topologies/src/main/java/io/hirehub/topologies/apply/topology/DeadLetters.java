package io.hirehub.topologies.apply.topology;

import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The dead letter of a record the applications topology rejects: the shared headers and value shape. */
final class DeadLetters {

    private static final DeadLetterValues VALUES = new DeadLetterValues();

    private DeadLetters() {}

    /** The headers saying where {@code record} came from and why {@code error} rejected it. */
    static Headers headers(
            final Record<String, byte[]> record, final RecordMetadata meta, final RuntimeException error) {
        return DeadLetterHeaders.describe(
                new RecordHeaders(record.headers().toArray()),
                meta == null ? "" : meta.topic(),
                meta == null ? -1 : meta.partition(),
                meta == null ? -1 : meta.offset(),
                error.getClass().getName(),
                VALUES.maskedMessage(error));
    }

    /** The dead letter's value: position, masked reason, digest of the bytes (never the bytes). */
    static byte[] value(final Record<String, byte[]> record, final RecordMetadata meta, final RuntimeException error) {
        return VALUES.undecodable(
                new DeadLetterValues.RecordSource(
                        meta == null ? "" : meta.topic(),
                        meta == null ? -1 : meta.partition(),
                        meta == null ? -1 : meta.offset()),
                record.value(),
                error);
    }
}
