package io.hirehub.edge.write;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field checks shared by the writers; each throws {@link InvalidFieldException} naming the field. */
public final class Fields {

    /** The seed's {@code companies.company_size} values (a string column, not an Avro enum). */
    public static final List<String> COMPANY_SIZES = List.of("1-10", "11-50", "51-200", "201-500", "500+");

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

    public static String companySize(final String field, final String value) {
        final String text = optional(field, value, 50);
        if (text != null && !COMPANY_SIZES.contains(text)) {
            throw new InvalidFieldException(
                    field, "unknown value '" + text + "'; expected one of " + String.join(", ", COMPANY_SIZES));
        }
        return text;
    }
}
