package io.hirehub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.registry.RegistryClientSettings;
import io.hirehub.schemas.serde.fixtures.Applicant;
import io.hirehub.schemas.serde.fixtures.Status;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static final String TOPIC = "hirehub.test.applicants";

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final Serde<Applicant> serde = AvroSerdes.forType(Applicant.class, registry);

    private static Applicant applicant() {
        return new Applicant("7b0f7e7e-5c1a-4e0e-9b53-3f0f4a8e1a11", "김하늘", 4, Status.ACTIVE, "sky@example.com");
    }

    @Test
    void shouldRoundTripSpecificRecord() {
        final byte[] bytes = serde.serializer().serialize(TOPIC, applicant());
        final Applicant back = serde.deserializer().deserialize(TOPIC, bytes);

        assertThat(back.getId()).isEqualTo("7b0f7e7e-5c1a-4e0e-9b53-3f0f4a8e1a11");
        assertThat(back.getName()).isEqualTo("김하늘");
        assertThat(back.getYears()).isEqualTo(4);
        assertThat(back.getStatus()).isEqualTo(Status.ACTIVE);
        assertThat(back.getEmail()).isEqualTo("sky@example.com");
    }

    @Test
    void shouldWriteMagicByteAndBigEndianIdUnderTopicValueSubject() {
        final byte[] bytes = serde.serializer().serialize(TOPIC, applicant());
        final int id = registry.latest(TOPIC + "-value").id();

        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        assertThat(bytes.length).isGreaterThan(WireFormat.HEADER_SIZE);
    }

    @Test
    void shouldRegisterOnceAndFetchWriterSchemaOnce() {
        for (int i = 0; i < 5; i++) {
            serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, applicant()));
        }
        assertThat(registry.registerCalls()).isEqualTo(1);
        assertThat(registry.getByIdCalls()).isLessThanOrEqualTo(1);
    }

    @Test
    void shouldPassNullThroughAsTombstone() {
        assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
        assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
    }

    @Test
    void shouldReadOldWriterSchemaWithNewReaderClass() {
        final GenericRecord old = new GenericData.Record(Applicant.V1);
        old.put("id", "a1");
        old.put("name", "Lee");
        old.put("years", 2);
        old.put(
                "status",
                new GenericData.EnumSymbol(Applicant.V1.getField("status").schema(), "PAUSED"));
        final byte[] bytes = AvroSerdes.generic(registry).serializer().serialize(TOPIC, old);

        final Applicant read = serde.deserializer().deserialize(TOPIC, bytes);

        assertThat(read.getName()).isEqualTo("Lee");
        assertThat(read.getStatus()).isEqualTo(Status.PAUSED);
        assertThat(read.getEmail()).as("default of the field added in v2").isNull();
    }

    @Test
    void shouldReadGenericRecordInWriterSchema() {
        final byte[] bytes = serde.serializer().serialize(TOPIC, applicant());
        final GenericRecord record = AvroSerdes.generic(registry).deserializer().deserialize(TOPIC, bytes);

        assertThat(record.getSchema().getFullName()).isEqualTo("io.hirehub.schemas.serde.fixtures.Applicant");
        assertThat(record.get("email").toString()).isEqualTo("sky@example.com");
    }

    @Test
    void shouldFindGeneratedClassByWriterName() {
        final byte[] bytes = serde.serializer().serialize(TOPIC, applicant());
        final AvroDeserializer<Applicant> byName = AvroDeserializer.specificByWriterName(registry);

        assertThat(byName.deserialize(TOPIC, bytes)).isInstanceOf(Applicant.class);
    }

    @Test
    void shouldNameMissingClassWhenReadingSpecificByWriterName() {
        final GenericRecord unknown = new GenericData.Record(new org.apache.avro.Schema.Parser()
                .parse("{\"type\":\"record\",\"name\":\"Ghost\",\"namespace\":\"io.hirehub.nowhere\",\"fields\":[]}"));
        final byte[] bytes = AvroSerdes.generic(registry).serializer().serialize("ghosts", unknown);

        assertThatThrownBy(() -> AvroDeserializer.specificByWriterName(registry).deserialize("ghosts", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize from topic 'ghosts': no generated class io.hirehub.nowhere.Ghost on"
                        + " the classpath for schema id 1");
    }

    @Test
    void shouldRejectConfiguredValueTypeThatIsNotSpecificRecord() {
        final AvroDeserializer<Applicant> deserializer = new AvroDeserializer<>();

        assertThatThrownBy(() -> deserializer.configure(
                        Map.of(
                                RegistryClientSettings.URL,
                                "http://127.0.0.1:1",
                                AvroSerdeConfig.SPECIFIC_AVRO_VALUE_TYPE,
                                "java.lang.String"),
                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("specific.avro.value.type: java.lang.String is not an Avro SpecificRecord");
    }

    @Test
    void shouldRejectPayloadShorterThanHeader() {
        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[] {0, 0, 1}))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize 3 bytes from topic 'hirehub.test.applicants': shorter than the 5-byte"
                        + " Confluent wire header (magic byte 0 + 4-byte schema id)");
    }

    @Test
    void shouldRejectEmptyPayload() {
        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, new byte[0]))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot deserialize 0 bytes from topic 'hirehub.test.applicants'");
    }

    @Test
    void shouldRejectWrongMagicByte() {
        final byte[] bytes = serde.serializer().serialize(TOPIC, applicant());
        bytes[0] = 0x7b;

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize from topic 'hirehub.test.applicants': unknown magic byte 0x7b,"
                        + " expected 0x00 (Confluent wire format)");
    }

    @Test
    void shouldRejectUnknownSchemaId() {
        final byte[] bytes = {0, 0, 0, 0x30, 0x39, 2, 'a'};

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize from topic 'hirehub.test.applicants': schema id 12345 not found in the"
                        + " schema registry (Schema 12345 not found)");
    }

    @Test
    void shouldRejectTruncatedAvroBody() {
        final byte[] full = serde.serializer().serialize(TOPIC, applicant());
        final byte[] truncated = Arrays.copyOf(full, 12);
        final int id = registry.latest(TOPIC + "-value").id();

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot deserialize from topic 'hirehub.test.applicants': corrupt Avro payload"
                        + " for schema id " + id + " (7 bytes after the header): ");
    }

    @Test
    void shouldRejectTrailingGarbageAfterRecord() {
        final byte[] full = serde.serializer().serialize(TOPIC, applicant());
        final byte[] longer = Arrays.copyOf(full, full.length + 3);
        final int id = registry.latest(TOPIC + "-value").id();

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, longer))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot deserialize from topic 'hirehub.test.applicants': corrupt Avro payload for schema"
                        + " id " + id + " (" + (longer.length - 5) + " bytes after the header): bytes left over after"
                        + " the record");
    }

    @Test
    void shouldRejectInvalidEnumIndexAsCorrupt() {
        final byte[] full = serde.serializer().serialize(TOPIC, applicant());
        // Layout after the header: id (len+36 bytes), name (len + 9 UTF-8 bytes), years (1), status (1).
        final int statusOffset = WireFormat.HEADER_SIZE
                + 1
                + 36
                + 1
                + "김하늘".getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + 1;
        full[statusOffset] = 0x10; // zig-zag 8: no such symbol

        assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, full))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("corrupt Avro payload");
    }

    @Test
    void shouldExplainMissingRegistrationWhenAutoRegisterIsOff() {
        final AvroSerializer<Applicant> serializer = new AvroSerializer<>(registry, false);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, applicant()))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot serialize io.hirehub.schemas.serde.fixtures.Applicant to topic"
                        + " 'hirehub.test.applicants': its schema is not registered under subject"
                        + " 'hirehub.test.applicants-value' and auto.register.schemas=false (Subject"
                        + " 'hirehub.test.applicants-value' not found.)");
    }

    @Test
    void shouldUseExistingRegistrationWhenAutoRegisterIsOff() {
        final int id = registry.register(TOPIC + "-value", Applicant.SCHEMA$);
        final byte[] bytes = new AvroSerializer<Applicant>(registry, false).serialize(TOPIC, applicant());

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
    }

    @Test
    void shouldNameRecordWhenAFieldCannotBeWritten() {
        final Applicant broken = new Applicant(null, "x", 1, Status.ACTIVE, null);

        assertThatThrownBy(() -> serde.serializer().serialize(TOPIC, broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("Cannot serialize io.hirehub.schemas.serde.fixtures.Applicant to topic"
                        + " 'hirehub.test.applicants': ");
    }

    @Test
    void shouldRequireRegistryUrlWhenConfiguredByKafka() {
        final AvroSerializer<Applicant> serializer = new AvroSerializer<>();

        assertThatThrownBy(() -> serializer.configure(Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("schema.registry.url is required");
    }

    @Test
    void shouldUseKeySubjectWhenConfiguredAsKey() {
        final AvroSerializer<Applicant> serializer = new AvroSerializer<>(registry);
        serializer.configure(Map.of(), true);
        serializer.serialize(TOPIC, applicant());

        assertThat(registry.latest(TOPIC + "-key").schema()).isEqualTo(Applicant.SCHEMA$);
    }
}
