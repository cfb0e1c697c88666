package io.hirehub.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: byte 0 is the magic byte {@code 0}, bytes 1–4 the schema id as a
 * big-endian signed int, the rest the Avro binary encoding of the value.
 */
public final class WireFormat {

    /** The only magic byte the format defines. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte + 4-byte schema id. */
    public static final int HEADER_SIZE = 5;

    private WireFormat() {}

    /** The subject under TopicNameStrategy: {@code <topic>-value} (or {@code -key}). */
    public static String subject(final String topic, final boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }

    /** Writes the 5-byte header into a fresh buffer positioned after it. */
    static void writeHeader(final ByteArrayOutputStream out, final int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /**
     * Reads and checks the header of {@code payload}.
     *
     * @return the schema id
     * @throws SerializationException if the payload is too short or the magic byte is wrong
     */
    public static int readSchemaId(final String topic, final byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new SerializationException("Cannot deserialize " + payload.length + " bytes from topic '" + topic
                    + "': shorter than the 5-byte Confluent wire header (magic byte 0 + 4-byte schema id)");
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "Cannot deserialize from topic '%s': unknown magic byte 0x%02x, expected 0x00 (Confluent wire format)",
                    topic, payload[0] & 0xff));
        }
        return ByteBuffer.wrap(payload, 1, 4).getInt();
    }
}
