package io.hirehub.topologies.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperienceTotalsTest {

    private static final YearMonth NOW = YearMonth.of(2026, 1);

    private static DatePeriod closed(final String from, final String to) {
        return new DatePeriod(YearMonth.parse(from), YearMonth.parse(to), false);
    }

    @Test
    void shouldCountEndMonthsInclusively() {
        assertThat(ExperienceTotals.totalMonths(List.of(closed("2019-03", "2022-02")), NOW))
                .isEqualTo(36);
    }

    @Test
    void shouldCountOverlapsOnce() {
        final List<DatePeriod> periods =
                List.of(closed("2018-01", "2020-12"), closed("2020-06", "2021-05"), closed("2019-01", "2019-06"));

        assertThat(ExperienceTotals.totalMonths(periods, NOW)).isEqualTo(41);
    }

    @Test
    void shouldAddDisjointPeriodsAndRunCurrentOnesToToday() {
        final List<DatePeriod> periods =
                List.of(closed("2015-01", "2015-12"), new DatePeriod(YearMonth.parse("2025-02"), null, true));

        assertThat(ExperienceTotals.totalMonths(periods, NOW)).isEqualTo(12 + 12);
    }

    @Test
    void shouldIgnoreFutureStartsAndCountNothingForNoJobs() {
        assertThat(ExperienceTotals.totalMonths(List.of(closed("2027-01", "2027-12")), NOW))
                .isZero();
        assertThat(ExperienceTotals.totalMonths(List.of(), NOW)).isZero();
    }
}
