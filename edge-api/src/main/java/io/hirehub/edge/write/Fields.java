package io.hirehub.edge.write;

import io.hirehub.schemas.values.CompanySize;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import io.hirehub.schemas.values.UnknownSeedValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field checks shared by the writers; each throws {@link InvalidFieldException} naming the field. */
public final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{6,18}[0-9]");

    private Fields() {}

    /** A non-blank text of at most {@code max} characters, stripped. */
    public static String required(final String field, final String value, final int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return optional(field, value, max);
    }

    /** Null, or a text of at most {@code max} characters (blank becomes null). */
    public static String optional(final String field, final String value, final int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        final String text = value.strip();
        if (text.length() > max) {
            throw new InvalidFieldException(field, "must be at most " + max + " characters, was " + text.length());
        }
        return text;
    }

    public static String email(final String field, final String value) {
        final String text = required(field, value, 255).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(text).matches()) {
            throw new InvalidFieldException(field, "is not an email address");
        }
        return text;
    }

    public static String phone(final String field, final String value) {
        final String text = optional(field, value, 20);
        if (text != null && !PHONE.matcher(text).matches()) {
            throw new InvalidFieldException(field, "is not a phone number (digits, spaces, '-' and a leading '+')");
        }
        return text;
    }

    /** Null, or a value within [min, max]. */
    public static Integer range(final String field, final Integer value, final int min, final int max) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** {@code low <= high} when both are given. */
    public static void ordered(final String lowField, final Integer low, final String highField, final Integer high) {
        if (low != null && high != null && low > high) {
            throw new InvalidFieldException(
                    highField, "must not be less than " + lowField + " (" + high + " < " + low + ")");
        }
    }

    /** Null, or one of the seed's {@code companies.company_size} bands, as its SQL text. */
    public static String companySize(final String field, final String value) {
        return SeedValues.sql(seedValue(CompanySize.class, field, optional(field, value, 50)));
    }

    /**
     * Null for null/blank, else the constant of a seed value list whose exact SQL text is {@code text}
     * ({@code full-time}, not {@code FULL_TIME}); anything else is refused naming {@code field}.
     */
    public static <E extends Enum<E>> E seedValue(final Class<E> type, final String field, final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return SeedValues.parse(type, field, text, TextMatch.EXACT);
        } catch (UnknownSeedValueException e) {
            throw new InvalidFieldException(
                    field, "unknown value '" + e.value() + "'; expected one of " + String.join(", ", e.allowed()));
        }
    }

    /** The SQL text of a seed value to write; the readers' fallback {@code UNKNOWN} is refused naming {@code field}. */
    public static String sqlValue(final String field, final Enum<?> value) {
        if (value != null && "UNKNOWN".equals(value.name())) {
            throw new InvalidFieldException(field, "UNKNOWN is not a value to write");
        }
        return SeedValues.sql(value);
    }
}
