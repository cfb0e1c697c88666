package io.hirehub.topologies.resume.pii;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Korean person name looks like, for the name rules that have no label to go by: a surname
 * (one syllable, or one of the two-syllable ones) and one or two given-name syllables drawn from
 * those Korean given names use. A surname alone is not enough: 신세계 (세, 계), 백엔드 (엔, 드) and
 * 전자정부 (four syllables after a one-syllable surname) fail the given-name test, and common words
 * that pass it (지원자, 전문가, 한국인) are listed once here.
 */
final class KoreanNames {

    private KoreanNames() {}

    /** One-syllable surnames (사 and 부 are left out: they start too many ordinary words). */
    static final String SINGLE_SURNAMES =
            "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현" + "함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉";

    static final Set<String> COMPOUND_SURNAMES = Set.of("남궁", "제갈", "선우", "독고", "황보", "사공", "서문", "동방");

    /** Surnames as a regex alternative (two-syllable first). */
    static final String SURNAME_REGEX = "(?:남궁|제갈|선우|독고|황보|사공|서문|동방|[" + SINGLE_SURNAMES + "])";

    /** Syllables Korean given names use (Sino-Korean and native names), not those of loanwords and grammar. */
    private static final Set<Integer> GIVEN = syllables("가각간갑강개건걸겸경고곤공관광교국군궁권규균근금기길나난남낭내녀노누늘다단달담대덕도돈동두둘"
            + "득라락란람랑래량려련렬령례로록론룡루류륜률륭름리린림마만매맹면명모목몽묘무문미민바박반발방배백범벽변별병보복본봄봉"
            + "분비빈빛산삼상새샘생서석선설섬섭성세소솔송수숙순숭슬승시식신심아악안애야양어언엄여연열염엽영예오옥온올옹완왕"
            + "요용우욱운울웅원월위유육윤율융은을음응의이익인일임자잔장재전정제조종주준중증지직진질집차찬창채천철청초촌총추축"
            + "춘충취치칠침탁태택파판팔평표풍필하학한함항해햇행향허헌혁현협형혜호혼홍화환활황회효후훈휘휴흔흠흥희히힘");

    /** Ordinary words that look like names by the test above, in the contexts the rules use. */
    private static final Set<String> COMMON_WORDS = Set.of(
            "지원자",
            "전문가",
            "기술자",
            "도전자",
            "주인공",
            "한국인",
            "전문의",
            "연구자",
            "설계자",
            "지휘자",
            "전달자",
            "전문성",
            "유연성",
            "안정성",
            "주도성",
            "진정성",
            "우수성",
            "이해도",
            "정확도",
            "신속성",
            "일관성",
            "연관성",
            "공정성",
            "투명성",
            "공무원",
            "소비자",
            "제공자",
            "최대한",
            "최소한",
            "최우선",
            "최고의",
            "이미지",
            "이정표",
            "장애인",
            "임원진",
            "노하우",
            "주요한",
            "우수한",
            "방대한",
            "기여한",
            "기반의",
            "왕성한",
            "제안한",
            "탁월한",
            "용이한",
            "유용한",
            "유일한",
            "유연한",
            "신중한",
            "진지한",
            "원만한",
            "공정한",
            "명석한",
            "성숙한",
            "인자한",
            "현명한",
            "직장인",
            "외국인",
            "지망생",
            "수강생",
            "우승자",
            "지도자",
            "참가자",
            "주최자",
            "진행자",
            "강연자",
            "방문자",
            "전공자",
            "연주자",
            "교육자",
            "차세대",
            "부사장",
            "이사장",
            "사장님",
            "전산실",
            "인사팀",
            "인사부",
            "기획팀",
            "정보팀",
            "한국어",
            "영어권",
            "서비스",
            "고객사",
            "신세계",
            "이마트",
            "전자정부",
            "정보보안",
            "백엔드",
            "프론트엔드",
            "이상입니다",
            "감사합니다",
            "성장형",
            "도전적",
            "주도적",
            "이력서",
            "경력자",
            "신입생",
            "대학생",
            "졸업생",
            "연구원",
            "간호사",
            "기획자",
            "관리자",
            "담당자",
            "개발자",
            "마케터",
            "디자이너",
            "엔지니어",
            "매니저",
            "리더십",
            "팀원들",
            "동료들",
            "선배님",
            "후배님",
            "고객님",
            "여러분",
            "본인은",
            // two syllables: words that follow a label or stand alone on a line
            "정보",
            "정도",
            "이상",
            "이하",
            "이내",
            "이전",
            "이후",
            "성명",
            "이름",
            "고객",
            "기타",
            "미정",
            "유무",
            "여부",
            "사항",
            "명단",
            "목록",
            "내역",
            "현황",
            "제출",
            "별도",
            "추후",
            "공개",
            "선택",
            "필수",
            "전원",
            "전체",
            "본인",
            "부모",
            "가족",
            "모두",
            "우선",
            "최대",
            "최소",
            "최고",
            "최신",
            "신규",
            "진행",
            "완료",
            "확인",
            "해당",
            "기재",
            "기입",
            "제공",
            "가능",
            "문의",
            "참고",
            "표시",
            "관련",
            "담당",
            "대표",
            "대리",
            "과장",
            "차장",
            "이사",
            "상무",
            "전무",
            "회장",
            "원장",
            "교수",
            "강사",
            "선배",
            "후배",
            "동기",
            "동료",
            "한국",
            "서울",
            "인천",
            "대구",
            "광주",
            "대전",
            "울산",
            "세종",
            "경기",
            "강원",
            "충북",
            "충남",
            "전북",
            "전남",
            "경북",
            "경남",
            "제주",
            "수원",
            "성남",
            "용인",
            "고양",
            "안양",
            "안산",
            "천안",
            "청주",
            "전주",
            "창원",
            "김해",
            "포항",
            "구미",
            "원주",
            "춘천",
            "강릉",
            "여수",
            "순천",
            "목포",
            "군산",
            "익산",
            "진주",
            "양산",
            "판교",
            "분당",
            "일산",
            "송도",
            "강남",
            "서초",
            "송파",
            "마포",
            "여의도",
            "구로",
            "가산",
            "성수",
            "한남",
            "이태원",
            "장기",
            "단기",
            "정규",
            "계약",
            "정식",
            "임시",
            "신입",
            "경력",
            "주임",
            "사원",
            "선임",
            "책임",
            "수석",
            "연구",
            "개발",
            "기획",
            "운영",
            "관리",
            "지원",
            "영업",
            "전략",
            "재무",
            "인사",
            "총무",
            "구매",
            "생산",
            "품질",
            "안전",
            "공정",
            "설계",
            "교육",
            "홍보",
            "마감",
            "심사",
            "검토",
            "승인",
            "변경",
            "추가",
            "삭제",
            "유지",
            "보수",
            "도입",
            "구축",
            "개선",
            "강화",
            "성장",
            "성과",
            "성공",
            "실패",
            "도전",
            "주도",
            "협업",
            "소통",
            "문서",
            "정리",
            "분석",
            "조사",
            "조회",
            "조직",
            "주요",
            "주제",
            "주간",
            "주말",
            "연간",
            "월간",
            "일간",
            "한계",
            "한번",
            "한편",
            "오전",
            "오후",
            "오늘",
            "내일",
            "우리",
            "하나",
            "국민",
            "신한",
            "농협",
            "기업",
            "은행",
            "금융",
            "보험",
            "증권",
            "카드",
            "현대",
            "한화",
            "두산",
            "효성",
            "한진",
            "금호",
            "동원",
            "동아",
            "한솔",
            "한샘",
            "대상",
            "오리온",
            "남양",
            "하이닉스",
            // superlatives: 최 + a word
            "최우수",
            "최상위",
            "최연소",
            "최고령",
            "최연장",
            "최장기",
            "최단기",
            "최다수",
            "최정예",
            "최선두",
            "최전방",
            "최상급",
            "최하위",
            "최신형",
            "최첨단",
            "최대치",
            "최소화",
            "최종안",
            "최고점",
            "최저점",
            "최고치",
            "최저치",
            "최적화",
            "최선임",
            "최상단",
            "최하단");

    private static Set<Integer> syllables(final String chars) {
        return chars.codePoints().boxed().collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code c} is a precomposed Hangul syllable. */
    static boolean isSyllable(final int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** Whether the syllable ends in a consonant (받침): decides 이라고 vs 라고, 은 vs 는. */
    static boolean hasFinalConsonant(final int c) {
        return isSyllable(c) && (c - 0xAC00) % 28 != 0;
    }

    /** How strongly the context says "a name goes here". */
    enum Context {
        /** A label, the account holder's name, a signature mark: two-syllable names (김진) count. */
        STRONG,
        /** An introduction, a title after the name: three or four syllables, no adjective endings. */
        WEAK
    }

    /**
     * Whether {@code token} (spaces between syllables allowed: 안 소 율) can be a Korean full name.
     */
    static boolean plausible(final String token, final Context context) {
        final String name = token.replace(" ", "");
        final int n = name.length();
        if (n < 2 || n > 4 || !name.chars().allMatch(KoreanNames::isSyllable) || COMMON_WORDS.contains(name)) {
            return false;
        }
        final int surname;
        if (n >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
            surname = 2;
        } else if (SINGLE_SURNAMES.indexOf(name.charAt(0)) >= 0 && n <= 3) {
            surname = 1;
        } else {
            return false;
        }
        final int given = n - surname;
        if (given == 1 && context == Context.WEAK && surname == 1) {
            return false;
        }
        for (int i = surname; i < n; i++) {
            if (!GIVEN.contains((int) name.charAt(i))) {
                return false;
            }
        }
        // 우수한, 최고의: adjectives and genitives before a title read like names ending in 한 / 의.
        final char last = name.charAt(n - 1);
        return context == Context.STRONG || (last != '한' && last != '의' && last != '히');
    }
}
