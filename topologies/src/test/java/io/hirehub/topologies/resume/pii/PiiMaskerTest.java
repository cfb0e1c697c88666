package io.hirehub.topologies.resume.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    static Stream<Arguments> maskedCases() {
        return Stream.of(
                // names: labelled, Korean and English, with and without spaces
                Arguments.of("이름: 홍길동", "이름: [NAME]"),
                Arguments.of("성명 : 김 철 수", "성명 : [NAME]"),
                Arguments.of("성명: 남궁민수 (Namgung Minsu)", "성명: [NAME] ([NAME])"),
                Arguments.of("Name: John Smith", "Name: [NAME]"),
                Arguments.of("Full Name: Jane Q. Doe", "Full Name: [NAME]"),
                Arguments.of("이름 | 박지성 | 연락처 | 010-2222-3333", "이름 | [NAME] | 연락처 | [PHONE]"),
                Arguments.of("홍길동\n백엔드 개발자\n", "[NAME]\n백엔드 개발자\n"),
                Arguments.of("JANE DOE\nSenior Backend Engineer", "[NAME]\nSenior Backend Engineer"),
                // Korean mobile numbers
                Arguments.of("연락처: 010-1234-5678", "연락처: [PHONE]"),
                Arguments.of("휴대폰 01012345678 로 연락", "휴대폰 [PHONE] 로 연락"),
                Arguments.of("010 1234 5678", "[PHONE]"),
                Arguments.of("010.9876.5432", "[PHONE]"),
                Arguments.of("(010) 1234-5678", "[PHONE]"),
                Arguments.of("011-123-4567", "[PHONE]"),
                // Korean landlines
                Arguments.of("자택: 02-123-4567", "자택: [PHONE]"),
                Arguments.of("사무실 031-1234-5678", "사무실 [PHONE]"),
                Arguments.of("(02) 1234-5678", "[PHONE]"),
                Arguments.of("070-1234-5678", "[PHONE]"),
                // international forms
                Arguments.of("+82 10-1234-5678", "[PHONE]"),
                Arguments.of("+82-2-123-4567", "[PHONE]"),
                Arguments.of("+82 (0)10 1234 5678", "[PHONE]"),
                Arguments.of("Phone: +1 415 555 0100", "Phone: [PHONE]"),
                Arguments.of("Tel +44 20 7946 0958", "Tel [PHONE]"),
                Arguments.of("Cell: (415) 555-0100", "Cell: [PHONE]"),
                Arguments.of("Mobile: 415-555-0199", "Mobile: [PHONE]"),
                // e-mail
                Arguments.of("이메일: gildong.hong@example.co.kr", "이메일: [EMAIL]"),
                Arguments.of("Email: jane_doe+jobs@gmail.com.", "Email: [EMAIL]."),
                Arguments.of("contact me at j.smith@acme-corp.io or by phone", "contact me at [EMAIL] or by phone"),
                // resident and foreign registration numbers
                Arguments.of("주민등록번호: 900101-1234567", "주민등록번호: [RRN]"),
                Arguments.of("주민번호 950505 - 2345678", "주민번호 [RRN]"),
                Arguments.of("주민등록번호 0203154123456", "주민등록번호 [RRN]"),
                Arguments.of("주민등록번호: 880808-1******", "주민등록번호: [RRN]"),
                Arguments.of("외국인등록번호: 900101-5234567", "외국인등록번호: [FRN]"),
                Arguments.of("외국인등록번호 851212-6123456", "외국인등록번호 [FRN]"),
                // addresses
                Arguments.of("주소: 서울특별시 강남구 테헤란로 123, 4층", "주소: [ADDRESS]"),
                Arguments.of("경기도 성남시 분당구 판교역로 235 에이치스퀘어 N동 거주", "[ADDRESS] 거주"),
                Arguments.of("거주지는 서울시 마포구 월드컵북로4길 15 입니다", "거주지는 [ADDRESS] 입니다"),
                Arguments.of("서울 강남구 역삼동 123-4 101동 202호", "[ADDRESS]"),
                Arguments.of("부산광역시 해운대구 우동 1408번지", "[ADDRESS]"),
                Arguments.of("서울 마포구 양화로 45, 메세나폴리스 1001호 거주", "[ADDRESS] 거주"),
                Arguments.of("경기도 수원시 영통구 광교중앙로 145 A동 1203-4호", "[ADDRESS]"),
                Arguments.of("Address: 1600 Amphitheatre Parkway, Mountain View, CA 94043", "Address: [ADDRESS]"),
                Arguments.of("Lives at 221B Baker Street, London now", "Lives at [ADDRESS] now"),
                Arguments.of("Based at 123 Teheran-ro, Gangnam-gu, Seoul", "Based at [ADDRESS]"),
                // birth dates
                Arguments.of("생년월일: 1990.03.05", "생년월일: [BIRTH_DATE]"),
                Arguments.of("생년월일 1990년 3월 5일", "생년월일 [BIRTH_DATE]"),
                Arguments.of("1992년 11월 2일생", "[BIRTH_DATE]생"),
                Arguments.of("DOB: 03/05/1990", "DOB: [BIRTH_DATE]"),
                Arguments.of("Date of Birth: March 5, 1990", "Date of Birth: [BIRTH_DATE]"),
                Arguments.of("Birth: 5 March 1990", "Birth: [BIRTH_DATE]"),
                Arguments.of("생일 (1991-12-24)", "생일 ([BIRTH_DATE])"),
                // personal URLs
                Arguments.of("GitHub: https://github.com/gildong-hong", "GitHub: [URL]"),
                Arguments.of("github.com/janedoe/dotfiles 참고", "[URL] 참고"),
                Arguments.of("linkedin.com/in/jane-doe-123", "[URL]"),
                Arguments.of("블로그: https://gildong.tistory.com/", "블로그: [URL]"),
                Arguments.of("기술 블로그 velog.io/@gildong 운영", "기술 블로그 [URL] 운영"),
                Arguments.of("Portfolio: janedoe.dev", "Portfolio: [URL]"),
                Arguments.of("see www.janedoe.com, thanks", "see [URL], thanks"),
                Arguments.of("gildong.github.io", "[URL]"),
                Arguments.of("Instagram: @gildong_hong", "Instagram: [HANDLE]"),
                Arguments.of("카카오톡 ID: gildong90", "카카오톡 ID: [HANDLE]"),
                Arguments.of("추천인: 이영희 (전 팀장)", "추천인: [NAME] (전 팀장)"),
                Arguments.of("Reference: Mary Major, CTO at Acme", "Reference: [NAME], CTO at Acme"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("maskedCases")
    void shouldMaskPersonalData(final String input, final String expected) {
        final MaskingResult result = masker.mask(input);

        assertThat(result.maskedText()).isEqualTo(expected);
        assertThat(result.maskedFields().total()).isPositive();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("maskedCases")
    void shouldBeIdempotent(final String input, final String ignored) {
        final MaskingResult once = masker.mask(input);
        final MaskingResult twice = masker.mask(once.maskedText());

        assertThat(twice.maskedText()).isEqualTo(once.maskedText());
        assertThat(twice.maskedFields().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "2019.03 ~ 2022.02 ABC테크 백엔드 개발",
                "2019-03 – 2022-02",
                "Mar 2019 – Feb 2022",
                "재직기간 2019년 3월 ~ 현재",
                "희망 연봉 5,000만원, 현재 연봉 4,500만원",
                "Salary expectation: $120,000 - $140,000",
                "Java 17, Spring Boot 3.2.1, Kotlin 1.9.22",
                "Python 3.11 and PostgreSQL 15.4",
                "응답 시간 35% 개선, 가용성 99.95% 달성",
                "총 경력 7년 6개월",
                "직원 수 1,200명 규모 스타트업",
                "일 평균 1000000건 처리, 트래픽 20000 TPS",
                "10,000,000 users, 2.5M MAU",
                "서비스로 3개 국가 진출, 자바로 10년 개발",
                "서울 소재 회사에서 근무",
                "2020년 정보처리기사 취득",
                "ISBN 978-89-6626-262-7",
                "버전 1.2.3.4 배포",
                "Company Name: Acme Corp",
                "React.js와 Node.js로 개발",
                "경력 5년 (2018.01 - 2023.01), 팀원 12명 리드",
                "Served 2,000,000 requests/day at p99 120ms",
                "연구 개발로 3년 근무",
                "AWS Certified Solutions Architect – Associate (2021)",
                "정보\n홍보\n신입",
                "Web: React, Vue, Next.js",
                "Phone: N/A",
                "Born to code since the 90s"
            })
    void shouldNotMaskOrdinaryNumbersAndText(final String input) {
        final MaskingResult result = masker.mask(input);

        assertThat(result.maskedText()).isEqualTo(input);
        assertThat(result.maskedFields().isEmpty()).isTrue();
    }

    static Stream<String> pathologicalInputs() {
        return Stream.of(
                "서울 강남구 ".repeat(5000),
                "가".repeat(100_000),
                "1".repeat(100_000),
                "1-".repeat(50_000),
                "a.".repeat(50_000) + "@",
                "주소: " + " ".repeat(100_000) + "x",
                "+1 ".repeat(30_000),
                "Name: " + "Aa ".repeat(30_000),
                "123 " + "Main ".repeat(20_000),
                "https://" + "a".repeat(100_000));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("pathologicalInputs")
    void shouldMaskPathologicalInputsInBoundedTime(final String input) {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> masker.mask(input, Optional.of("홍길동")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko_backend.txt", "en_backend.md", "ko_nurse.txt", "en_nurse.txt"})
    void shouldBeIdempotentOnWholeResumes(final String resource) {
        final MaskingResult once =
                masker.mask(io.hirehub.topologies.resume.support.Resources.text(resource), Optional.of("김민준"));

        final MaskingResult twice = masker.mask(once.maskedText(), Optional.of("김민준"));

        assertThat(twice.maskedText()).isEqualTo(once.maskedText());
        assertThat(twice.maskedFields().isEmpty()).isTrue();
        assertThat(once.maskedFields().count(PiiKind.NAME)).isPositive();
    }

    @Test
    void shouldMaskAccountHolderNameWithAndWithoutSpaces() {
        final MaskingResult result = masker.mask("안녕하세요, 홍길동입니다. 홍 길 동 드림. 홍길동전 아님", Optional.of("홍길동"));

        assertThat(result.maskedText()).isEqualTo("안녕하세요, [NAME]입니다. [NAME] 드림. [NAME]전 아님");
        assertThat(result.maskedFields().count(PiiKind.NAME)).isEqualTo(3);
    }

    @Test
    void shouldMaskRomanisedAliasNextToAMaskedName() {
        final MaskingResult result =
                masker.mask("이력서\n\n김민준 (Kim Minjun)\n담당: Kim Minjun ([NAME])", Optional.of("김민준"));

        assertThat(result.maskedText()).isEqualTo("이력서\n\n[NAME] ([NAME])\n담당: [NAME] ([NAME])");
        assertThat(masker.mask(result.maskedText()).maskedText()).isEqualTo(result.maskedText());
    }

    @Test
    void shouldMaskEnglishAccountNameInEitherOrder() {
        final MaskingResult result = masker.mask("I am Jane Doe. Contact DOE, JANE.", Optional.of("Jane Doe"));

        assertThat(result.maskedText()).isEqualTo("I am [NAME]. Contact [NAME].");
    }

    @Test
    void shouldRecordMaskedFieldsWithoutRawValues() {
        final MaskingResult result = masker.mask(
                "이름: 홍길동\n연락처: 010-1234-5678 / +82 10-9876-5432\n이메일: hong@example.com\n주민등록번호: 900101-1234567");

        assertThat(result.maskedFields().toJsonString())
                .isEqualTo("{"
                        + "\"name\":{\"count\":1,\"masked\":[\"***\"]},"
                        + "\"phone\":{\"count\":2,\"masked\":[\"+** **-****-****\",\"***-****-****\"]},"
                        + "\"email\":{\"count\":1,\"masked\":[\"***@***\"]},"
                        + "\"rrn\":{\"count\":1,\"masked\":[\"******-*******\"]}}");
        assertThat(result.maskedFields().toJsonString()).doesNotContain("홍길동", "1234", "hong", "900101");
    }

    @Test
    void shouldReadMaskedFieldsBackFromJson() {
        final MaskedFields fields =
                masker.mask("Name: John Smith\nPhone: +1 415 555 0100").maskedFields();

        assertThat(MaskedFields.fromJson(fields.toJson())).isEqualTo(fields);
    }

    @Test
    void shouldKeepEmploymentPeriodsInAFullKoreanHeader() {
        final String text = """
                이력서
                이름: 김민준 | 생년월일: 1991.07.14 | 연락처: 010-5555-1234
                이메일: minjun.kim@example.com | GitHub: github.com/minjun-kim
                주소: 서울특별시 송파구 올림픽로 300, 101동 1203호

                경력
                ABC테크 | 백엔드 개발자 | 2019.03 ~ 2022.02
                - Java 17, Spring Boot 3.2 기반 주문 API 개발, 응답 시간 35% 개선
                """;

        final MaskingResult result = masker.mask(text);

        assertThat(result.maskedText()).isEqualTo("""
                이력서
                이름: [NAME] | 생년월일: [BIRTH_DATE] | 연락처: [PHONE]
                이메일: [EMAIL] | GitHub: [URL]
                주소: [ADDRESS]

                경력
                ABC테크 | 백엔드 개발자 | 2019.03 ~ 2022.02
                - Java 17, Spring Boot 3.2 기반 주문 API 개발, 응답 시간 35% 개선
                """);
    }
}
