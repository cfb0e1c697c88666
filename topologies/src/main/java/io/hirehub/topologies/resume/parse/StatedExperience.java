package io.hirehub.topologies.resume.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Total experience a resume states in words ("품질관리 6년", "경력 7년 차", "Data Engineer — 4 years"), for resumes
 * whose jobs carry no dates to add up. Without it such a resume counts as zero years, which matching reads as
 * "years short of every requirement" rather than "unknown".
 *
 * <p>The largest stated figure wins (a headline states the total, lines below state parts of it); figures of one or
 * two digits only, so years of the calendar ("2019년") never count, and not ages, two-year colleges or birth years
 * ("95년생", "2년제", "5 years old").
 */
final class StatedExperience {

    private static final int MAX_YEARS = 50;
    private static final Pattern KOREAN = Pattern.compile("(?<![0-9.])([0-9]{1,2})\\s*년(?![제생도])");
    private static final Pattern ENGLISH =
            Pattern.compile("(?<![0-9.])([0-9]{1,2})\\+?\\s*(?:years?|yrs?)\\b(?!\\s+old)", Pattern.CASE_INSENSITIVE);

    private StatedExperience() {}

    /** Months of the largest total stated in {@code text}, 0 when it states none. */
    static int months(final String text) {
        return 12 * Math.max(largest(KOREAN.matcher(text)), largest(ENGLISH.matcher(text)));
    }

    private static int largest(final Matcher m) {
        int years = 0;
        while (m.find()) {
            final int value = Integer.parseInt(m.group(1));
            if (value <= MAX_YEARS) {
                years = Math.max(years, value);
            }
        }
        return years;
    }
}
