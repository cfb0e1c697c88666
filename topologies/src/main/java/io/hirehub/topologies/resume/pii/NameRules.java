package io.hirehub.topologies.resume.pii;

import java.util.List;

/**
 * Rules for person names in running text: labelled fields ({@code 이름:}, {@code Name:},
 * {@code SURNAME:}), introductions ({@code 저는 홍길동입니다}, {@code My name is Jane Doe}),
 * names beside a title ({@code 김철수 팀장님}, {@code Prof. Robert Brown}, {@code 어머니 임정숙}),
 * signatures ({@code 홍길동 드림}, {@code (인)}), and the other scripts of a name already masked
 * ({@code [NAME] (洪吉童)}, {@code [NAME] / HONG GILDONG}, {@code Minjae Jung ([NAME])}).
 * Closing lines, reference sections and the title block are line-based: see {@link NameLines}.
 */
final class NameRules {

    private NameRules() {}

    private static final String KOREAN_NAME = "[가-힣]{2,5}(?![가-힣])|[가-힣](?:[ ][가-힣]){1,3}(?![가-힣])";
    private static final String LATIN_NAME =
            "[A-Z][a-zA-Z'’-]++(?![ ]*[:：])(?:[ ]+[A-Z][a-zA-Z'’.-]*+(?![ ]*[:：])){0,3}";
    private static final String HANJA_NAME = "[\\p{IsHan}]{2,4}+(?![\\p{IsHan}])";
    /** One capitalised Latin word (Jane, O'Connor, SEO-YEON, García) or an initial (Q.). */
    private static final String LATIN_WORD =
            "(?:[A-Z]\\.|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]{0,30}+(?:[-.][A-Za-zÀ-ÖØ-öø-ÿ'’]{1,30}+){0,3}+)";
    /** Two to four capitalised words (Jane Doe, SEO-YEON KIM, Mary Q. Major). */
    private static final String LATIN_WORDS = LATIN_WORD + "(?:[ ]" + LATIN_WORD + "){1,3}+";
    /** One to four capitalised words. */
    private static final String LATIN_WORDS_1 = LATIN_WORD + "(?:[ ]" + LATIN_WORD + "){0,3}+";

    private static final String HONORIFIC = "(?:(?:Dr|Prof|Mr|Ms|Mrs|Mx)\\.?[ ]+)";

    private static final String LABELS = "이름|성명|성[ ]명|성함|한글[ ]?(?:이름|성명)|영문[ ]?(?:이름|성명)|영문명|국문[ ]?(?:이름|성명)"
            + "|(?i:Name|Full[ ]Name|Applicant|Candidate|References?|Referees?|Contact[ ]Person|Korean[ ]name"
            + "|English[ ]name|Emergency[ ]contact|(?:Account[ ])?Holder|Name[ ]on[ ]account|Signature|Signed)";

    /** Labels whose value is a person only when it looks like one (지원자: 신입 is not a name). */
    private static final String PERSON_LABELS = "추천인|레퍼런스|예금주|지원자|작성자|서명|보호자|비상[ ]?연락처|평판[ ]?조회";

    private static final String LABEL_START = "(?m)(?:^|(?<=[|·/,(]))[ \\t]*+[-•*·]?[ \\t]*+";
    private static final String QUALIFIER = "(?:[ \\t]*+\\([^)\\n]{1,20}+\\))?(?:[ ]?\\d{1,2})?";
    private static final String SEPARATOR = "[ \\t]*+[:：|][ \\t]*+";

    // 이름: 홍길동 / Name: John Smith / Referee: Ms. Tanya Ivanova / 한자: 洪吉童
    static final PiiRule LABELLED = PiiRule.of(
                    "name-labelled",
                    PiiKind.NAME,
                    LABEL_START + "(?:" + LABELS + "|한자(?:[ ]?(?:이름|성명))?)" + QUALIFIER + SEPARATOR + HONORIFIC
                            + "?(?<pii>" + KOREAN_NAME + "|" + HANJA_NAME + "|" + LATIN_NAME + ")",
                    value -> !value.matches("[A-Za-z].*") || EnglishNames.isName(value, 1))
            .gatedBy(
                    "이름",
                    "성명",
                    "성 명",
                    "성함",
                    "영문",
                    "국문",
                    "한자",
                    "name",
                    "applicant",
                    "candidate",
                    "referenc",
                    "referee",
                    "contact person",
                    "emergency",
                    "holder",
                    "sign");

    // 지원자 성명 : 탁 예 린 / 추천인 성함: 이민수 (a Korean label inside a line: the value must look like a name)
    static final PiiRule LABELLED_INLINE = PiiRule.of(
                    "name-labelled-inline",
                    PiiKind.NAME,
                    "(?<=[ \\t])(?:이름|성명|성함|한글[ ]?(?:이름|성명)|국문[ ]?(?:이름|성명))(?:[ \\t]*+\\([^)\\n]{1,20}+\\))?"
                            + SEPARATOR + "(?<pii>" + KOREAN_NAME + ")",
                    value -> KoreanNames.plausible(value, KoreanNames.Context.WEAK))
            .gatedBy("이름", "성명", "성함");

    // 지원자 : 안 소 율 / 예금주: 최하은 / 추천인 2: 한지민
    static final PiiRule PERSON_LABELLED = PiiRule.of(
                    "name-person-labelled",
                    PiiKind.NAME,
                    LABEL_START + "(?:" + PERSON_LABELS + ")" + QUALIFIER + SEPARATOR + "(?<pii>" + KOREAN_NAME + ")",
                    value -> KoreanNames.plausible(value, KoreanNames.Context.STRONG))
            .gatedBy("추천인", "레퍼런스", "예금주", "지원자", "작성자", "서명", "보호자", "비상", "평판");

    private static final String FORM_LABELS = "(?i:surname|last[ ]name|family[ ]name|given[ ]names?|first[ ]name"
            + "|middle[ ]name|full[ ]name|name[ ]of[ ]applicant|applicant(?:'s)?[ ]name|name[ ]in[ ]english"
            + "|english[ ]name|name)|성[ ]?\\(영문\\)|이름[ ]?\\(영문\\)|영문[ ]?성명|영문[ ]?이름|영문[ ]?성|여권상[ ]?영문명";

    // SURNAME: KIM / LAST NAME: PARK   FIRST NAME: JIHO / 영문성명: JEONG MIN JAE
    static final PiiRule FORM_FIELD = PiiRule.of(
                    "name-form-field",
                    PiiKind.NAME,
                    "(?m)(?:(?:^|(?<=[|·/,(]))[ \\t]*+|(?<=[ ]{2})(?=[\\p{L}]))(?:" + FORM_LABELS
                            + ")(?:[ \\t]*+\\([^)\\n]{1,20}+\\))?" + SEPARATOR
                            + "(?<pii>[A-Z][A-Z'’-]++(?:[ ](?![A-Z ]*+[:：|(])[A-Z][A-Z'’-]++){0,3}+)(?![a-z])",
                    value -> EnglishNames.isName(value, 1))
            .gatedBy("name", "성(", "성 (", "이름(", "이름 (", "영문", "여권상");

    // 이름 손예준 / 추천인 이영희, 연락처 ... / 예금주 박서준 (no colon: the value must look like a name)
    static final KoreanNameContext BARE_LABEL = new KoreanNameContext(
            "(?<![\\p{L}])(?:이름|성명|성함|추천인|레퍼런스|예금주|지원자|작성자|보호자|한글[ ]?(?:이름|성명|명)|국문[ ]?(?:이름|성명|명)"
                    + "|(?i:korean[ ]name))(?:[ ]?\\d{1,2})?(?:[ \\t]*+[:：][ \\t]*+|[ \\t]++)(?<run>[가-힣]{2,9})",
            KoreanNames.Context.WEAK,
            true,
            "이름",
            "성명",
            "성함",
            "추천인",
            "레퍼런스",
            "예금주",
            "지원자",
            "작성자",
            "보호자",
            "한글",
            "국문",
            "korean name");

    // 한자 孫藝俊 / 영문 Son Yejun / English name Jinho Seok (no colon)
    static final PiiRule BARE_SCRIPT_LABEL = PiiRule.of(
                    "name-script-label",
                    PiiKind.NAME,
                    "(?<![\\p{L}])(?:한자(?:[ ]?(?:이름|성명|명))?|영문(?:[ ]?(?:이름|성명|명))?|(?i:korean[ ]name|english[ ]name"
                            + "|chinese[ ]name))[ \\t]++(?<pii>" + HANJA_NAME + "|"
                            + LATIN_WORDS + ")",
                    value -> !value.matches("[A-Za-z].*") || EnglishNames.isName(value, 2))
            .gatedBy("한자", "영문", "name");

    private static final String TITLES = "팀장|파트장|그룹장|셀장|실장|본부장|센터장|소장|부장|차장|과장|대리|주임|사원|선임|책임|수석|연구원"
            + "|선임연구원|책임연구원|수석연구원|이사|상무|전무|부사장|사장|대표|대표이사|회장|원장|교수|부교수|조교수|명예교수|강사|박사"
            + "|선생님|선생|선배|후배|매니저|리드|멘토|코치|간호사|수간호사|변호사|기자|작가|감독|CTO|CEO|CFO|COO|CPO|CIO|VP|PM|PO"
            + "|Director|Manager|Lead|Head|Professor";

    // 김철수 팀장님, 최동현 책임님과, 우상혁 CTO, 김태리 Director
    static final KoreanNameContext BEFORE_TITLE = new KoreanNameContext(
            "(?<![가-힣])(?<run>[가-힣]{2,5})[ ](?:" + TITLES + ")(?![A-Za-z])(?:[가-힣]{0,6}+)(?![가-힣])",
            KoreanNames.Context.WEAK,
            false,
            Scan.asciiLower(TITLES).split("\\|"));

    // 홍길동님, 김철수씨께서
    static final KoreanNameContext HONORIFIC_SUFFIX = new KoreanNameContext(
            "(?<![가-힣])(?<run>[가-힣]{2,5}(?:님|씨)(?:께서|께|은|는|이|가|을|를|의|과|와|도)?)(?![가-힣])",
            KoreanNames.Context.WEAK,
            false,
            "님",
            "씨");

    // 지도교수 임재범, 어머니 임정숙, Prof. 이준기, 사수 최동현
    static final KoreanNameContext AFTER_TITLE = new KoreanNameContext(
            "(?<![\\p{L}])(?:지도교수|교수|사수|멘토|선배|팀장|부장|과장|대표|원장|어머니|아버지|모친|부친|배우자|아내|남편|언니|오빠"
                    + "|누나|동생|보호자|담당자|Prof\\.?|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)[ ]++(?<run>[가-힣]{2,8})",
            KoreanNames.Context.WEAK,
            false,
            "교수",
            "사수",
            "멘토",
            "선배",
            "팀장",
            "부장",
            "과장",
            "대표",
            "원장",
            "어머니",
            "아버지",
            "모친",
            "부친",
            "배우자",
            "아내",
            "남편",
            "언니",
            "오빠",
            "누나",
            "동생",
            "보호자",
            "담당자",
            "prof",
            "dr",
            "mr",
            "ms");

    // 홍길동 이력서, 김민준의 자기소개서: a name in front of the document's title
    static final KoreanNameContext BEFORE_DOCUMENT = new KoreanNameContext(
            "(?<![가-힣])(?<run>[가-힣]{2,6})[ ]?(?:이력서|자기소개서|경력기술서|포트폴리오|입사지원서|지원서)(?![가-힣])",
            KoreanNames.Context.WEAK,
            false,
            "이력서",
            "자기소개서",
            "경력기술서",
            "포트폴리오",
            "지원서");

    // 홍길동 010-1234-5678 / 김철수, hong@x.com: a name right before a phone number or e-mail (already masked)
    static final KoreanNameContext BEFORE_CONTACT = new KoreanNameContext(
            "(?<![가-힣])(?<run>[가-힣]{2,6})[ \\t]*+[,/|·(]?[ \\t]*+\\[(?:PHONE|EMAIL)\\]",
            KoreanNames.Context.WEAK,
            false,
            "[phone]",
            "[email]");

    // Jane Doe, [EMAIL] / Jane Doe | [PHONE]
    static final PiiRule LATIN_BEFORE_CONTACT = PiiRule.of(
                    "name-before-contact",
                    PiiKind.NAME,
                    "(?<![\\p{L}])(?<pii>" + LATIN_WORDS + ")[ \\t]*+[,/|·(–—-]?[ \\t]*+\\[(?:PHONE|EMAIL)\\]",
                    value -> EnglishNames.isName(value, 2))
            .gatedBy("[phone]", "[email]");

    private static final String INTRO_ENDINGS = "(?:입니다|이라고|라고|이에요|예요|이고|이며|였습니다|이었습니다)";

    // 안녕하세요, 윤태현입니다 / 서다은이라고 합니다 / 문재훈이고
    static final KoreanNameContext INTRODUCTION = new KoreanNameContext(
            "(?<![가-힣])(?<run>[가-힣]{2,6}" + INTRO_ENDINGS + ")(?![가-힣])",
            KoreanNames.Context.WEAK,
            false,
            "입니다",
            "라고",
            "이에요",
            "예요",
            "이고",
            "이며",
            "였습니다",
            "었습니다");

    // 저는 이솔입니다 / 제 이름은 곽민서입니다: two-syllable names count here.
    static final KoreanNameContext INTRODUCTION_STRONG = new KoreanNameContext(
            "(?:저는|제[ ]?이름은|이름은)[ ]++(?<run>[가-힣]{2,6}" + INTRO_ENDINGS + ")(?![가-힣])",
            KoreanNames.Context.STRONG,
            false,
            "저는",
            "이름은");

    // 저 남궁현수는 / 지원자 황보영미는
    static final KoreanNameContext SUBJECT = new KoreanNameContext(
            "(?<![가-힣])(?:저|제가|지원자|본인)[ ,]++(?<run>[가-힣]{3,6}+)(?![가-힣])",
            KoreanNames.Context.WEAK,
            false,
            "저",
            "제가",
            "지원자",
            "본인");

    // 장유나 드림 / 임시우 올림 / 오승현 (인) / 안 소 율 (서명)
    static final PiiRule SIGNATURE = PiiRule.of(
                    "name-signature",
                    PiiKind.NAME,
                    "(?<![가-힣])(?<pii>[가-힣]{2,5}|[가-힣](?:[ ][가-힣]){1,3})[ \\t]*+(?:(?:드림|올림|배상|拜上)(?![가-힣])"
                            + "|[(（\\[][ ]?(?:인|서명|印|sign)[ ]?[)）\\]])",
                    value -> KoreanNames.plausible(value, KoreanNames.Context.STRONG))
            .gatedBy("드림", "올림", "배상", "拜上", "(인", "( 인", "（인", "[인", "[ 인", "서명", "印", "sign");

    // My name is Carlos Mendoza / I'm Hannah Lee / This is Sophie Laurent
    static final PiiRule ENGLISH_INTRODUCTION = PiiRule.of(
                    "name-introduction",
                    PiiKind.NAME,
                    "(?<![\\p{L}])(?:[Mm]y[ ]name[ ]is|[Mm]y[ ]name's|I'm|I’m|I[ ]am|This[ ]is)[ ]++" + HONORIFIC
                            + "?(?<pii>" + LATIN_WORDS + ")",
                    value -> EnglishNames.isName(value, 2))
            .gatedBy("name", "i'm", "i’m", "i am", "this is");

    // Dr. Emily Stone / Prof. Robert Brown / Ms. Youngmi Jang
    static final PiiRule ENGLISH_HONORIFIC = PiiRule.of(
                    "name-honorific",
                    PiiKind.NAME,
                    "(?<![\\p{L}])(?:Dr|Prof|Mr|Ms|Mrs|Mx)\\.?[ ]++(?<pii>" + LATIN_WORDS_1 + ")",
                    value -> EnglishNames.isName(value, 1))
            .startingAt("dr", "prof", "mr", "ms", "mx");

    /** Korean, Hanja and Latin forms of a name beside one already masked. */
    static final List<PiiRule> ALIAS_RULES = List.of(
            // [NAME] (洪吉童), [NAME](都暻秀, ...), [NAME] / 한자: 孫藝俊
            PiiRule.of(
                            "name-alias-hanja",
                            PiiKind.NAME,
                            "\\[NAME\\][ \\t]*+(?:[(（/,|·—–-][ \\t]*+)?(?:(?:한자|漢字)[ \\t]*+[:：]?[ \\t]*+)?(?<pii>"
                                    + HANJA_NAME + ")")
                    .gatedBy("[name]"),
            // [NAME] (김은혜)
            PiiRule.of(
                            "name-alias-hangul",
                            PiiKind.NAME,
                            "\\[NAME\\][ \\t]*+[(（][ \\t]*+(?:(?:한글|국문)[ \\t]*+[:：]?[ \\t]*+)?(?<pii>[가-힣]{2,5})[ \\t]*+[)）,]",
                            value -> KoreanNames.plausible(value, KoreanNames.Context.STRONG))
                    .gatedBy("[name]"),
            // [NAME] (Kim Minjun), [NAME] / BAEK SEUNGHO, [NAME], Do Kyungsoo
            PiiRule.of(
                            "name-alias-latin",
                            PiiKind.NAME,
                            "\\[NAME\\][ \\t]*+[(（/|,·—–-][ \\t]*+(?:(?:영문|English|Eng\\.?)[ \\t]*+[:：]?[ \\t]*+)?(?<pii>"
                                    + LATIN_WORDS_1 + ")",
                            value -> EnglishNames.isName(value, 1))
                    .gatedBy("[name]"),
            // [NAME] Heo Yun-seo
            PiiRule.of(
                            "name-alias-latin-spaced",
                            PiiKind.NAME,
                            "\\[NAME\\][ \\t]++(?<pii>" + LATIN_WORDS + ")",
                            value -> EnglishNames.isName(value, 2))
                    .gatedBy("[name]"),
            // Minjae Jung ([NAME]), Kim Minjun / [NAME]
            PiiRule.of(
                            "name-alias-latin-before",
                            PiiKind.NAME,
                            "(?<![\\p{L}])(?<pii>" + LATIN_WORDS_1
                                    + ")[ \\t]*+(?:[(（][ \\t]*+|[/|·,—–-][ \\t]*+)\\[NAME\\]",
                            value -> EnglishNames.isName(value, 1))
                    .gatedBy("[name]"),
            // Go Eunbi [NAME]
            PiiRule.of(
                            "name-alias-latin-before-spaced",
                            PiiKind.NAME,
                            "(?<![\\p{L}])(?<pii>" + LATIN_WORDS + ")[ \\t]++\\[NAME\\]",
                            value -> EnglishNames.isName(value, 2))
                    .gatedBy("[name]"));

    /** The alias rules as one detector: one look for the lines that hold a [NAME], then every rule on them. */
    static final Detector ALIASES = new RuleGroup(ALIAS_RULES, "[name]");

    // [NAME] 고은비 (a Latin name masked, the Hangul form after it)
    static final KoreanNameContext ALIAS_HANGUL_SPACED = new KoreanNameContext(
            "\\[NAME\\][ \\t]++(?<run>[가-힣]{3,8})(?![가-힣])", KoreanNames.Context.WEAK, false, "[name]");

    /** Context rules, strongest first. */
    static List<Detector> contexts() {
        return List.of(
                LABELLED,
                LABELLED_INLINE,
                PERSON_LABELLED,
                FORM_FIELD,
                BARE_SCRIPT_LABEL,
                SIGNATURE,
                ENGLISH_HONORIFIC,
                ENGLISH_INTRODUCTION,
                INTRODUCTION_STRONG,
                INTRODUCTION,
                SUBJECT,
                BARE_LABEL,
                BEFORE_TITLE,
                HONORIFIC_SUFFIX,
                AFTER_TITLE,
                BEFORE_DOCUMENT,
                BEFORE_CONTACT,
                LATIN_BEFORE_CONTACT);
    }
}
