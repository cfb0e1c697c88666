package io.hirehub.topologies.resume.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field labels of form-style resumes ({@code 회사명: ABC테크}, {@code 직위: 대리},
 * {@code 근무기간: 2019.03 ~ 2022.02}, {@code 담당업무: …}, {@code Company: …}, {@code Title: …}).
 */
final class EntryLabels {

    enum Kind {
        NONE,
        COMPANY,
        POSITION,
        PERIOD,
        DESCRIPTION
    }

    private static final Pattern LABEL = Pattern.compile("(?i)^[ \\t]*(?<label>회사명|회사|직장명|근무처|기관명|소속|직위|직책|직급|직무|포지션"
            + "|근무기간|재직기간|기간|담당업무|주요업무|업무내용|담당|업무|Company|Employer|Organization|Title|Position|Role"
            + "|Period|Dates|Duration|Responsibilities|Description)[ \\t]*[:：][ \\t]*(?<value>.*)$");

    private EntryLabels() {}

    static Kind of(final String text) {
        final Matcher matcher = LABEL.matcher(text);
        if (!matcher.matches()) {
            return Kind.NONE;
        }
        return switch (matcher.group("label").toLowerCase(Locale.ROOT)) {
            case "회사명", "회사", "직장명", "근무처", "기관명", "소속", "company", "employer", "organization" -> Kind.COMPANY;
            case "직위", "직책", "직급", "직무", "포지션", "title", "position", "role" -> Kind.POSITION;
            case "근무기간", "재직기간", "기간", "period", "dates", "duration" -> Kind.PERIOD;
            default -> Kind.DESCRIPTION;
        };
    }

    /** The text after the label. */
    static String value(final String text) {
        final Matcher matcher = LABEL.matcher(text);
        return matcher.matches() ? matcher.group("value").strip() : text;
    }

    /** {@code 담당업무: 주문 API 개발} → {@code 주문 API 개발}; other lines unchanged. */
    static String stripDescriptionLabel(final String text) {
        return of(text) == Kind.DESCRIPTION ? value(text) : text;
    }
}
