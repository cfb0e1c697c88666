package io.hirehub.topologies.resume.parse;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A period from a resume, at month precision.
 *
 * @param start   first month
 * @param end     last month (inclusive), {@code null} when current
 * @param current whether the period is ongoing (현재, 재직중, 재학중, Present)
 */
public record DatePeriod(YearMonth start, YearMonth end, boolean current) {

    public DatePeriod {
        Objects.requireNonNull(start, "start");
        if (current == (end != null)) {
            throw new IllegalArgumentException("a period has an end month or is current, not both/neither");
        }
    }

    /** First day of the start month, for DATE columns. */
    public LocalDate startDate() {
        return start.atDay(1);
    }

    /** First day of the end month, or {@code null} when current. */
    public LocalDate endDate() {
        return end == null ? null : end.atDay(1);
    }

    /** The last month counted, {@code today} for current periods. */
    public YearMonth effectiveEnd(final YearMonth today) {
        return current ? today : end;
    }
}
