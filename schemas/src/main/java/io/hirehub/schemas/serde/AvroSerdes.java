package io.hirehub.schemas.serde;

import io.hirehub.schemas.registry.SchemaRegistryClient;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Ready-made Kafka {@link Serde}s for Confluent-wire-format Avro values, for Kafka Streams
 * ({@code Consumed.with(Serdes.String(), AvroSerdes.forType(JobCreated.class, client))}) and tools.
 */
public final class AvroSerdes {

    private AvroSerdes() {}

    /** Values of one generated type; schemas are registered automatically. */
    public static <T extends SpecificRecord> Serde<T> forType(final Class<T> type, final SchemaRegistryClient client) {
        return forType(type, client, true);
    }

    /** Values of one generated type; {@code autoRegister=false} only looks schemas up. */
    public static <T extends SpecificRecord> Serde<T> forType(
            final Class<T> type, final SchemaRegistryClient client, final boolean autoRegister) {
        return Serdes.serdeFrom(new AvroSerializer<>(client, autoRegister), new AvroDeserializer<>(client, type));
    }

    /** GenericRecords: written in their own schema, read in the writer's schema. */
    public static Serde<GenericRecord> generic(final SchemaRegistryClient client) {
        return Serdes.serdeFrom(new AvroSerializer<>(client), AvroDeserializer.generic(client));
    }
}
