package io.hirehub.topologies.deadletter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.pii.TextMasker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a dead letter on every dead-letter topic ({@code hirehub.cdc.dlq},
 * {@code hirehub.resume-pipeline.dlq}, {@code hirehub.matching.dlq}): what an operator needs to
 * replay or fix the record and never a raw personal value. Dead letters are kept for days and read
 * by people; the record they stand for may hold a resume's text or a user's contact data.
 *
 * <p>UTF-8 JSON, one shape for all three topics:
 * <pre>{@code
 * {"dead_letter": 1,
 *  "source": {"topic": "resume.uploaded", "partition": 0, "offset": 42}      // a Kafka record, or
 *            {"table": "user_service.users", "lsn": "24023128", "op": "c"},  // a CDC row
 *  "error": {"class": "…RowMappingException", "message": "<masked>"},
 *  "row": {"id": "…", "email": "[EMAIL]", "user_type": "robot", …},          // CDC rows: every column, masked
 *  "payload": {"bytes": 57, "sha256": "…", "schema_id": 3, "ids": ["…"]}}    // undecodable bytes
 * }</pre>
 * A CDC row keeps ids, numbers, booleans and timestamps as they are; a column whose name says it
 * holds personal data or a secret ({@code name}, {@code phone}, {@code email}, {@code token} …)
 * becomes its placeholder whatever it holds; every other text goes through the PII masker. Bytes
 * that could not be decoded are not kept at all (nothing can tell which of them are personal):
 * their size, SHA-256 (to match a replayed record), Confluent schema id and the UUIDs among them
 * (the ids to look the record up by) are. The error message is masked too, since messages quote
 * values; for a row, every value its columns lost to masking is also taken out of the message,
 * wherever it appears there.
 */
public final class DeadLetterValues {

    /** Version of the value's shape. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** At most this many ids are listed from undecodable bytes. */
    static final int MAX_IDS = 20;

    private final TextMasker masker;

    public DeadLetterValues() {
        this(new PiiMasker());
    }

    public DeadLetterValues(final TextMasker masker) {
        this.masker = Objects.requireNonNull(masker, "masker");
    }

    /** Where a Kafka record was read. */
    public record RecordSource(String topic, int partition, long offset) {}

    /** Where a CDC row came from. */
    public record RowSource(String table, String lsn, String op) {}

    /** The value for a record whose bytes could not be decoded or applied. */
    public byte[] undecodable(final RecordSource source, final byte[] value, final Throwable error) {
        return undecodable(source, value, error.getClass().getName(), String.valueOf(error.getMessage()));
    }

    /** As {@link #undecodable(RecordSource, byte[], Throwable)}, for an error known by its class name and raw message. */
    public byte[] undecodable(
            final RecordSource source, final byte[] value, final String errorClass, final String errorMessage) {
        final ObjectNode root = root();
        final ObjectNode from = root.putObject("source");
        from.put("topic", source.topic());
        if (source.partition() >= 0) {
            from.put("partition", source.partition());
        }
        if (source.offset() >= 0) {
            from.put("offset", source.offset());
        }
        root.set("error", error(errorClass, errorMessage));
        root.set("payload", payload(value));
        return bytes(root);
    }

    /** The value for a CDC row that could not be mapped to its record; {@code row} maps column names to plain values. */
    public byte[] unmappableRow(final RowSource source, final Map<String, ?> row, final Throwable error) {
        final ObjectNode root = root();
        final ObjectNode from = root.putObject("source");
        from.put("table", source.table());
        from.put("lsn", source.lsn());
        from.put("op", source.op());
        final Map<String, String> removed = new LinkedHashMap<>();
        final ObjectNode columns = JSON.createObjectNode();
        if (row != null) {
            row.forEach((column, value) -> columns.set(column, column(column, value, removed)));
        }
        final ObjectNode errorNode = JSON.createObjectNode();
        errorNode.put("class", error.getClass().getName());
        errorNode.put("message", maskedMessage(withoutRemoved(String.valueOf(error.getMessage()), removed)));
        root.set("error", errorNode);
        if (row != null) {
            root.set("row", columns);
        }
        return bytes(root);
    }

    /** {@code message} with every value in {@code removed} replaced by its placeholder (longest first). */
    private static String withoutRemoved(final String message, final Map<String, String> removed) {
        String out = message;
        final List<Map.Entry<String, String>> longestFirst = new ArrayList<>(removed.entrySet());
        longestFirst.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (final Map.Entry<String, String> value : longestFirst) {
            out = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(out)
                    .replaceAll(Matcher.quoteReplacement(value.getValue()));
        }
        return out;
    }

    /** {@code error}'s message with personal data masked, for the dead-letter headers. */
    public String maskedMessage(final Throwable error) {
        return maskedMessage(String.valueOf(error.getMessage()));
    }

    /** {@code message} with personal data masked. */
    public String maskedMessage(final String message) {
        return mask(String.valueOf(message));
    }

    private static ObjectNode root() {
        final ObjectNode root = JSON.createObjectNode();
        root.put("dead_letter", VERSION);
        return root;
    }

    private ObjectNode error(final String errorClass, final String errorMessage) {
        final ObjectNode node = JSON.createObjectNode();
        node.put("class", errorClass);
        node.put("message", maskedMessage(errorMessage));
        return node;
    }

    private static ObjectNode payload(final byte[] value) {
        final ObjectNode node = JSON.createObjectNode();
        if (value == null) {
            node.putNull("bytes");
            return node;
        }
        node.put("bytes", value.length);
        node.put("sha256", sha256(value));
        if (value.length >= 5 && value[0] == 0) {
            node.put("schema_id", ByteBuffer.wrap(value, 1, 4).getInt());
        }
        final Set<String> ids = new LinkedHashSet<>();
        final Matcher uuid = UUID.matcher(new String(value, StandardCharsets.ISO_8859_1));
        while (uuid.find() && ids.size() < MAX_IDS) {
            ids.add(uuid.group());
        }
        final ArrayNode list = node.putArray("ids");
        ids.forEach(list::add);
        return node;
    }

    /** One column's masked value; every raw value masking took out goes into {@code removed} (value → placeholder). */
    private JsonNode column(final String column, final Object value, final Map<String, String> removed) {
        if (value == null) {
            return JSON.nullNode();
        }
        final Optional<String> placeholder = ColumnPolicy.placeholderFor(column);
        if (placeholder.isPresent()) {
            if (!(value instanceof Number) && !(value instanceof Boolean) && !(value instanceof byte[])) {
                removed.put(String.valueOf(value), placeholder.get());
            }
            return JSON.getNodeFactory().textNode(placeholder.get());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return JSON.valueToTree(value);
        }
        if (value instanceof byte[] bytes) {
            return JSON.getNodeFactory().textNode("[" + bytes.length + " bytes]");
        }
        if (value instanceof List<?> list) {
            final ArrayNode array = JSON.createArrayNode();
            list.forEach(item -> array.add(column(column, item, removed)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            final ObjectNode object = JSON.createObjectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), column(String.valueOf(k), v, removed)));
            return object;
        }
        final String text = String.valueOf(value);
        if (UUID.matcher(text).matches()) {
            return JSON.getNodeFactory().textNode(text);
        }
        final String masked = mask(text);
        MaskedSegments.between(text, masked).forEach(removed::put);
        return JSON.getNodeFactory().textNode(masked);
    }

    private String mask(final String text) {
        return masker.mask(text, Optional.empty()).maskedText();
    }

    private static byte[] bytes(final ObjectNode root) {
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(final byte[] value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
