package io.hirehub.topologies.resume.pipeline;

import io.hirehub.schemas.topics.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Puts an unreadable record's position and error into headers, keeping its original bytes and key. */
final class DeadLetterProcessor implements FixedKeyProcessor<String, DecodedUpload, byte[]> {

    /** Header names of the dead-letter topic (the shared {@link DeadLetterHeaders} vocabulary). */
    static final String SOURCE_TOPIC = DeadLetterHeaders.SOURCE_TOPIC;

    static final String SOURCE_PARTITION = DeadLetterHeaders.SOURCE_PARTITION;
    static final String SOURCE_OFFSET = DeadLetterHeaders.SOURCE_OFFSET;
    static final String ERROR_CLASS = DeadLetterHeaders.ERROR_CLASS;
    static final String ERROR_MESSAGE = DeadLetterHeaders.ERROR_MESSAGE;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessor.class);
    private FixedKeyProcessorContext<String, byte[]> context;

    @Override
    public void init(final FixedKeyProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, DecodedUpload> record) {
        final Headers headers = new RecordHeaders(record.headers().toArray());
        final RecordMetadata meta = context.recordMetadata().orElse(null);
        put(headers, SOURCE_TOPIC, meta == null ? "" : meta.topic());
        put(headers, SOURCE_PARTITION, meta == null ? "" : Integer.toString(meta.partition()));
        put(headers, SOURCE_OFFSET, meta == null ? "" : Long.toString(meta.offset()));
        put(headers, ERROR_CLASS, record.value().errorClass());
        put(headers, ERROR_MESSAGE, record.value().errorMessage());
        LOG.warn(
                "unreadable resume.uploaded record at {}-{}@{} sent to the dead-letter topic: {}",
                meta == null ? "?" : meta.topic(),
                meta == null ? -1 : meta.partition(),
                meta == null ? -1 : meta.offset(),
                record.value().errorClass());
        context.forward(record.withValue(record.value().raw()).withHeaders(headers));
    }

    private static void put(final Headers headers, final String name, final String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
