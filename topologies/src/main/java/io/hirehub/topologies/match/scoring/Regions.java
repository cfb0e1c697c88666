package io.hirehub.topologies.match.scoring;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces a free-text location to its region: the first word, lower-cased, without the
 * administrative suffix ("서울특별시 강남구" → "서울", "경기도 성남시" → "경기", "Seoul, KR" → "seoul").
 */
final class Regions {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,/()·]+");
    private static final String[] SUFFIXES = {"특별자치시", "특별자치도", "특별시", "광역시", "시", "도"};

    private Regions() {}

    /** The region of {@code location}, or {@code null} if blank. */
    static String region(final String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        final String first = SEPARATORS.split(location.trim(), 2)[0].toLowerCase(Locale.ROOT);
        for (final String suffix : SUFFIXES) {
            if (first.endsWith(suffix) && first.length() - suffix.length() >= 2) {
                return first.substring(0, first.length() - suffix.length());
            }
        }
        return first.isEmpty() ? null : first;
    }
}
