package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.event.ResumeUploaded;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Decodes resume.uploaded values itself (instead of in the source) so that a record that cannot be
 * read is routed to the dead-letter topic with its position rather than stopping the topology.
 */
final class DecodeProcessor implements FixedKeyProcessor<String, byte[], DecodedUpload> {

    private final Deserializer<ResumeUploaded> deserializer;
    private FixedKeyProcessorContext<String, DecodedUpload> context;

    DecodeProcessor(final Deserializer<ResumeUploaded> deserializer) {
        this.deserializer = deserializer;
    }

    @Override
    public void init(final FixedKeyProcessorContext<String, DecodedUpload> context) {
        this.context = context;
    }

    @Override
    public void process(final FixedKeyRecord<String, byte[]> record) {
        final String topic = context.recordMetadata().map(m -> m.topic()).orElse("resume.uploaded");
        try {
            if (record.value() == null) {
                throw new IllegalArgumentException("resume.uploaded value is null");
            }
            final ResumeUploaded event = deserializer.deserialize(topic, record.headers(), record.value());
            if (event.getResumeId() == null || event.getUserId() == null || event.getEventId() == null) {
                throw new IllegalArgumentException("resume.uploaded lacks resume_id, user_id or event_id");
            }
            context.forward(record.withValue(DecodedUpload.ok(event)));
        } catch (final RuntimeException e) {
            context.forward(record.withValue(DecodedUpload.unreadable(record.value(), e)));
        }
    }
}
