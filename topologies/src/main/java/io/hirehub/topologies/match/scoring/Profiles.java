package io.hirehub.topologies.match.scoring;

import java.util.ArrayList;
import java.util.List;

/** Shared validation of the profile records, with messages that name the column. */
final class Profiles {

    private Profiles() {}

    static void requireId(final String column, final String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(column + " must not be blank");
        }
    }

    static List<String> names(final String field, final List<String> names) {
        if (names == null) {
            return List.of();
        }
        final List<String> copy = new ArrayList<>(names.size());
        for (final String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException(field + " must not contain a blank skill name");
            }
            copy.add(name);
        }
        return List.copyOf(copy);
    }

    static void requireRange(final String minName, final Integer min, final String maxName, final Integer max) {
        if (min != null && min < 0) {
            throw new IllegalArgumentException(minName + " must be >= 0, got " + min);
        }
        if (max != null && max < 0) {
            throw new IllegalArgumentException(maxName + " must be >= 0, got " + max);
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException(minName + " (" + min + ") must be <= " + maxName + " (" + max + ")");
        }
    }
}
