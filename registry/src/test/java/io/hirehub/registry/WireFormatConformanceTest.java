package io.hirehub.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.serde.ConfluentWireDecoder;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our serde's bytes read by the spec-only decoder through our server's REST API, without a broker
 * (the IT repeats this through the real one). The decoder is first checked on bytes built by hand.
 */
class WireFormatConformanceTest {

    private SchemaRegistryServer server;

    @BeforeEach
    void start() {
        server = new SchemaRegistryServer(SchemaRegistryServerTest.settings(0), new InMemoryRegistryStore()).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void specDecoderShouldReadHandBuiltFrame() throws Exception {
        final Schema schema = new Schema.Parser().parse(TestSchemas.V1);
        final int id = new RestCalls(server.url())
                .postSchema("/subjects/hand-value/versions", TestSchemas.V1)
                .json()
                .get("id")
                .asInt();
        final GenericRecord record = new GenericData.Record(schema);
        record.put("id", "x-1");
        record.put("name", "최유리");
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {0, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
        final BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();

        final ConfluentWireDecoder.Decoded decoded = new ConfluentWireDecoder(server.url()).decode(out.toByteArray());

        assertThat(decoded.schemaId()).isEqualTo(id);
        assertThat(decoded.value().get("name").toString()).isEqualTo("최유리");
    }

    @Test
    void specDecoderShouldReadWhatOurSerializerWrites() throws Exception {
        final ResumeUploaded event = ResumeUploaded.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-03-01T09:30:15.123456Z"))
                .setResumeId(UUID.fromString("5d3b0c8e-7a2f-4f65-8a1e-9c0d1e2f3a4b"))
                .setUserId(UUID.randomUUID())
                .setFileUrl("s3://hirehub-resumes-test/original/cv.pdf")
                .build();
        final byte[] bytes;
        try (AvroSerializer<ResumeUploaded> serializer =
                new AvroSerializer<>(HttpSchemaRegistryClient.of(server.url()))) {
            bytes = serializer.serialize("resume.uploaded", event);
        }

        final ConfluentWireDecoder.Decoded decoded = new ConfluentWireDecoder(server.url()).decode(bytes);

        assertThat(decoded.writerSchema()).isEqualTo(ResumeUploaded.getClassSchema());
        assertThat(decoded.value().get("resume_id").toString()).isEqualTo("5d3b0c8e-7a2f-4f65-8a1e-9c0d1e2f3a4b");
        assertThat(decoded.value().get("file_url").toString()).isEqualTo("s3://hirehub-resumes-test/original/cv.pdf");
        assertThat(new RestCalls(server.url())
                        .get("/subjects/resume.uploaded-value/versions/latest")
                        .json()
                        .get("id")
                        .asInt())
                .isEqualTo(decoded.schemaId());
    }
}
