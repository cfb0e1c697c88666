package io.hirehub.schemas.keys;

/**
 * How composite keys are spelt on every topic and in every store: the parts' text joined with
 * {@code ':'} ({@code {job_id}:{resume_id}}, {@code {job_id}:{skill_id}}), so that keys stay plain
 * UTF-8 and a prefix scan over {@code {first}:} finds every key of one first part. The first part
 * must not contain {@code ':'}; the second may (it is everything after the first separator).
 */
public final class CompositeKeys {

    /** The separator between the parts. */
    public static final char SEPARATOR = ':';

    private CompositeKeys() {}

    /** {@code first:second}. */
    public static String join(final String first, final String second) {
        requirePart("first", first);
        if (first.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException(
                    "first part of a composite key must not contain ':', got '" + first + "'");
        }
        requirePart("second", second);
        return first + SEPARATOR + second;
    }

    /** The prefix of every key whose first part is {@code first}: {@code first:}. */
    public static String prefix(final String first) {
        requirePart("first", first);
        return first + SEPARATOR;
    }

    /**
     * The two parts of {@code key}.
     *
     * @param shape the key's shape for the error, e.g. {@code {job_id}:{resume_id}}
     * @throws IllegalArgumentException when there is no separator or a part is empty
     */
    public static String[] split(final String key, final String shape) {
        final int separator = key == null ? -1 : key.indexOf(SEPARATOR);
        if (separator <= 0 || separator == key.length() - 1) {
            throw new IllegalArgumentException("key must be " + shape + ", got '" + key + "'");
        }
        return new String[] {key.substring(0, separator), key.substring(separator + 1)};
    }

    private static void requirePart(final String which, final String part) {
        if (part == null || part.isEmpty()) {
            throw new IllegalArgumentException(which + " part of a composite key must not be empty");
        }
    }
}
