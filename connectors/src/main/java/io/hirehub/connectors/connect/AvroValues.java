package io.hirehub.connectors.connect;

import io.hirehub.schemas.values.SeedValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.connect.data.Struct;

/**
 * Converts one Debezium column value (as the PostgreSQL connector represents it) to the raw Avro
 * datum of the target field's schema: uuid/JSONB text as strings, MicroTimestamp/Date/ZonedTimestamp
 * to timestamp-micros/-millis and date, Connect decimals to Avro decimal bytes at the field's scale,
 * arrays element by element, strings to enum symbols. Anything else is a {@link RowMappingException}.
 */
final class AvroValues {

    private static final String MICRO_TIMESTAMP = "io.debezium.time.MicroTimestamp";
    private static final String NANO_TIMESTAMP = "io.debezium.time.NanoTimestamp";
    private static final String MILLI_TIMESTAMP = "io.debezium.time.Timestamp";
    private static final String ZONED_TIMESTAMP = "io.debezium.time.ZonedTimestamp";
    private static final String DEBEZIUM_DATE = "io.debezium.time.Date";
    private static final String CONNECT_TIMESTAMP = "org.apache.kafka.connect.data.Timestamp";
    private static final String CONNECT_DATE = "org.apache.kafka.connect.data.Date";
    private static final String VARIABLE_SCALE_DECIMAL = "io.debezium.data.VariableScaleDecimal";

    private AvroValues() {}

    static boolean isNullable(final Schema schema) {
        if (schema.getType() == Schema.Type.NULL) {
            return true;
        }
        return schema.getType() == Schema.Type.UNION
                && schema.getTypes().stream().anyMatch(s -> s.getType() == Schema.Type.NULL);
    }

    static Object convert(final Object value, final org.apache.kafka.connect.data.Schema source, final Schema target) {
        if (value == null) {
            if (isNullable(target)) {
                return null;
            }
            throw new RowMappingException("null for a required " + describe(target) + " field");
        }
        final Schema actual = nonNull(target);
        final String sourceName = source == null ? null : source.name();
        final LogicalType logical = actual.getLogicalType();
        return switch (actual.getType()) {
            case STRING -> string(value);
            case ENUM -> enumSymbol(value, actual);
            case BOOLEAN -> cast(value, Boolean.class, actual);
            case INT -> logical instanceof LogicalTypes.Date ? days(value, sourceName) : intValue(value, actual);
            case LONG -> longValue(value, sourceName, logical, actual);
            case FLOAT -> number(value, actual).floatValue();
            case DOUBLE -> number(value, actual).doubleValue();
            case BYTES ->
                logical instanceof LogicalTypes.Decimal d ? ByteBuffer.wrap(unscaled(value, d, actual)) : bytes(value);
            case FIXED ->
                logical instanceof LogicalTypes.Decimal d
                        ? fixedDecimal(value, d, actual)
                        : new GenericData.Fixed(actual, copy(bytes(value)));
            case ARRAY -> array(value, source, actual);
            default -> throw new RowMappingException("unsupported Avro type " + describe(actual));
        };
    }

    private static Schema nonNull(final Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        final List<Schema> branches = schema.getTypes().stream()
                .filter(s -> s.getType() != Schema.Type.NULL)
                .toList();
        if (branches.size() != 1) {
            throw new RowMappingException("only [null, T] unions are mapped, not " + schema);
        }
        return branches.get(0);
    }

    private static String string(final Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof UUID || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        throw new RowMappingException("expected text, got " + value.getClass().getSimpleName());
    }

    private static GenericData.EnumSymbol enumSymbol(final Object value, final Schema schema) {
        final String text = string(value);
        return SeedValues.symbol(schema, text)
                .map(symbol -> new GenericData.EnumSymbol(schema, symbol))
                .orElseThrow(
                        () -> new RowMappingException("'" + text + "' is not a value of enum " + schema.getFullName()));
    }

    private static <T> T cast(final Object value, final Class<T> type, final Schema target) {
        if (!type.isInstance(value)) {
            throw new RowMappingException(
                    "expected " + describe(target) + ", got " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }

    private static Number number(final Object value, final Schema target) {
        return cast(value, Number.class, target);
    }

    private static int intValue(final Object value, final Schema target) {
        final Number n = number(value, target);
        if (n instanceof Long l && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
            throw new RowMappingException(l + " does not fit an int");
        }
        if (n instanceof BigDecimal || n instanceof Double || n instanceof Float) {
            throw new RowMappingException(
                    "expected an integer, got " + n.getClass().getSimpleName());
        }
        return n.intValue();
    }

    private static int days(final Object value, final String sourceName) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Date d && CONNECT_DATE.equals(sourceName)) {
            return Math.toIntExact(Math.floorDiv(d.getTime(), 86_400_000L));
        }
        if (value instanceof LocalDate d) {
            return Math.toIntExact(d.toEpochDay());
        }
        throw new RowMappingException("expected a date, got " + value.getClass().getSimpleName());
    }

    private static long longValue(
            final Object value, final String sourceName, final LogicalType logical, final Schema target) {
        final boolean micros =
                logical instanceof LogicalTypes.TimestampMicros || logical instanceof LogicalTypes.LocalTimestampMicros;
        final boolean millis =
                logical instanceof LogicalTypes.TimestampMillis || logical instanceof LogicalTypes.LocalTimestampMillis;
        if (!micros && !millis) {
            final Number n = number(value, target);
            if (n instanceof BigDecimal || n instanceof Double || n instanceof Float) {
                throw new RowMappingException(
                        "expected an integer, got " + n.getClass().getSimpleName());
            }
            return n.longValue();
        }
        final long epochMicros = epochMicros(value, sourceName);
        return micros ? epochMicros : Math.floorDiv(epochMicros, 1000L);
    }

    private static long epochMicros(final Object value, final String sourceName) {
        if (value instanceof Long l) {
            if (MICRO_TIMESTAMP.equals(sourceName)) {
                return l;
            }
            if (NANO_TIMESTAMP.equals(sourceName)) {
                return Math.floorDiv(l, 1000L);
            }
            if (MILLI_TIMESTAMP.equals(sourceName)) {
                return l * 1000L;
            }
            throw new RowMappingException("a long without a timestamp schema (" + sourceName + ")");
        }
        if (value instanceof Date d) {
            return d.getTime() * 1000L;
        }
        if (value instanceof String s && ZONED_TIMESTAMP.equals(sourceName)) {
            final Instant instant = OffsetDateTime.parse(s).toInstant();
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000L);
        }
        if (value instanceof Instant instant) {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000L);
        }
        throw new RowMappingException(
                "expected a timestamp, got " + value.getClass().getSimpleName());
    }

    private static byte[] unscaled(final Object value, final LogicalTypes.Decimal decimal, final Schema target) {
        final BigDecimal number = decimal(value, target);
        final BigDecimal scaled;
        try {
            scaled = number.setScale(decimal.getScale(), RoundingMode.UNNECESSARY);
        } catch (final ArithmeticException e) {
            throw new RowMappingException(
                    number.toPlainString() + " has more than " + decimal.getScale() + " decimals", e);
        }
        if (scaled.precision() > decimal.getPrecision()) {
            throw new RowMappingException(number.toPlainString() + " exceeds precision " + decimal.getPrecision());
        }
        return scaled.unscaledValue().toByteArray();
    }

    private static BigDecimal decimal(final Object value, final Schema target) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Struct s
                && VARIABLE_SCALE_DECIMAL.equals(s.schema().name())) {
            return new BigDecimal(new BigInteger(copy(bytes(s.get("value")))), s.getInt32("scale"));
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s);
            } catch (final NumberFormatException e) {
                throw new RowMappingException("'" + s + "' is not a decimal", e);
            }
        }
        throw new RowMappingException(
                "expected " + describe(target) + ", got " + value.getClass().getSimpleName());
    }

    private static GenericData.Fixed fixedDecimal(
            final Object value, final LogicalTypes.Decimal decimal, final Schema target) {
        final byte[] unscaled = unscaled(value, decimal, target);
        final byte[] fixed = new byte[target.getFixedSize()];
        if (unscaled.length > fixed.length) {
            throw new RowMappingException("decimal does not fit fixed(" + fixed.length + ")");
        }
        final byte pad = (byte) (unscaled[0] < 0 ? 0xFF : 0x00);
        final int offset = fixed.length - unscaled.length;
        for (int i = 0; i < offset; i++) {
            fixed[i] = pad;
        }
        System.arraycopy(unscaled, 0, fixed, offset, unscaled.length);
        return new GenericData.Fixed(target, fixed);
    }

    private static ByteBuffer bytes(final Object value) {
        if (value instanceof byte[] b) {
            return ByteBuffer.wrap(b);
        }
        if (value instanceof ByteBuffer b) {
            return b.duplicate();
        }
        throw new RowMappingException("expected bytes, got " + value.getClass().getSimpleName());
    }

    private static byte[] copy(final ByteBuffer buffer) {
        final byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }

    private static List<Object> array(
            final Object value, final org.apache.kafka.connect.data.Schema source, final Schema target) {
        if (!(value instanceof Collection<?> items)) {
            throw new RowMappingException(
                    "expected an array, got " + value.getClass().getSimpleName());
        }
        final org.apache.kafka.connect.data.Schema elementSource = source == null ? null : source.valueSchema();
        final List<Object> out = new ArrayList<>(items.size());
        int index = 0;
        for (final Object item : items) {
            try {
                out.add(convert(item, elementSource, target.getElementType()));
            } catch (final RowMappingException e) {
                throw new RowMappingException("[" + index + "] " + e.getMessage(), e);
            }
            index++;
        }
        return out;
    }

    private static String describe(final Schema schema) {
        final LogicalType logical = schema.getLogicalType();
        return logical == null ? schema.getType().getName() : schema.getType().getName() + "/" + logical.getName();
    }
}
