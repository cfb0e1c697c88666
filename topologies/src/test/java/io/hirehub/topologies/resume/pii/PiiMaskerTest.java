package io.hirehub.topologies.resume.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
                Arguments.of("Reference: Mary Major, CTO at Acme", "Reference: [NAME], CTO at Acme"),
                // bank accounts, with and without the bank's name; IBAN by its checksum
                Arguments.of("급여 계좌: 국민은행 123456-78-901234", "급여 계좌: 국민은행 [BANK_ACCOUNT]"),
                Arguments.of("계좌번호 110-432-987654", "계좌번호 [BANK_ACCOUNT]"),
                Arguments.of("3333-05-7712894 (카카오뱅크)", "[BANK_ACCOUNT] (카카오뱅크)"),
                Arguments.of("IBAN DE89 3704 0044 0532 0130 00", "IBAN [BANK_ACCOUNT]"),
                // driver's licences and passports
                Arguments.of("운전면허: 11-18-123456-12", "운전면허: [DRIVER_LICENSE]"),
                Arguments.of("면허번호 서울 19-774310-81", "면허번호 [DRIVER_LICENSE]"),
                Arguments.of("Driver License No. D1234567", "Driver License No. [DRIVER_LICENSE]"),
                Arguments.of("여권번호: M12345678", "여권번호: [PASSPORT]"),
                Arguments.of("new passport M123A4567", "new passport [PASSPORT]"),
                Arguments.of("M702B1183", "[PASSPORT]"),
                // e-mails written to dodge scrapers
                Arguments.of("jane.doe [at] gmail [dot] com", "[EMAIL]"),
                Arguments.of("hong(at)naver.com", "[EMAIL]"),
                Arguments.of("hong.gildong 골뱅이 naver 닷 com", "[EMAIL]"),
                Arguments.of("carlos.mendoza at gmail dot com", "[EMAIL]"),
                Arguments.of("이메일: jimin.han@naver", "이메일: [EMAIL]"),
                // handles and messenger IDs, also in file names
                Arguments.of("라인 ID: gildong_hong", "라인 ID: [HANDLE]"),
                Arguments.of("Discord: kenji_t#0420", "Discord: [HANDLE]"),
                Arguments.of("유튜브 채널 @jihwan_dev 운영", "유튜브 채널 [HANDLE] 운영"),
                Arguments.of("@sophie@hachyderm.io", "[HANDLE]"),
                Arguments.of("첨부: resume_taeyoon92_final.pdf", "첨부: resume_[HANDLE]_final.pdf"),
                Arguments.of("첨부: 이력서_최유진.pdf", "첨부: 이력서_[NAME].pdf"),
                // names without a label
                Arguments.of("안녕하세요, 백엔드 개발자 윤태현입니다.", "안녕하세요, 백엔드 개발자 [NAME]입니다."),
                Arguments.of("저는 서다은이라고 합니다.", "저는 [NAME]이라고 합니다."),
                Arguments.of("감사합니다.\n\n지원자 장유나 드림", "감사합니다.\n\n지원자 [NAME] 드림"),
                Arguments.of("Sincerely,\nOlivia Martin", "Sincerely,\n[NAME]"),
                Arguments.of("My name is Carlos Mendoza.", "My name is [NAME]."),
                Arguments.of("당시 사수였던 최동현 책임님과", "당시 사수였던 [NAME] 책임님과"),
                Arguments.of("References: Dr. Emily Stone (Amazon)", "References: Dr. [NAME] (Amazon)"),
                Arguments.of("추천인 이영희, 연락처 010-3321-7788", "추천인 [NAME], 연락처 [PHONE]"),
                Arguments.of("성명: 양지환 (梁智煥)", "성명: [NAME] ([NAME])"),
                Arguments.of("SURNAME: KIM\nGIVEN NAMES: SEOYEON", "SURNAME: [NAME]\nGIVEN NAMES: [NAME]"),
                // phones with unusual separators, six-digit birth dates where the context says so
                Arguments.of("연락처: 010·4821·7763", "연락처: [PHONE]"),
                Arguments.of("010 - 7781 - 2290", "[PHONE]"),
                Arguments.of("０１０－２２３４－５５６７", "[PHONE]"),
                Arguments.of("생년월일: 930512", "생년월일: [BIRTH_DATE]"),
                Arguments.of("950731생", "[BIRTH_DATE]생"),
                Arguments.of("DOB 900305", "DOB [BIRTH_DATE]"));
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
                "Born to code since the 90s",
                "신세계 I&C 백엔드 팀장, 전자정부 표준프레임워크 3.8 유지보수",
                "주문번호 2023-0412-7781, 사업자등록번호 214-86-12345, 특허 제10-2345678호",
                "배포 버전 230412 빌드, Sprint 231004 회고",
                "제품코드 A12345678 양산 (2020.02 ~ 2021.11)",
                "Spring @Transactional, @Async, npm @nestjs/common, Python @dataclass",
                "Senior Engineer @ Coupang. Led search at Naver.",
                "저는 성실한 개발자입니다. 최우수 사원 선정 (2021)",
                "인사 팀장, 공정 엔지니어, 안전 관리자와 협업",
                "Sincerely yours,\nThe Platform Team",
                "Best Paper Award, ACM SIGMOD 2022",
                "하나은행, 우리은행, 국민은행 대상 오픈뱅킹 API 구축 (참여 인원 12명)",
                "IP 10.12.3.44, 버전 10.4.1.2, 대표전화 1588-1234",
                "Files: system-design.pdf, final_report_v3.docx, 장애회고_2023Q4.pptx"
            })
    void shouldNotMaskOrdinaryNumbersAndText(final String input) {
        final MaskingResult result = masker.mask(input);

        assertThat(result.maskedText()).isEqualTo(input);
        assertThat(result.maskedFields().isEmpty()).isTrue();
    }

    /**
     * Long and hostile inputs: runs of what a rule's pattern repeats (spaces after a label, hyphen
     * chains, capitalised words, placeholders, '@'). Each takes well under a second; the timeout
     * is only a guard against a pattern that backtracks catastrophically.
     */
    static Stream<String> pathologicalInputs() {
        final String spaces = " ".repeat(100_000);
        return Stream.of(
                "서울 강남구 ".repeat(5000),
                "가".repeat(100_000),
                "1".repeat(100_000),
                "1-".repeat(50_000),
                "a.".repeat(50_000) + "@",
                "주소: " + spaces + "x",
                "+1 ".repeat(30_000),
                "Name: " + "Aa ".repeat(30_000),
                "123 " + "Main ".repeat(20_000),
                "https://" + "a".repeat(100_000),
                "Sincerely,\n" + spaces + "Jane Doe",
                spaces + "Portfolio: x.dev",
                "SURNAME:" + spaces + "KIM",
                "여권 " + spaces + "M12345678",
                "계좌 " + spaces + "110-123-456789",
                "생년월일 " + spaces + "900101",
                "Discord " + spaces + "a#1234",
                "A-".repeat(50_000),
                "A ".repeat(50_000),
                "[NAME] ".repeat(20_000),
                "[NAME]".repeat(20_000),
                "x_".repeat(50_000) + ".pdf",
                "홍길동 팀장 ".repeat(10_000),
                "김철수님".repeat(20_000),
                "감사합니다.\n".repeat(20_000),
                "(at)".repeat(30_000),
                "a [at] b [dot] ".repeat(20_000),
                "a ".repeat(50_000) + "at gmail dot com",
                "@a".repeat(50_000),
                "@" + "a.".repeat(50_000),
                "Telegram " + "@a".repeat(30_000),
                "References\n" + "- 김철수\n".repeat(20_000),
                "DE89 " + "3704 ".repeat(20_000),
                "010·".repeat(25_000),
                "저는 " + "가".repeat(100_000) + "입니다",
                "I am " + "Ab ".repeat(30_000),
                "Dr. " + "Ab ".repeat(30_000),
                "Kim_".repeat(30_000) + ".pdf",
                "공동 저자: " + "김철수, ".repeat(20_000));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("pathologicalInputs")
    void shouldMaskPathologicalInputsInBoundedTime(final String input) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> masker.mask(input, Optional.of("홍길동")));
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
    void shouldMaskTheAccountHolderInEveryScriptItIsGivenInAndItsRomanisations() {
        final MaskingResult result = masker.mask(
                "홍길동 (洪吉童)\nHONG GILDONG / Gil-dong Hong\n홍길동전 아님, 길동 씨 아님, Gildong Hong 작성",
                Optional.of("홍길동 (Hong Gildong / 洪吉童)"));

        assertThat(result.maskedText()).isEqualTo("[NAME] ([NAME])\n[NAME] / [NAME]\n[NAME]전 아님, 길동 씨 아님, [NAME] 작성");
        assertThat(result.maskedFields().count(PiiKind.NAME)).isEqualTo(6);
    }

    @Test
    void shouldMaskEveryFurtherOccurrenceOfANameFoundByItsLabel() {
        final MaskingResult result =
                masker.mask("이름: 김민준\n...\n김민준은 2019년부터 근무했습니다. Kim Minjun led the team; MINJUN KIM signed.");

        assertThat(result.maskedText())
                .isEqualTo("이름: [NAME]\n...\n[NAME]은 2019년부터 근무했습니다. [NAME] led the team; [NAME] signed.");
    }

    @Test
    void shouldRecordNewKindsWithShapeOnlyPreviews() {
        final MaskingResult result =
                masker.mask("계좌 110-432-987654, 운전면허 11-18-123456-12, 여권 M123A4567, 인스타 @gildong_hong");

        assertThat(result.maskedFields().toJsonString())
                .isEqualTo("{"
                        + "\"bank_account\":{\"count\":1,\"masked\":[\"***-***-******\"]},"
                        + "\"driver_license\":{\"count\":1,\"masked\":[\"**-**-******-**\"]},"
                        + "\"passport\":{\"count\":1,\"masked\":[\"*********\"]},"
                        + "\"handle\":{\"count\":1,\"masked\":[\"***\"]}}");
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
                        + "\"phone\":{\"count\":2,\"masked\":[\"***-****-****\",\"+** **-****-****\"]},"
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
