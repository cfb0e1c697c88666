package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CultureScorerTest {

    private final CultureScorer scorer = new CultureScorer();

    private CultureScore score(final Fixtures.JobBuilder job, final Fixtures.ResumeBuilder resume) {
        return scorer.score(job.build(), resume.build());
    }

    @Test
    void shouldScoreFullFitAs100() {
        final CultureScore score = score(Fixtures.job(), Fixtures.resume());
        assertThat(score.score()).isEqualByComparingTo("100.00");
        assertThat(score.locationFit()).isEqualTo(LocationFit.SAME_REGION);
        assertThat(score.salaryFit()).isEqualTo(SalaryFit.OVERLAP);
        assertThat(score.position()).isEqualByComparingTo("100.00");
        assertThat(score.companySize()).isNull();
        assertThat(score.known()).isTrue();
    }

    @Test
    void shouldIgnoreLocationForRemoteJobs() {
        final CultureScore score =
                score(Fixtures.job().remote(RemoteType.REMOTE).location("부산"), Fixtures.resume());
        assertThat(score.locationFit()).isEqualTo(LocationFit.REMOTE);
        assertThat(score.location()).isEqualByComparingTo("100.00");
    }

    @Test
    void shouldScoreOtherRegionOnsiteAsZeroAndReweight() {
        final CultureScore score = score(Fixtures.job().location("부산 해운대구"), Fixtures.resume());
        assertThat(score.locationFit()).isEqualTo(LocationFit.OTHER_REGION_ONSITE);
        assertThat(score.location()).isEqualByComparingTo("0.00");
        // (0×0.35 + 100×0.25 + 100×0.30) / 0.90
        assertThat(score.score()).isEqualByComparingTo("61.11");
    }

    @Test
    void shouldScoreOtherRegionHybridAsHalf() {
        final CultureScore score = score(Fixtures.job().location("부산").remote(RemoteType.HYBRID), Fixtures.resume());
        assertThat(score.locationFit()).isEqualTo(LocationFit.OTHER_REGION_HYBRID);
        assertThat(score.score()).isEqualByComparingTo("80.56");
    }

    @Test
    void shouldFallBackToCompanyLocationWhenJobHasNone() {
        final CultureScore score =
                score(Fixtures.job().location(" "), Fixtures.resume().location("서울"));
        assertThat(score.locationFit()).isEqualTo(LocationFit.SAME_REGION);
    }

    @Test
    void shouldLeaveLocationOutWhenJobseekerStatesNone() {
        final CultureScore score =
                score(Fixtures.job().location("부산"), Fixtures.resume().location(null));
        assertThat(score.locationFit()).isEqualTo(LocationFit.UNKNOWN);
        assertThat(score.location()).isNull();
        assertThat(score.score()).isEqualByComparingTo("100.00");
    }

    @ParameterizedTest(name = "desired {0}–{1} vs job {2}–{3} → {4} {5}")
    @CsvSource({
        "5500, 6500, 5000, 7000, OVERLAP, 100.00",
        "7000, 9000, 5000, 7000, OVERLAP, 100.00",
        "8000, 9000, 5000, 7000, BELOW_DESIRED, 50.00",
        "10000, 12000, 5000, 7000, BELOW_DESIRED, 0.00",
        "3000, 4000, 5000, 7000, ABOVE_DESIRED, 90.00",
        "3000, , 5000, 7000, OVERLAP, 100.00",
        ", 4000, 5000, , ABOVE_DESIRED, 90.00",
        "8000, , , 7600, BELOW_DESIRED, 80.00"
    })
    void shouldScoreSalaryRanges(
            final Integer wantMin,
            final Integer wantMax,
            final Integer jobMin,
            final Integer jobMax,
            final SalaryFit fit,
            final String expected) {
        final CultureScore score =
                score(Fixtures.job().salary(jobMin, jobMax), Fixtures.resume().salary(wantMin, wantMax));
        assertThat(score.salaryFit()).isEqualTo(fit);
        assertThat(score.salary()).isEqualByComparingTo(expected);
    }

    @Test
    void shouldLeaveSalaryOutWhenEitherSideIsMissing() {
        assertThat(score(Fixtures.job().salary(null, null), Fixtures.resume()).salaryFit())
                .isEqualTo(SalaryFit.UNKNOWN);
        final CultureScore score = score(Fixtures.job(), Fixtures.resume().salary(null, null));
        assertThat(score.salaryFit()).isEqualTo(SalaryFit.UNKNOWN);
        assertThat(score.salary()).isNull();
    }

    @Test
    void shouldScorePositionByWordsFoundInTitleOrIndustry() {
        assertThat(score(Fixtures.job(), Fixtures.resume().desired("프론트엔드 React 개발자"))
                        .position())
                .isEqualByComparingTo("0.00");
        assertThat(score(Fixtures.job(), Fixtures.resume().desired("핀테크 백엔드 개발자"))
                        .position())
                .isEqualByComparingTo("100.00");
        assertThat(score(Fixtures.job(), Fixtures.resume().desired("백엔드 데이터 엔지니어"))
                        .position())
                .isEqualByComparingTo("50.00");
        assertThat(score(
                                Fixtures.job().title("Senior Backend Engineer"),
                                Fixtures.resume().desired("backend"))
                        .position())
                .isEqualByComparingTo("100.00");
    }

    @Test
    void shouldUseGenericWordsWhenNothingElseIsLeft() {
        assertThat(score(Fixtures.job(), Fixtures.resume().desired("개발자")).position())
                .isEqualByComparingTo("100.00");
        assertThat(score(Fixtures.job().title("데이터 분석가"), Fixtures.resume().desired("개발자"))
                        .position())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void shouldScoreCompanySizeOnlyWhenDesiredPositionNamesOne() {
        final Fixtures.ResumeBuilder startup = Fixtures.resume().desired("스타트업 백엔드 개발자");
        assertThat(score(Fixtures.job().size(CompanySize.S), startup).companySize())
                .isEqualByComparingTo("100.00");
        assertThat(score(Fixtures.job().size(CompanySize.XL), startup).companySize())
                .isEqualByComparingTo("0.00");
        assertThat(score(Fixtures.job().size(CompanySize.XL), Fixtures.resume().desired("대기업 백엔드"))
                        .companySize())
                .isEqualByComparingTo("100.00");
        assertThat(score(Fixtures.job().size(null), startup).companySize()).isNull();
        assertThat(score(Fixtures.job(), Fixtures.resume()).companySize()).isNull();
    }

    @Test
    void shouldBeNeutralWhenNothingIsKnown() {
        final CultureScore score = score(
                Fixtures.job().salary(null, null).title("x"),
                Fixtures.resume().location(null).desired(null).salary(null, null));
        assertThat(score.known()).isFalse();
        assertThat(score.score()).isEqualByComparingTo("50.00");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "서울특별시 강남구, 서울",
        "서울, 서울",
        "경기도 성남시, 경기",
        "부산광역시, 부산",
        "'Seoul, Korea', seoul",
        "세종특별자치시, 세종",
        "제주특별자치도 제주시, 제주"
    })
    void shouldReduceLocationsToRegions(final String location, final String region) {
        assertThat(Regions.region(location)).isEqualTo(region);
    }

    @Test
    void shouldHaveNoRegionForBlankLocation() {
        assertThat(Regions.region(null)).isNull();
        assertThat(Regions.region("  ")).isNull();
    }

    @Test
    void shouldLeavePositionOutWhenItIsWrittenInAnotherScriptThanTheTitle() {
        final CultureScore score = score(
                Fixtures.job().title("시니어 백엔드 개발자 (Java/Spring)"),
                Fixtures.resume().desired("Backend Engineer"));
        assertThat(score.position()).isNull();
        assertThat(score(
                                Fixtures.job().title("Senior Backend Engineer"),
                                Fixtures.resume().desired("백엔드 개발자"))
                        .position())
                .isNull();
        assertThat(score(
                                Fixtures.job().title("시니어 백엔드 개발자 (Java/Spring)"),
                                Fixtures.resume().desired("Java 백엔드"))
                        .position())
                .as("mostly Hangul on both sides")
                .isEqualByComparingTo("100.00");
    }
}
