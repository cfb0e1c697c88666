package io.hirehub.topologies.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePeriodParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2019.03 ~ 2022.02 | 2019-03 | 2022-02",
                "2019. 03. ~ 2022. 02. | 2019-03 | 2022-02",
                "2019-03 - 2022-02 | 2019-03 | 2022-02",
                "2019/3 – 2022/12 | 2019-03 | 2022-12",
                "2019년 3월 ~ 2022년 2월 | 2019-03 | 2022-02",
                "2019.03.01 ~ 2022.02.28 | 2019-03 | 2022-02",
                "Mar 2019 - Feb 2022 | 2019-03 | 2022-02",
                "March 2019 to February 2022 | 2019-03 | 2022-02",
                "03/2019 – 02/2022 | 2019-03 | 2022-02",
                "2012 ~ 2016 | 2012-01 | 2016-12"
            })
    void shouldParseClosedRanges(final String text, final String start, final String end) {
        final DatePeriod period = DatePeriodParser.findRange(text).orElseThrow().period();

        assertThat(period.start()).isEqualTo(YearMonth.parse(start));
        assertThat(period.end()).isEqualTo(YearMonth.parse(end));
        assertThat(period.current()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "2022.03 ~ 현재",
                "2022.03 ~ 재직중",
                "2022.03 ~ 재직 중",
                "Jan 2020 – Present",
                "2020-01 - current",
                "2021년 9월 ~ 재학중"
            })
    void shouldParseOngoingRanges(final String text) {
        final DatePeriod period = DatePeriodParser.findRange(text).orElseThrow().period();

        assertThat(period.current()).isTrue();
        assertThat(period.end()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Java 17, Spring Boot 3.2.1", "5,000만원", "응답 시간 35% 개선", "2022.02 ~ 2019.03"})
    void shouldFindNoRangeInOtherText(final String text) {
        assertThat(DatePeriodParser.findRange(text)).isEmpty();
    }
}
