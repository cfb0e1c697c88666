package io.hirehub.topologies.match.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the short Korean {@code ai_reasoning} from a {@link ScoreBreakdown}, e.g.
 * "필수 스킬 4개 중 3개 보유(Java, Spring, PostgreSQL), 미보유: Kubernetes, 경력 5년으로 요구
 * 경력(3~7년)에 부합, 근무지 지역 일치, 희망 연봉과 공고 연봉 범위가 겹침, 의미 유사도 82점, 종합 78.5점."
 * Missing skills credited through their field are named ("같은 분야 경험으로 일부 인정: Kafka").
 * Every number in the text comes from the breakdown, so the text never disagrees with the scores.
 */
public final class KoreanReasoning {

    private KoreanReasoning() {}

    /** The explanation of one breakdown. */
    public static String explain(final ScoreBreakdown breakdown) {
        final List<String> parts = new ArrayList<>();
        skills(breakdown.skills(), parts);
        parts.add(experience(breakdown.experience()));
        culture(breakdown.culture(), parts);
        final SemanticScore semantic = breakdown.semantic();
        if (semantic.known()) {
            parts.add("의미 유사도 " + number(semantic.score()) + "점");
        }
        parts.add("종합 " + number(breakdown.overall()) + "점");
        return String.join(", ", parts) + ".";
    }

    private static void skills(final SkillScore skills, final List<String> parts) {
        if (!skills.known()) {
            parts.add("공고에 등록된 스킬 없음");
            return;
        }
        if (skills.requiredTotal() > 0) {
            parts.add("필수 스킬 " + skills.requiredTotal() + "개 중 "
                    + skills.matchedRequired().size() + "개 보유" + list(skills.matchedRequired()));
            if (!skills.missingRequired().isEmpty()) {
                parts.add("미보유: " + String.join(", ", skills.missingRequired()));
            }
        }
        if (skills.preferredTotal() > 0) {
            parts.add("우대 스킬 " + skills.preferredTotal() + "개 중 "
                    + skills.matchedPreferred().size() + "개 보유" + list(skills.matchedPreferred()));
        }
        if (!skills.related().isEmpty()) {
            // Missing skills credited because the resume shows their field (SkillScorer's related credit).
            parts.add("같은 분야 경험으로 일부 인정: " + String.join(", ", skills.related()));
        }
    }

    private static String list(final List<String> names) {
        return names.isEmpty() ? "" : "(" + String.join(", ", names) + ")";
    }

    private static String experience(final ExperienceScore experience) {
        final String range = new YearsRange(experience.requiredMin(), experience.requiredMax()).korean();
        final Integer years = experience.resumeYears();
        return switch (experience.fit()) {
            case WITHIN -> "경력 " + years + "년으로 요구 경력(" + range + ")에 부합";
            case BELOW -> "경력 " + years + "년으로 요구 경력(" + range + ")보다 " + (experience.requiredMin() - years) + "년 부족";
            case ABOVE -> "경력 " + years + "년으로 요구 경력(" + range + ")보다 " + (years - experience.requiredMax()) + "년 많음";
            case NO_REQUIREMENT -> "요구 경력 제한 없음";
            case UNKNOWN -> "경력 정보 없음(요구 경력 " + range + ")";
        };
    }

    private static void culture(final CultureScore culture, final List<String> parts) {
        switch (culture.locationFit()) {
            case REMOTE -> parts.add("원격 근무 가능");
            case SAME_REGION -> parts.add("근무지 지역 일치");
            case OTHER_REGION_HYBRID -> parts.add("근무지 지역 다름(하이브리드 근무)");
            case OTHER_REGION_ONSITE -> parts.add("근무지 지역 다름(상주 근무)");
            case UNKNOWN -> {}
        }
        if (culture.position() != null) {
            parts.add("희망 직무 적합도 " + number(culture.position()) + "점");
        }
        if (culture.companySize() != null) {
            parts.add(culture.companySize().signum() > 0 ? "희망 기업 규모와 일치" : "희망 기업 규모와 다름");
        }
        switch (culture.salaryFit()) {
            case OVERLAP -> parts.add("희망 연봉과 공고 연봉 범위가 겹침");
            case BELOW_DESIRED -> parts.add("공고 연봉이 희망 연봉보다 낮음");
            case ABOVE_DESIRED -> parts.add("공고 연봉이 희망 연봉보다 높음");
            case UNKNOWN -> {}
        }
    }

    /** 82.00 → "82", 78.50 → "78.5". */
    static String number(final BigDecimal value) {
        final BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
