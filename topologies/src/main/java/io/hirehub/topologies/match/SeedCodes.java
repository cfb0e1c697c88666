package io.hirehub.topologies.match;

import java.util.Locale;

/** Parses the seed's lower-case column codes into enum constants with one exact error message. */
final class SeedCodes {

    private SeedCodes() {}

    static <E extends Enum<E> & HasCode> E parse(final Class<E> type, final String column, final String code) {
        if (code == null) {
            return null;
        }
        final String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (final E constant : type.getEnumConstants()) {
            if (constant.code().equals(wanted)) {
                return constant;
            }
        }
        final StringBuilder allowed = new StringBuilder();
        for (final E constant : type.getEnumConstants()) {
            if (allowed.length() > 0) {
                allowed.append(", ");
            }
            allowed.append(constant.code());
        }
        throw new IllegalArgumentException("Unknown " + column + " '" + code + "': expected one of " + allowed);
    }

    /** An enum constant that stands for one of the seed's column codes. */
    interface HasCode {
        String code();
    }
}
