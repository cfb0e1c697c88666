package io.hirehub.schemas.serde;

import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.RegistryClientSettings;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated {@code SpecificRecord}s or {@code GenericRecord}s) in the Confluent
 * wire format under subject {@code <topic>-value} (TopicNameStrategy).
 *
 * <p>Either built with a client (Kafka Streams, tests) or created by Kafka and configured through
 * {@link #configure} with {@code schema.registry.url}. Schema ids are cached per subject and schema.
 * {@code null} serializes to {@code null} so tombstones pass through.
 */
public final class AvroSerializer<T extends IndexedRecord> implements Serializer<T> {

    private final Map<SubjectSchemaKey, Integer> ids = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private boolean ownsClient;
    private boolean autoRegister = true;
    private boolean isKey;

    /** For Kafka's reflective construction; {@link #configure} must follow. */
    public AvroSerializer() {}

    /** Registers schemas automatically. */
    public AvroSerializer(final SchemaRegistryClient client) {
        this(client, true);
    }

    /**
     * @param autoRegister false to only look schemas up (production registries often forbid
     *                     registration by applications)
     */
    public AvroSerializer(final SchemaRegistryClient client, final boolean autoRegister) {
        this.client = Objects.requireNonNull(client, "client");
        this.autoRegister = autoRegister;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        this.isKey = isKey;
        this.autoRegister = AvroSerdeConfig.flag(configs, AvroSerdeConfig.AUTO_REGISTER_SCHEMAS, autoRegister);
        if (client == null) {
            client = new HttpSchemaRegistryClient(RegistryClientSettings.fromConfigs(configs));
            ownsClient = true;
        }
    }

    @Override
    public byte[] serialize(final String topic, final T record) {
        if (record == null) {
            return null;
        }
        if (client == null) {
            throw new SerializationException("AvroSerializer used before configure(): no schema registry client");
        }
        final Schema schema = record.getSchema();
        final String subject = WireFormat.subject(topic, isKey);
        final int id = ids.computeIfAbsent(new SubjectSchemaKey(subject, schema), key -> schemaId(topic, key));
        final ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        WireFormat.writeHeader(out, id);
        try {
            final BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writers.computeIfAbsent(schema, AvroSerializer::writerFor).write(record, encoder);
            encoder.flush();
        } catch (IOException | AvroRuntimeException | ClassCastException | NullPointerException e) {
            throw new SerializationException(
                    "Cannot serialize " + schema.getFullName() + " to topic '" + topic + "': " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private int schemaId(final String topic, final SubjectSchemaKey key) {
        try {
            return autoRegister
                    ? client.register(key.subject(), key.schema())
                    : client.lookup(key.subject(), key.schema()).id();
        } catch (SchemaRegistryException.SubjectNotFoundException | SchemaRegistryException.SchemaNotFoundException e) {
            throw new SerializationException(
                    "Cannot serialize " + key.schema().getFullName() + " to topic '" + topic
                            + "': its schema is not registered under subject '" + key.subject() + "' and "
                            + AvroSerdeConfig.AUTO_REGISTER_SCHEMAS + "=false (" + e.getMessage() + ")",
                    e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Cannot serialize " + key.schema().getFullName() + " to topic '" + topic
                            + "': schema registry refused subject '" + key.subject() + "' (error " + e.errorCode()
                            + "): "
                            + e.getMessage(),
                    e);
        }
    }

    @SuppressWarnings("unchecked")
    private static DatumWriter<Object> writerFor(final Schema schema) {
        // SpecificDatumWriter finds the generated class's own model (with its logical-type
        // conversions) and still writes GenericRecords, so one writer serves both kinds.
        return (DatumWriter<Object>) (DatumWriter<?>) new SpecificDatumWriter<>(schema);
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }

    private record SubjectSchemaKey(String subject, Schema schema) {}
}
