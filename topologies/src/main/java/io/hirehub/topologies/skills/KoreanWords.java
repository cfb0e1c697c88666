package io.hirehub.topologies.skills;

import java.util.Set;

/**
 * What may follow a Korean skill spelling inside the same word. Korean attaches particles and light nouns to a noun
 * ({@code 회계를}, {@code 회계팀}, {@code 데이터분석가로}), but a different noun can start the same way: {@code 회계사}
 * (an accountant), {@code 회계법인} (a firm), {@code 세무서} (a tax office), {@code 간호학과} (a school department)
 * are not the skill {@code 회계}, {@code 세무} or {@code 간호}. So the rest of the word must begin with a particle,
 * an ending or a light noun of this list; anything else makes it another word.
 */
final class KoreanWords {

    /** Particles, copulas and endings, light nouns and verb stems that keep the noun's meaning. */
    private static final Set<String> CONTINUATIONS = Set.of(
            // particles and copulas
            "이",
            "가",
            "을",
            "를",
            "은",
            "는",
            "의",
            "에",
            "에서",
            "에게",
            "와",
            "과",
            "로",
            "으로",
            "도",
            "만",
            "및",
            "까지",
            "부터",
            "나",
            "이나",
            "랑",
            "이랑",
            "처럼",
            "보다",
            "마다",
            "이며",
            "며",
            "이고",
            "고",
            "이라",
            "라",
            "란",
            "이란",
            "요",
            "입니다",
            "이다",
            "였",
            "이었",
            "인",
            "임",
            "등",
            "로서",
            "으로서",
            "로써",
            "뿐",
            "밖에",
            "조차",
            // verb-making and adjective-making endings
            "하",
            "한",
            "할",
            "함",
            "했",
            "해",
            "합",
            "된",
            "되",
            "됨",
            "됐",
            "적",
            "화",
            "상",
            "시",
            "중",
            "간",
            "내",
            "외",
            "별",
            "용",
            "자",
            "원",
            // light nouns written together with a skill
            "팀",
            "파트",
            "부",
            "부서",
            "본부",
            "실",
            "직",
            "직무",
            "업무",
            "경험",
            "경력",
            "역량",
            "능력",
            "담당",
            "실무",
            "기술",
            "분야",
            "전문",
            "지식",
            "자격",
            "면허",
            "툴",
            "도구",
            "프로젝트",
            "개발",
            "운영",
            "관리",
            "설계",
            "구축",
            "기반",
            "활용",
            "사용",
            "능숙",
            "가능",
            "스택",
            "엔지니어",
            "매니저",
            "리드",
            "과정",
            "교육",
            "강의",
            "수업",
            "연수",
            "보유",
            "취득",
            "합격",
            "점수",
            "자료",
            "보고",
            "시스템",
            "환경",
            "서버",
            "코드",
            "모델",
            "분석",
            "검토",
            "대응",
            "지원",
            "처리",
            "작성",
            "수행",
            "진행",
            "기획",
            "전략",
            "컨설팅",
            "자동화",
            "도입",
            "전환",
            "최적화",
            "개선",
            "모니터링",
            "플랫폼",
            "서비스",
            "솔루션",
            "대행",
            "점검",
            "평가",
            "계획",
            "실적",
            "성과",
            "데이터",
            "파이프라인",
            "구현");

    /**
     * First words after a space that make the spelling before them a name, not a skill: an organisation
     * ({@code 회계 법인}, {@code 오라클 코리아}), a school department or where someone comes from ({@code 구글 출신}).
     */
    private static final Set<String> ORGANISATIONS =
            Set.of("법인", "사무소", "사무실", "코리아", "출신", "학과", "학원", "협회", "연구소", "재단");

    private KoreanWords() {}

    /** Whether the Hangul run {@code rest} (what follows a spelling in the same word) continues it as the same noun. */
    static boolean continues(final String rest) {
        for (int length = Math.min(5, rest.length()); length >= 1; length--) {
            if (CONTINUATIONS.contains(rest.substring(0, length))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} (a whole word, or the start of one) names an organisation the spelling before it is part of. */
    static boolean organisation(final String word) {
        for (final String organisation : ORGANISATIONS) {
            if (word.startsWith(organisation)) {
                return true;
            }
        }
        return false;
    }
}
