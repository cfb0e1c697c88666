package io.hirehub.schemas.values;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.specific.SpecificData;

/**
 * The one mapping between the seed's value lists and their Java types. A value list is either a
 * generated Avro enum ({@code io.hirehub.avro.entity.JobStatus}, …), whose schema property
 * {@code sqlValues} holds the exact SQL text of each symbol, or a hand-written {@link ColumnValue}
 * enum for the lists the contracts keep as strings. Writers, CDC, the topologies and their stores
 * all go through here, so {@code FULL_TIME ↔ full-time} is spelt once. {@code UNKNOWN}, the Avro
 * readers' fallback for a symbol from a newer writer, has no SQL text and is never parsed.
 */
public final class SeedValues {

    private static final String SQL_VALUES = "sqlValues";
    private static final Map<Class<?>, Map<Enum<?>, String>> BY_TYPE = new ConcurrentHashMap<>();

    private SeedValues() {}

    /** The SQL text of a constant, e.g. {@code FULL_TIME} → {@code full-time}; {@code null} stays {@code null}. */
    public static String sql(final Enum<?> constant) {
        if (constant == null) {
            return null;
        }
        final String text = texts(constant.getDeclaringClass()).get(constant);
        if (text == null) {
            throw new IllegalArgumentException(constant.getDeclaringClass().getSimpleName() + "." + constant
                    + " has no SQL value (a reader's fallback, never written)");
        }
        return text;
    }

    /**
     * The constant whose SQL text is {@code text}; {@code null} stays {@code null}.
     *
     * @param column   the column or field named in the error, e.g. {@code jobs.status}
     * @throws UnknownSeedValueException when {@code text} is none of the column's values
     */
    public static <E extends Enum<E>> E parse(
            final Class<E> type, final String column, final String text, final TextMatch match) {
        if (text == null) {
            return null;
        }
        final String wanted = match == TextMatch.ANY_CASE ? text.strip().toLowerCase(Locale.ROOT) : text.strip();
        for (final Map.Entry<Enum<?>, String> entry : texts(type).entrySet()) {
            final String sql =
                    match == TextMatch.ANY_CASE ? entry.getValue().toLowerCase(Locale.ROOT) : entry.getValue();
            if (sql.equals(wanted)) {
                return type.cast(entry.getKey());
            }
        }
        throw new UnknownSeedValueException(column, text.strip(), sqlValues(type));
    }

    /** The SQL texts a column accepts, in declaration order. */
    public static List<String> sqlValues(final Class<? extends Enum<?>> type) {
        return new ArrayList<>(texts(type).values());
    }

    /**
     * The symbol of a generic Avro enum schema whose SQL text is {@code text} (CDC maps rows without
     * the generated classes); a schema without {@code sqlValues} takes the symbol itself.
     */
    public static Optional<String> symbol(final Schema enumSchema, final String text) {
        if (enumSchema.getObjectProp(SQL_VALUES) instanceof Map<?, ?> sqlValues) {
            for (final Map.Entry<?, ?> entry : sqlValues.entrySet()) {
                if (Objects.equals(text, entry.getValue())) {
                    return Optional.of(entry.getKey().toString());
                }
            }
            return Optional.empty();
        }
        return enumSchema.hasEnumSymbol(text) ? Optional.of(text) : Optional.empty();
    }

    private static Map<Enum<?>, String> texts(final Class<?> type) {
        return BY_TYPE.computeIfAbsent(type, SeedValues::read);
    }

    private static Map<Enum<?>, String> read(final Class<?> type) {
        if (!type.isEnum()) {
            throw new IllegalArgumentException(type.getName() + " is not an enum");
        }
        final Map<Enum<?>, String> texts = new LinkedHashMap<>();
        if (ColumnValue.class.isAssignableFrom(type)) {
            for (final Object constant : type.getEnumConstants()) {
                texts.put((Enum<?>) constant, ((ColumnValue) constant).sqlValue());
            }
            return texts;
        }
        final Object sqlValues = GenericEnumSymbol.class.isAssignableFrom(type)
                ? SpecificData.get().getSchema(type).getObjectProp(SQL_VALUES)
                : null;
        if (!(sqlValues instanceof Map<?, ?> byName)) {
            throw new IllegalArgumentException(
                    type.getName() + " is neither a ColumnValue nor an Avro enum with a sqlValues property");
        }
        for (final Object constant : type.getEnumConstants()) {
            final Object text = byName.get(((Enum<?>) constant).name());
            if (text != null) {
                texts.put((Enum<?>) constant, text.toString());
            }
        }
        return texts;
    }
}
