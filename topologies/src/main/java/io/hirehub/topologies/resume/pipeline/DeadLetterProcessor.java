package io.hirehub.topologies.resume.pipeline;

import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.topologies.deadletter.DeadLetterValues;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an unreadable record into its dead letter: the key stays, the value becomes
 * {@link DeadLetterValues}' description (position, masked error, a digest of the bytes, never the
 * bytes) and the headers carry the position and the masked error.
 */
final class DeadLetterProcessor implements FixedKeyProcessor<String, DecodedUpload, byte[]> {

    /** Header names of the dead-letter topic (the shared {@link DeadLetterHeaders} vocabulary). */
    static final String SOURCE_TOPIC = DeadLetterHeaders.SOURCE_TOPIC;

    static final String SOURCE_PARTITION = DeadLetterHeaders.SOURCE_PARTITION;
    static final String SOURCE_OFFSET = DeadLetterHeaders.SOURCE_OFFSET;
    static final String ERROR_CLASS = DeadLetterHeaders.ERROR_CLASS;
    static final String ERROR_MESSAGE = DeadLetterHeaders.ERROR_MESSAGE;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessor.class);
    private final DeadLetterValues deadLetters = new DeadLetterValues();
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(final FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, DecodedUpload> record) {
        final Headers headers = new RecordHeaders(record.headers().toArray());
        final RecordMetadata meta = context.recordMetadata().orElse(null);
        final DecodedUpload unreadable = record.value();
        put(headers, SOURCE_TOPIC, meta == null ? "" : meta.topic());
        put(headers, SOURCE_PARTITION, meta == null ? "" : Integer.toString(meta.partition()));
        put(headers, SOURCE_OFFSET, meta == null ? "" : Long.toString(meta.offset()));
        put(headers, ERROR_CLASS, unreadable.errorClass());
        put(headers, ERROR_MESSAGE, deadLetters.maskedMessage(unreadable.errorMessage()));
        final byte[] value = deadLetters.undecodable(
                new DeadLetterValues.RecordSource(
                        meta == null ? "" : meta.topic(),
                        meta == null ? -1 : meta.partition(),
                        meta == null ? -1 : meta.offset()),
                unreadable.raw(),
                unreadable.errorClass(),
                unreadable.errorMessage());
        LOG.warn(
                "unreadable resume.uploaded record at {}-{}@{} sent to the dead-letter topic: {}",
                meta == null ? "?" : meta.topic(),
                meta == null ? -1 : meta.partition(),
                meta == null ? -1 : meta.offset(),
                unreadable.errorClass());
        context.forward(record.withValue(value).withHeaders(headers));
    }

    private static void put(final Headers headers, final String name, final String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
