package io.hirehub.connectors.connect;

import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.RegistryClientSettings;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.connect.data.SchemaAndValue;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.storage.Converter;

/**
 * Value converter of the CDC pipeline: an Avro record (what {@link EntityRowTransform} emits) is
 * written in Confluent wire format (magic 0, 4-byte big-endian schema id registered under
 * {@code <topic>-value}, Avro binary); bytes (outbox payloads, already encoded by the writer, and
 * dead letters) pass through untouched; null stays null (tombstones).
 *
 * <p>Configured with {@code schema.registry.url} on a Connect worker; the embedded runner hands it
 * its registry client directly.
 */
public final class ConfluentAvroConverter implements Converter {

    private static final byte MAGIC = 0;

    private SchemaRegistryClient registry;
    private boolean ownsRegistry;
    private final Map<String, Map<Schema, Integer>> ids = new ConcurrentHashMap<>();

    /** For Connect: configured by {@link #configure}. */
    public ConfluentAvroConverter() {}

    /** For the embedded runner and tests: uses (and does not close) {@code registry}. */
    public ConfluentAvroConverter(final SchemaRegistryClient registry) {
        this.registry = registry;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        if (isKey) {
            throw new ConfigException("ConfluentAvroConverter is a value converter; keys are strings");
        }
        if (registry == null) {
            registry = new HttpSchemaRegistryClient(RegistryClientSettings.fromConfigs(configs));
            ownsRegistry = true;
        }
    }

    @Override
    public byte[] fromConnectData(
            final String topic, final org.apache.kafka.connect.data.Schema schema, final Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof ByteBuffer buffer) {
            final byte[] out = new byte[buffer.remaining()];
            buffer.duplicate().get(out);
            return out;
        }
        if (value instanceof GenericContainer record) {
            return encode(topic, record);
        }
        throw new DataException("topic " + topic + ": cannot encode a "
                + value.getClass().getName() + "; expected an Avro record or bytes");
    }

    private byte[] encode(final String topic, final GenericContainer record) {
        final Schema schema = record.getSchema();
        final int id = ids.computeIfAbsent(topic, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(schema, s -> registry.register(Topics.valueSubject(topic), s));
        final ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(MAGIC);
        out.write(id >>> 24);
        out.write(id >>> 16);
        out.write(id >>> 8);
        out.write(id);
        try {
            final BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new GenericDatumWriter<Object>(schema, SpecificData.get()).write(record, encoder);
            encoder.flush();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        } catch (final RuntimeException e) {
            throw new DataException(
                    "topic " + topic + ": cannot encode " + schema.getFullName() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Reading back is not this converter's job (sinks use the project's serde): bytes as bytes. */
    @Override
    public SchemaAndValue toConnectData(final String topic, final byte[] value) {
        return new SchemaAndValue(org.apache.kafka.connect.data.Schema.OPTIONAL_BYTES_SCHEMA, value);
    }

    @Override
    public void close() {
        if (ownsRegistry && registry != null) {
            registry.close();
        }
    }
}
