package io.hirehub.schemas.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

/**
 * A consumer that knows only Confluent's documentation: the wire format (byte 0 = magic byte 0,
 * bytes 1–4 = schema id as a big-endian int, then Avro binary) and the REST call
 * {@code GET /schemas/ids/{id}} answering {@code {"schema": "<schema JSON>"}}.
 *
 * <p>Deliberately independent of our serde and registry client: if both of ours drifted from the
 * spec in the same way, a test with them on both sides would still pass; this one would not.
 */
public final class ConfluentWireDecoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String registryUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ConfluentWireDecoder(final String registryUrl) {
        this.registryUrl = registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1) : registryUrl;
    }

    /** What a payload decodes to: the id from its header, the writer schema and the value. */
    public record Decoded(int schemaId, Schema writerSchema, GenericRecord value) {}

    public Decoded decode(final byte[] payload) throws IOException, InterruptedException {
        if (payload.length < 5) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes has no 5-byte header");
        }
        if (payload[0] != 0) {
            throw new IllegalArgumentException("magic byte is " + payload[0] + ", the spec says 0");
        }
        final int schemaId = ((payload[1] & 0xff) << 24)
                | ((payload[2] & 0xff) << 16)
                | ((payload[3] & 0xff) << 8)
                | (payload[4] & 0xff);
        final Schema writer = fetchSchema(schemaId);
        final BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(payload, 5, payload.length - 5, null);
        final GenericRecord value = new GenericDatumReader<GenericRecord>(writer).read(null, decoder);
        if (!decoder.isEnd()) {
            throw new IllegalArgumentException("bytes left after the Avro record");
        }
        return new Decoded(schemaId, writer, value);
    }

    private Schema fetchSchema(final int id) throws IOException, InterruptedException {
        final HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(registryUrl + "/schemas/ids/" + id))
                        .header("Accept", "application/vnd.schemaregistry.v1+json")
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET /schemas/ids/" + id + " answered " + response.statusCode() + ": " + response.body());
        }
        final JsonNode body = JSON.readTree(response.body());
        final JsonNode type = body.get("schemaType");
        if (type != null && !"AVRO".equals(type.asText())) {
            throw new IllegalStateException("schema " + id + " is " + type.asText() + ", not AVRO");
        }
        return new Schema.Parser().parse(body.get("schema").asText());
    }
}
