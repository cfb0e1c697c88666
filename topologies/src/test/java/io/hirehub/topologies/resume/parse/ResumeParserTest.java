package io.hirehub.topologies.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ResumeParserTest {

    private static final Clock JAN_2026 = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);

    private final PiiMasker masker = new PiiMasker();
    private final ResumeParser parser = new ResumeParser(SkillVocabulary::builtIn, JAN_2026);

    private ParsedResume parseSample(final String name) {
        return parser.parse(masker.mask(Resources.text(name)).maskedText());
    }

    @Test
    void shouldParseKoreanBackendResume() {
        final ParsedResume parsed = parseSample("ko_backend.txt");

        assertThat(parsed.experiences())
                .extracting(
                        Experience::companyName,
                        Experience::position,
                        Experience::startDate,
                        Experience::endDate,
                        Experience::isCurrent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "(주)한빛커머스", "시니어 백엔드 개발자", LocalDate.of(2022, 3, 1), null, true),
                        org.assertj.core.groups.Tuple.tuple(
                                "ABC테크", "백엔드 개발자", LocalDate.of(2018, 1, 1), LocalDate.of(2022, 2, 1), false));
        assertThat(parsed.experiences().get(0).description())
                .startsWith("주문/결제 API를 Spring Boot 3.2")
                .contains("Kafka 기반")
                .doesNotContain("ABC테크");
        assertThat(parsed.educations())
                .containsExactly(new Education(
                        "한국대학교", "학사", "컴퓨터공학과", LocalDate.of(2010, 3, 1), LocalDate.of(2017, 2, 1), false));
        assertThat(parsed.skills())
                .contains(
                        new ParsedSkill("Java", SkillCategory.LANGUAGE, Proficiency.EXPERT, 7),
                        new ParsedSkill("Spring Boot", SkillCategory.FRAMEWORK, Proficiency.ADVANCED, 5),
                        new ParsedSkill("Kubernetes", SkillCategory.CLOUD, Proficiency.INTERMEDIATE, 3),
                        new ParsedSkill("PostgreSQL", SkillCategory.DATABASE, null, null),
                        new ParsedSkill("Redis", SkillCategory.DATABASE, null, null),
                        new ParsedSkill("AWS", SkillCategory.CLOUD, Proficiency.INTERMEDIATE, null),
                        new ParsedSkill("Docker", SkillCategory.CLOUD, null, null),
                        new ParsedSkill("Python", SkillCategory.LANGUAGE, null, null));
        // 2018-01..2022-02 (50 months) + 2022-03..2026-01 (47 months)
        assertThat(parsed.totalExperienceMonths()).isEqualTo(97);
        assertThat(parsed.totalExperienceYears()).isEqualByComparingTo(new BigDecimal("8.1"));
    }

    @Test
    void shouldParseEnglishBackendResumeAndMergeOverlappingJobs() {
        final ParsedResume parsed = parseSample("en_backend.md");

        assertThat(parsed.experiences())
                .extracting(Experience::companyName, Experience::position, Experience::startDate, Experience::isCurrent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Acme Corp", "Senior Backend Engineer", LocalDate.of(2020, 1, 1), true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Globex Inc", "Software Engineer", LocalDate.of(2016, 6, 1), false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Initech LLC", "Backend Intern", LocalDate.of(2015, 6, 1), false));
        assertThat(parsed.educations())
                .containsExactly(new Education(
                        "University of Washington",
                        "B.S.",
                        "Computer Science",
                        LocalDate.of(2011, 9, 1),
                        LocalDate.of(2015, 6, 1),
                        false));
        assertThat(parsed.skills())
                .contains(
                        new ParsedSkill("Java", SkillCategory.LANGUAGE, Proficiency.EXPERT, 8),
                        new ParsedSkill("Spring Boot", SkillCategory.FRAMEWORK, Proficiency.ADVANCED, 6),
                        new ParsedSkill("Kubernetes", SkillCategory.CLOUD, Proficiency.INTERMEDIATE, 3),
                        new ParsedSkill("Python", SkillCategory.LANGUAGE, Proficiency.BEGINNER, null),
                        new ParsedSkill("JPA", SkillCategory.FRAMEWORK, null, null),
                        new ParsedSkill("Terraform", SkillCategory.CLOUD, null, null));
        // 2015-06..2019-12 (internship overlaps the next job: 55 months) + 2020-01..2026-01 (73 months)
        assertThat(parsed.totalExperienceMonths()).isEqualTo(128);
    }

    @Test
    void shouldParseNurseResumesWithNursingSkills() {
        final ParsedResume korean = parseSample("ko_nurse.txt");
        final ParsedResume english = parseSample("en_nurse.txt");

        assertThat(korean.experiences())
                .extracting(Experience::companyName, Experience::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("서울중앙병원", "내과 병동 간호사"),
                        org.assertj.core.groups.Tuple.tuple("한빛요양병원", "간호사"));
        assertThat(korean.educations())
                .extracting(Education::schoolName, Education::major)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("한국간호대학교", "간호학과"));
        assertThat(korean.skills())
                .extracting(ParsedSkill::skillName)
                .contains(
                        "Nursing",
                        "Medication Administration",
                        "Vital Signs Monitoring",
                        "간호사 면허",
                        "Cardiopulmonary Resuscitation")
                .doesNotContain("Java", "Python");
        assertThat(english.experiences())
                .extracting(Experience::companyName, Experience::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("St. Mary Hospital", "Staff Nurse"));
        assertThat(english.educations())
                .extracting(Education::degree, Education::major)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bachelor of Science", "Nursing"));
    }

    @Test
    void shouldMarkCurrentJobsForEveryOngoingWord() {
        final String text = "경력\nA랩스 | 개발자 | 2024.01 ~ 재직중\nB전자 | 엔지니어 | 2020년 1월 - 2023년 12월\n"
                + "C Corp | Engineer | 03/2019 to Present\n";

        final ParsedResume parsed = parser.parse(text);

        assertThat(parsed.experiences()).extracting(Experience::isCurrent).containsExactly(true, false, true);
        assertThat(parsed.experiences().get(1).endDate()).isEqualTo(LocalDate.of(2023, 12, 1));
    }

    @Test
    void shouldReadFormStyleKoreanEntries() {
        final String text = """
                경력사항
                회사명: 한빛소프트
                직위: 대리
                근무기간: 2019.03 ~ 2022.02
                담당업무: 결제 시스템 백엔드 개발
                - 자바 기반 정산 배치 운영
                회사명: 누리랩스
                직위: 선임 연구원
                재직기간: 2022.03 ~ 현재
                담당업무: 추천 모델 서빙
                """;

        final ParsedResume parsed = parser.parse(text);

        assertThat(parsed.experiences())
                .extracting(
                        Experience::companyName, Experience::position, Experience::isCurrent, Experience::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("한빛소프트", "대리", false, "결제 시스템 백엔드 개발\n자바 기반 정산 배치 운영"),
                        org.assertj.core.groups.Tuple.tuple("누리랩스", "선임 연구원", true, "추천 모델 서빙"));
    }

    @Test
    void shouldTakeCompanyAndTitleFromTheLinesAboveADateLine() {
        final String text = "Experience\nAcme Corp\nSenior Engineer\nJan 2020 – Present\n- Built APIs in Kotlin\n"
                + "Globex\nEngineer\n2017-01 - 2019-12\n- Short bullet\n";

        final ParsedResume parsed = parser.parse(text);

        assertThat(parsed.experiences())
                .extracting(Experience::companyName, Experience::position, Experience::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Acme Corp", "Senior Engineer", "Built APIs in Kotlin"),
                        org.assertj.core.groups.Tuple.tuple("Globex", "Engineer", "Short bullet"));
    }

    @Test
    void shouldReadDatedLinesWhenThereAreNoHeadings() {
        final ParsedResume parsed =
                parser.parse("Acme Corp, Engineer, 2020-01 - 2021-12\nKorea University 2012 - 2016");

        assertThat(parsed.experiences()).hasSize(1);
        assertThat(parsed.educations()).extracting(Education::schoolName).containsExactly("Korea University");
        assertThat(parsed.totalExperienceMonths()).isEqualTo(24);
    }

    @Test
    void shouldNotTakeProjectDatesForJobs() {
        final ParsedResume parsed =
                parser.parse("경력\nA테크 | 개발자 | 2020.01 ~ 2020.12\n\n프로젝트\n사내 메신저 | 2021.01 ~ 2021.06\n");

        assertThat(parsed.experiences()).hasSize(1);
        assertThat(parsed.totalExperienceMonths()).isEqualTo(12);
    }

    @Test
    void shouldRoundTripThroughJson() {
        final ParsedResume parsed = parseSample("ko_backend.txt");

        final String json = ParsedResumeJson.toJsonString(parsed);

        assertThat(ParsedResumeJson.fromJson(json)).isEqualTo(parsed);
        assertThat(json)
                .contains(
                        "\"company_name\":\"(주)한빛커머스\"",
                        "\"is_current\":true",
                        "\"start_date\":\"2022-03-01\"",
                        "\"skill_name\":\"Java\"",
                        "\"category\":\"language\"",
                        "\"proficiency\":\"expert\"",
                        "\"total_experience_months\":97",
                        "\"total_experience_years\":8.1");
    }

    @Test
    void shouldTakeTheStatedTotalWhenNoJobCarriesDatesAndTheDatedTotalOtherwise() {
        assertThat(parser.parse("품질관리 6년 (자동차 부품)\n- 수입검사, 공정검사").totalExperienceYears())
                .isEqualByComparingTo("6.0");
        assertThat(parser.parse("Warehouse supervisor, 7 years. Forklift certified.")
                        .totalExperienceYears())
                .isEqualByComparingTo("7.0");
        assertThat(parser.parse("경력\n2023.01 - 2024.12 테크컴퍼니 백엔드 개발자 (경력 10년 차 팀과 협업)")
                        .totalExperienceYears())
                .as("dated jobs win over words")
                .isEqualByComparingTo("2.0");
        assertThat(parser.parse("신입 지원자입니다. 자바를 공부했습니다.").totalExperienceYears())
                .isEqualByComparingTo("0.0");
    }
}
