package io.hirehub.edge.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Maps the generated Avro enums of the seed's value lists ({@code io.hirehub.avro.entity.JobType}, …)
 * to and from their exact SQL text, read from each enum schema's {@code sqlValues} property, so the
 * writers and CDC share one source of truth. {@code UNKNOWN} is a reader's fallback, never written.
 */
public final class SqlValues {

    private static final String UNKNOWN = "UNKNOWN";

    private SqlValues() {}

    /** The SQL text of a symbol, e.g. {@code FULL_TIME} → {@code full-time}. */
    public static String sql(final Enum<?> symbol) {
        if (symbol == null) {
            return null;
        }
        final String value = values(symbol.getDeclaringClass()).get(symbol.name());
        if (value == null) {
            throw new IllegalArgumentException(symbol + " has no SQL value");
        }
        return value;
    }

    /** Null for null/blank, else the symbol whose SQL text is {@code text}; refuses anything else naming {@code field}. */
    public static <E extends Enum<E>> E parse(final Class<E> type, final String field, final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        final Map<String, String> values = values(type);
        for (final E constant : type.getEnumConstants()) {
            if (!UNKNOWN.equals(constant.name()) && text.strip().equals(values.get(constant.name()))) {
                return constant;
            }
        }
        throw new InvalidFieldException(
                field, "unknown value '" + text.strip() + "'; expected one of " + String.join(", ", sqlValues(type)));
    }

    /** The SQL texts a column accepts, in declaration order. */
    public static <E extends Enum<E>> List<String> sqlValues(final Class<E> type) {
        final Map<String, String> values = values(type);
        final List<String> out = new ArrayList<>();
        for (final E constant : type.getEnumConstants()) {
            if (!UNKNOWN.equals(constant.name())) {
                out.add(values.get(constant.name()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> values(final Class<?> type) {
        final Schema schema = SpecificData.get().getSchema(type);
        final Object prop = schema.getObjectProp("sqlValues");
        if (!(prop instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(type.getName() + " has no sqlValues property");
        }
        return (Map<String, String>) prop;
    }
}
