package io.hirehub.topologies.resume.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Total months of experience with overlapping periods merged (two jobs at once count once). */
public final class ExperienceTotals {

    private ExperienceTotals() {}

    /** Months covered by {@code periods}, end months inclusive, current periods up to {@code today}. */
    public static int totalMonths(final List<DatePeriod> periods, final YearMonth today) {
        final List<long[]> spans = new ArrayList<>();
        for (final DatePeriod period : periods) {
            final YearMonth end = period.effectiveEnd(today);
            final long from = index(period.start());
            final long to = index(end.isAfter(today) ? today : end);
            if (to >= from) {
                spans.add(new long[] {from, to});
            }
        }
        spans.sort(Comparator.comparingLong(span -> span[0]));
        long total = 0;
        long currentStart = Long.MIN_VALUE;
        long currentEnd = Long.MIN_VALUE;
        for (final long[] span : spans) {
            if (span[0] > currentEnd + 1 || currentStart == Long.MIN_VALUE) {
                if (currentStart != Long.MIN_VALUE) {
                    total += currentEnd - currentStart + 1;
                }
                currentStart = span[0];
                currentEnd = span[1];
            } else {
                currentEnd = Math.max(currentEnd, span[1]);
            }
        }
        if (currentStart != Long.MIN_VALUE) {
            total += currentEnd - currentStart + 1;
        }
        return Math.toIntExact(total);
    }

    private static long index(final YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }
}
