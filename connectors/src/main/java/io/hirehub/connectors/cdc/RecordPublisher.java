package io.hirehub.connectors.cdc;

import io.debezium.embedded.EmbeddedEngineChangeEvent;
import io.debezium.engine.ChangeEvent;
import io.debezium.engine.DebeziumEngine;
import io.hirehub.connectors.connect.CdcHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.connect.header.Header;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.storage.Converter;
import org.apache.kafka.connect.storage.HeaderConverter;
import org.apache.kafka.connect.storage.SimpleHeaderConverter;
import org.apache.kafka.connect.storage.StringConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded runner's sink: converts each transformed record exactly as a Connect worker would
 * (string keys, {@code ConfluentAvroConverter} values, simple header converter), sends the batch,
 * waits for every acknowledgement, removes the acknowledged outbox rows and only then marks the
 * batch processed, so Debezium's committed offset never runs ahead of Kafka.
 */
final class RecordPublisher implements DebeziumEngine.ChangeConsumer<ChangeEvent<SourceRecord, SourceRecord>> {

    private static final Logger LOG = LoggerFactory.getLogger(RecordPublisher.class);

    private final Producer<byte[], byte[]> producer;
    private final Converter valueConverter;
    private final StringConverter keyConverter = new StringConverter();
    private final HeaderConverter headerConverter = new SimpleHeaderConverter();
    private final OutboxJanitor janitor;
    private final CdcMetrics metrics;

    RecordPublisher(
            final Producer<byte[], byte[]> producer,
            final Converter valueConverter,
            final OutboxJanitor janitor,
            final CdcMetrics metrics) {
        this.producer = producer;
        this.valueConverter = valueConverter;
        this.janitor = janitor;
        this.metrics = metrics;
        keyConverter.configure(Map.of(), true);
        headerConverter.configure(Map.of());
    }

    @Override
    public void handleBatch(
            final List<ChangeEvent<SourceRecord, SourceRecord>> records,
            final DebeziumEngine.RecordCommitter<ChangeEvent<SourceRecord, SourceRecord>> committer)
            throws InterruptedException {
        final List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
        final List<String> outboxIds = new ArrayList<>();
        for (final ChangeEvent<SourceRecord, SourceRecord> event : records) {
            final SourceRecord record = sourceRecord(event);
            acks.add(producer.send(toProducerRecord(record)));
            final String outboxId = outboxId(record);
            if (outboxId != null) {
                outboxIds.add(outboxId);
            }
        }
        producer.flush();
        for (final Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (final ExecutionException e) {
                // Not marking the batch: the engine stops, the supervisor restarts it from the last
                // committed offset and these records are sent again (at-least-once).
                throw new IllegalStateException(
                        "Kafka did not acknowledge a CDC record: "
                                + e.getCause().getMessage(),
                        e.getCause());
            }
        }
        final int removed = janitor.delete(outboxIds);
        for (final ChangeEvent<SourceRecord, SourceRecord> event : records) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
        metrics.published(records.size(), removed);
        LOG.debug("published {} CDC records, removed {} outbox rows", records.size(), removed);
    }

    /** The Connect format hands the (transformed) SourceRecord as the event's value. */
    private static SourceRecord sourceRecord(final ChangeEvent<SourceRecord, SourceRecord> event) {
        final Object value = event.value();
        if (value instanceof SourceRecord record) {
            return record;
        }
        return ((EmbeddedEngineChangeEvent<?, ?, ?>) event).sourceRecord();
    }

    ProducerRecord<byte[], byte[]> toProducerRecord(final SourceRecord record) {
        final String topic = record.topic();
        final RecordHeaders headers = new RecordHeaders();
        for (final Header header : record.headers()) {
            headers.add(
                    header.key(),
                    headerConverter.fromConnectHeader(topic, header.key(), header.schema(), header.value()));
        }
        final byte[] key = keyConverter.fromConnectData(topic, headers, record.keySchema(), record.key());
        final byte[] value = valueConverter.fromConnectData(topic, headers, record.valueSchema(), record.value());
        return new ProducerRecord<>(topic, null, record.timestamp(), key, value, headers);
    }

    /** Outbox events carry the row id in the {@code id} header (set by the event router). */
    private static String outboxId(final SourceRecord record) {
        final Header id = record.headers().lastWithName(CdcHeaders.EVENT_ID);
        return id == null || id.value() == null ? null : id.value().toString();
    }

    @Override
    public boolean supportsTombstoneEvents() {
        return true;
    }
}
