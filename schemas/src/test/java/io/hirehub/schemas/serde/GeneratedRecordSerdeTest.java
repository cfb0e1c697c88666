package io.hirehub.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** The serde on a product contract: logical types (uuid, timestamp-micros) survive the round trip. */
class GeneratedRecordSerdeTest {

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    private static ResumeUploaded event() {
        return ResumeUploaded.newBuilder()
                .setEventId(UUID.fromString("0b8e5d4c-1f6a-4c1e-9d0c-1e2f3a4b5c6d"))
                .setOccurredAt(Instant.parse("2026-03-01T09:30:15.123456Z"))
                .setResumeId(UUID.fromString("5d3b0c8e-7a2f-4f65-8a1e-9c0d1e2f3a4b"))
                .setUserId(UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"))
                .setFileUrl("s3://hirehub-resumes-dev/original/u/r/cv.pdf")
                .build();
    }

    @Test
    void shouldRoundTripLogicalTypesOfGeneratedEvent() {
        final Serde<ResumeUploaded> serde = AvroSerdes.forType(ResumeUploaded.class, registry);

        final ResumeUploaded back = serde.deserializer()
                .deserialize("resume.uploaded", serde.serializer().serialize("resume.uploaded", event()));

        assertThat(back).isEqualTo(event());
        assertThat(back.getOccurredAt()).isEqualTo(Instant.parse("2026-03-01T09:30:15.123456Z"));
        assertThat(registry.latest("resume.uploaded-value").schema()).isEqualTo(ResumeUploaded.getClassSchema());
    }

    @Test
    void shouldExposeLogicalTypesAsTheirWireValuesToGenericReaders() {
        final byte[] bytes =
                AvroSerdes.forType(ResumeUploaded.class, registry).serializer().serialize("resume.uploaded", event());

        final GenericRecord generic =
                AvroSerdes.generic(registry).deserializer().deserialize("resume.uploaded", bytes);

        assertThat(generic.get("resume_id").toString()).isEqualTo("5d3b0c8e-7a2f-4f65-8a1e-9c0d1e2f3a4b");
        assertThat(generic.get("occurred_at"))
                .isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, Instant.parse("2026-03-01T09:30:15.123456Z")));
    }
}
