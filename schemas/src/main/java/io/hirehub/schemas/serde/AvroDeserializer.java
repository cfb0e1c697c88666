package io.hirehub.schemas.serde;

import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.RegistryClientSettings;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-wire-format Avro values: checks the magic byte, fetches the writer schema by id
 * (cached) and resolves it against the reader schema, so records written with an older or newer
 * compatible schema still read.
 *
 * <p>Three modes: a fixed {@code SpecificRecord} class ({@link #AvroDeserializer(SchemaRegistryClient, Class)}
 * or {@code specific.avro.value.type}); the generated class named like the writer schema
 * ({@code specific.avro.reader=true}); or {@code GenericRecord} in the writer's own schema (default).
 */
public final class AvroDeserializer<T extends IndexedRecord> implements Deserializer<T> {

    private final Map<Integer, DatumReader<T>> readers = new ConcurrentHashMap<>();
    private SchemaRegistryClient client;
    private boolean ownsClient;
    private Class<?> type;
    private boolean specific;

    /** For Kafka's reflective construction; {@link #configure} must follow. */
    public AvroDeserializer() {}

    /** Reads into {@code type}, resolving every writer schema against {@code type}'s schema. */
    public AvroDeserializer(final SchemaRegistryClient client, final Class<T> type) {
        this.client = Objects.requireNonNull(client, "client");
        this.type = Objects.requireNonNull(type, "type");
        this.specific = true;
    }

    /** Reads {@code GenericRecord}s in each record's writer schema. */
    public static AvroDeserializer<GenericRecord> generic(final SchemaRegistryClient client) {
        final AvroDeserializer<GenericRecord> deserializer = new AvroDeserializer<>();
        deserializer.client = Objects.requireNonNull(client, "client");
        return deserializer;
    }

    /** Reads each record into the generated class named like its writer schema. */
    public static <T extends SpecificRecord> AvroDeserializer<T> specificByWriterName(
            final SchemaRegistryClient client) {
        final AvroDeserializer<T> deserializer = new AvroDeserializer<>();
        deserializer.client = Objects.requireNonNull(client, "client");
        deserializer.specific = true;
        return deserializer;
    }

    @Override
    public void configure(final Map<String, ?> configs, final boolean isKey) {
        final Object typeName =
                configs.get(isKey ? AvroSerdeConfig.SPECIFIC_AVRO_KEY_TYPE : AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE);
        if (type == null && typeName != null) {
            type = typeName instanceof Class<?> c ? c : loadClass(typeName.toString());
            if (!SpecificRecord.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE + ": " + type.getName()
                        + " is not an Avro SpecificRecord");
            }
            specific = true;
        }
        if (type == null) {
            specific = AvroSerdeConfig.flag(configs, AvroSerdeConfig.SPECIFIC_AVRO_READER, false);
        }
        if (client == null) {
            client = new HttpSchemaRegistryClient(RegistryClientSettings.fromConfigs(configs));
            ownsClient = true;
        }
    }

    @Override
    public T deserialize(final String topic, final byte[] payload) {
        if (payload == null) {
            return null;
        }
        if (client == null) {
            throw new SerializationException("AvroDeserializer used before configure(): no schema registry client");
        }
        final int id = WireFormat.readSchemaId(topic, payload);
        final DatumReader<T> reader = readers.computeIfAbsent(id, key -> readerFor(topic, key));
        final int bodyLength = payload.length - WireFormat.HEADER_SIZE;
        try {
            final BinaryDecoder decoder =
                    DecoderFactory.get().binaryDecoder(payload, WireFormat.HEADER_SIZE, bodyLength, null);
            final T value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new IOException("bytes left over after the record");
            }
            return value;
        } catch (IOException
                | AvroRuntimeException
                | IndexOutOfBoundsException
                | ClassCastException
                | NegativeArraySizeException e) {
            throw new SerializationException(
                    "Cannot deserialize from topic '" + topic + "': corrupt Avro payload for" + " schema id " + id
                            + " (" + bodyLength + " bytes after the header): " + e.getMessage(),
                    e);
        }
    }

    private DatumReader<T> readerFor(final String topic, final int id) {
        final Schema writer;
        try {
            writer = client.getById(id);
        } catch (SchemaRegistryException.SchemaNotFoundException e) {
            throw new SerializationException(
                    "Cannot deserialize from topic '" + topic + "': schema id " + id
                            + " not found in the schema registry (" + e.getMessage() + ")",
                    e);
        } catch (SchemaRegistryException e) {
            throw new SerializationException(
                    "Cannot deserialize from topic '" + topic + "': schema registry error" + " fetching schema id " + id
                            + " (error " + e.errorCode() + "): " + e.getMessage(),
                    e);
        }
        if (!specific) {
            return new GenericDatumReader<>(writer, writer, GenericData.get());
        }
        final Class<?> target = type != null ? type : SpecificData.get().getClass(writer);
        if (target == null) {
            throw new SerializationException("Cannot deserialize from topic '" + topic + "': no generated class "
                    + writer.getFullName() + " on the classpath for schema id " + id);
        }
        final SpecificData model = SpecificData.getForClass(target);
        final Schema readerSchema = model.getSchema(target);
        return new SpecificDatumReader<>(writer, readerSchema, model);
    }

    private static Class<?> loadClass(final String name) {
        try {
            return Class.forName(
                    name,
                    true,
                    Thread.currentThread().getContextClassLoader() != null
                            ? Thread.currentThread().getContextClassLoader()
                            : AvroDeserializer.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(
                    AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE + ": class " + name + " not found", e);
        }
    }

    @Override
    public void close() {
        if (ownsClient && client != null) {
            client.close();
        }
    }
}
