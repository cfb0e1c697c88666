package io.hirehub.topologies.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedExperienceTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "품질관리 6년 (자동차 부품)|72",
                "경력 7년 차 백엔드 개발자|84",
                "UI/UX 디자이너 5년\\n- 에이전시 2년|60",
                "Data Engineer — 4 years|48",
                "Warehouse supervisor, 7 years (US and Korea)|84",
                "10+ yrs of Java|120",
                "2019년 입사, 2년제 대학 졸업, 95년생|0",
                "My son is 5 years old|0",
                "Managed a 120 year old archive|0",
                "신입 지원자입니다|0"
            })
    void shouldReadTheLargestTotalStatedInWords(final String text, final int months) {
        assertThat(StatedExperience.months(text.replace("\\n", "\n"))).isEqualTo(months);
    }
}
