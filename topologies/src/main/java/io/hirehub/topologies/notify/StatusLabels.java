package io.hirehub.topologies.notify;

import java.util.Locale;
import java.util.Map;

/** The Korean words a user reads for the seed's status values (the templates are Korean). */
final class StatusLabels {

    private static final Map<String, String> APPLICATION = Map.of(
            "submitted", "지원 완료",
            "reviewing", "서류 검토중",
            "interview_scheduled", "면접 예정",
            "interview_completed", "면접 완료",
            "offered", "합격 제안",
            "accepted", "입사 확정",
            "rejected", "불합격",
            "withdrawn", "지원 취소");

    private static final Map<String, String> RESUME = Map.of(
            "processing", "분석중",
            "ready", "분석 완료",
            "error", "분석 실패");

    private StatusLabels() {}

    /** The label of an application status; the value itself when it has none. */
    static String application(final String status) {
        return label(APPLICATION, status);
    }

    /** The label of a resume status; the value itself when it has none. */
    static String resume(final String status) {
        return label(RESUME, status);
    }

    private static String label(final Map<String, String> labels, final String status) {
        if (status == null) {
            return null;
        }
        final String key = status.toLowerCase(Locale.ROOT);
        return labels.getOrDefault(key, key);
    }
}
