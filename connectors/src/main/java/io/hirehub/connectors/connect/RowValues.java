package io.hirehub.connectors.connect;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;

/**
 * A Connect row as plain Java values (strings, numbers, booleans, bytes, lists, maps), column order
 * kept, for {@link io.hirehub.topologies.deadletter.DeadLetterValues}, which masks them.
 */
final class RowValues {

    private RowValues() {}

    static Map<String, Object> plain(final Struct row) {
        final Map<String, Object> columns = new LinkedHashMap<>();
        for (final Field field : row.schema().fields()) {
            columns.put(field.name(), plain(row.get(field)));
        }
        return columns;
    }

    private static Object plain(final Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value;
        }
        if (value instanceof Struct struct) {
            return plain(struct);
        }
        if (value instanceof ByteBuffer buffer) {
            final byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        if (value instanceof byte[]) {
            return value;
        }
        if (value instanceof Date date) {
            return date.getTime();
        }
        if (value instanceof List<?> list) {
            final List<Object> items = new ArrayList<>(list.size());
            list.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            final Map<String, Object> entries = new LinkedHashMap<>();
            map.forEach((k, v) -> entries.put(String.valueOf(k), plain(v)));
            return entries;
        }
        return String.valueOf(value);
    }
}
