package io.hirehub.schemas.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.ApplicationEvent;
import io.hirehub.avro.entity.ApplicationEventType;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.ResumeExperience;
import io.hirehub.avro.entity.UserNotificationSettings;
import io.hirehub.avro.event.MatchCalculated;
import io.hirehub.avro.event.MatchScores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** Generated classes write and read back through Avro binary with their logical types intact. */
class SpecificRecordRoundTripTest {

    private static final Instant NOW = Instant.parse("2026-11-26T07:00:00.123456Z");

    @Test
    void shouldRoundTripAJobWithUuidsEnumsAndMicrosecondTimestamps() throws IOException {
        final Job job = Job.newBuilder()
                .setId(UUID.randomUUID())
                .setCompanyId(UUID.randomUUID())
                .setTitle("백엔드 개발자")
                .setJobType(JobType.FULL_TIME)
                .setStatus(JobStatus.OPEN)
                .setSalaryMin(50_000_000)
                .setPostedAt(NOW)
                .setCreatedAt(NOW)
                .build();

        final Job read = roundTrip(job, Job.getClassSchema());

        assertThat(read).isEqualTo(job);
        assertThat(read.getPostedAt()).isEqualTo(NOW);
        assertThat(read.getDescription()).isNull();
        assertThat(read.getViewsCount()).isNull();
    }

    @Test
    void shouldRoundTripNestedDecimalScores() throws IOException {
        final MatchCalculated event = MatchCalculated.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(NOW)
                .setJobId(UUID.randomUUID())
                .setResumeId(UUID.randomUUID())
                .setScores(MatchScores.newBuilder()
                        .setOverall(new BigDecimal("87.50"))
                        .setSkill(new BigDecimal("90.00"))
                        .setExperience(new BigDecimal("80.25"))
                        .setCulture(new BigDecimal("75.00"))
                        .setSemantic(new BigDecimal("91.33"))
                        .build())
                .build();

        final MatchCalculated read = roundTrip(event, MatchCalculated.getClassSchema());

        assertThat(read).isEqualTo(event);
        assertThat(read.getScores().getOverall()).isEqualByComparingTo("87.5").hasScaleOf(2);
    }

    @Test
    void shouldPadShorterScalesButRefuseDecimalsThatWouldNeedRounding() throws IOException {
        final MatchScores padded = MatchScores.newBuilder()
                .setOverall(new BigDecimal("87.5"))
                .setSkill(BigDecimal.ONE)
                .setExperience(BigDecimal.ONE)
                .setCulture(BigDecimal.ONE)
                .setSemantic(BigDecimal.ONE)
                .build();
        assertThat(roundTrip(padded, MatchScores.getClassSchema()).getOverall()).isEqualTo(new BigDecimal("87.50"));

        final MatchScores tooPrecise = MatchScores.newBuilder(padded)
                .setOverall(new BigDecimal("87.555"))
                .build();
        assertThatThrownBy(() -> write(tooPrecise, MatchScores.getClassSchema()))
                .hasRootCauseMessage("Cannot encode decimal with scale 3 as scale 2 without rounding");
    }

    @Test
    void shouldRoundTripDatesArraysAndJsonText() throws IOException {
        final ResumeExperience experience = ResumeExperience.newBuilder()
                .setId(UUID.randomUUID())
                .setStartDate(LocalDate.of(2020, 3, 1))
                .setIsCurrent(true)
                .build();
        assertThat(roundTrip(experience, ResumeExperience.getClassSchema())).isEqualTo(experience);

        final UserNotificationSettings settings = UserNotificationSettings.newBuilder()
                .setId(UUID.randomUUID())
                .setUserId(UUID.randomUUID())
                .setDisabledEventTypes(List.of("match.recommended"))
                .build();
        assertThat(roundTrip(settings, UserNotificationSettings.getClassSchema())
                        .getDisabledEventTypes())
                .containsExactly("match.recommended");

        final ApplicationEvent event = ApplicationEvent.newBuilder()
                .setId(UUID.randomUUID())
                .setEventType(ApplicationEventType.STATUS_CHANGED)
                .setFromStatus(ApplicationStatus.SUBMITTED)
                .setToStatus(ApplicationStatus.REVIEWING)
                .setPayload("{\"note\":\"서류 검토\"}")
                .setCreatedAt(NOW.truncatedTo(ChronoUnit.MICROS))
                .build();
        assertThat(roundTrip(event, ApplicationEvent.getClassSchema())).isEqualTo(event);
    }

    @Test
    void shouldRoundTripAnEmbeddingAsFloats() throws IOException {
        final List<Float> vector = new ArrayList<>();
        for (int i = 0; i < 1536; i++) {
            vector.add((float) Math.sin(i));
        }
        final io.hirehub.avro.entity.ResumeEmbedding embedding = io.hirehub.avro.entity.ResumeEmbedding.newBuilder()
                .setId(UUID.randomUUID())
                .setResumeId(UUID.randomUUID())
                .setChunkIndex(0)
                .setEmbedding(vector)
                .build();

        final byte[] bytes = write(embedding, io.hirehub.avro.entity.ResumeEmbedding.getClassSchema());

        assertThat(roundTrip(embedding, io.hirehub.avro.entity.ResumeEmbedding.getClassSchema())
                        .getEmbedding())
                .containsExactlyElementsOf(vector);
        // 4 bytes a float plus two UUID strings and small headers: no doubling on the wire.
        assertThat(bytes.length).isBetween(1536 * 4, 1536 * 4 + 128);
    }

    @Test
    void shouldReadASymbolFromANewerWriterAsUnknown() throws IOException {
        // A newer writer knows a status this reader does not: the enum default keeps the record readable.
        final Schema reader = io.hirehub.avro.entity.JobStatus.getClassSchema();
        final List<String> symbols = new ArrayList<>(reader.getEnumSymbols());
        symbols.add("ARCHIVED");
        final Schema writer =
                Schema.createEnum(reader.getName(), reader.getDoc(), reader.getNamespace(), symbols, "UNKNOWN");
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<Object>(writer).write(new GenericData.EnumSymbol(writer, "ARCHIVED"), encoder);
        encoder.flush();

        final Object read = new SpecificDatumReader<JobStatus>(writer, reader)
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));

        assertThat(read).isEqualTo(JobStatus.UNKNOWN);
    }

    @Test
    void shouldReadAnEntityWrittenByAnOlderSchemaWithoutTheOptionalFields() throws IOException {
        // BACKWARD evolution: a reader with more optional fields reads data written without them.
        final Schema older = Schema.createRecord(
                "SkillTag",
                "old",
                "io.hirehub.avro.entity",
                false,
                List.of(
                        new Schema.Field(
                                "id",
                                io.hirehub.avro.entity.SkillTag.getClassSchema()
                                        .getField("id")
                                        .schema(),
                                "id"),
                        new Schema.Field("name", Schema.create(Schema.Type.STRING), "name")));
        final GenericRecord row = new GenericData.Record(older);
        final UUID id = UUID.randomUUID();
        row.put("id", id.toString());
        row.put("name", "Kafka");
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(older).write(row, encoder);
        encoder.flush();

        final io.hirehub.avro.entity.SkillTag read = new SpecificDatumReader<io.hirehub.avro.entity.SkillTag>(
                        older, io.hirehub.avro.entity.SkillTag.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));

        assertThat(read.getId()).isEqualTo(id);
        assertThat(read.getName()).isEqualTo("Kafka");
        assertThat(read.getCategory()).isNull();
        assertThat(read.getSynonyms()).isNull();
    }

    @Test
    void shouldEvolveSkillTagsBackwardAndForwardFromTheSeedSchema() {
        // SkillTag as it was before job V3: no synonyms, the seed's four categories.
        final Schema seed = new Schema.Parser().parse("""
                        {"type": "record", "name": "SkillTag", "namespace": "io.hirehub.avro.entity", "fields": [
                          {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
                          {"name": "name", "type": "string"},
                          {"name": "category", "type": ["null", {"type": "enum", "name": "SkillCategory",
                            "symbols": ["LANGUAGE", "FRAMEWORK", "DATABASE", "CLOUD", "UNKNOWN"],
                            "default": "UNKNOWN"}], "default": null}]}
                        """);
        final Schema current = io.hirehub.avro.entity.SkillTag.getClassSchema();

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, seed)
                        .getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        // An older reader meets a 'certificate' tag as UNKNOWN and ignores the synonyms.
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(seed, current)
                        .getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }

    private static <T extends SpecificRecord> T roundTrip(final T record, final Schema schema) throws IOException {
        final byte[] bytes = write(record, schema);
        final SpecificDatumReader<T> reader = new SpecificDatumReader<>(schema);
        return reader.read(null, DecoderFactory.get().binaryDecoder(bytes, null));
    }

    private static <T extends SpecificRecord> byte[] write(final T record, final Schema schema) throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<T>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
