package io.hirehub.topologies.resume.pii;

import java.util.List;

/**
 * Rules for resident and foreign registration numbers and birth dates. Dates are masked only
 * next to a birth label, an age or a {@code 생} suffix: employment periods such as
 * {@code 2019.03 ~ 2022.02}, release tags and order numbers ({@code 230412}) must survive.
 */
final class IdentityRules {

    private IdentityRules() {}

    private static final String MONTH = "(?:0[1-9]|1[0-2])";
    private static final String DAY = "(?:0[1-9]|[12]\\d|3[01])";
    private static final String YYMMDD = "\\d{2}" + MONTH + DAY;

    // 900101-1234567, 900101 - 1234567, 9001011234567, 900101-1****** (already half-masked)
    static final PiiRule RRN = PiiRule.of(
            "rrn",
            PiiKind.RRN,
            "\\d(?<![\\d-]\\d)\\d" + MONTH + DAY + "(?:[ ]?[-–][ ]?[1-4][\\d*]{6}|[1-4]\\d{6})(?![\\d*])");

    // Foreign registration numbers: gender digit 5-8.
    static final PiiRule FRN = PiiRule.of(
            "frn",
            PiiKind.FRN,
            "\\d(?<![\\d-]\\d)\\d" + MONTH + DAY + "(?:[ ]?[-–][ ]?[5-8][\\d*]{6}|[5-8]\\d{6})(?![\\d*])");

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    /** Date shapes that follow a birth label. Longest first so the whole date goes. */
    private static final String DATE = "(?:"
            + "(?:19|20)\\d{2}[ ]*년[ ]*\\d{1,2}[ ]*월[ ]*\\d{1,2}[ ]*일"
            + "|(?:19|20)\\d{2}[ ]*[.\\-/][ ]*\\d{1,2}[ ]*[.\\-/][ ]*\\d{1,2}\\.?"
            + "|\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}"
            + "|(?:" + MONTHS + ")\\.?[ ]+\\d{1,2}(?:st|nd|rd|th)?,?[ ]+(?:19|20)\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?[ ]+(?:" + MONTHS + ")\\.?,?[ ]+(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}" + MONTH + DAY
            + "|" + YYMMDD
            + "|\\d{2}[ ]" + MONTH + "[ ]" + DAY
            + "|\\d{2}[.]\\d{2}[.]\\d{2}"
            + "|(?:19|20)\\d{2}[ ]*년[ ]*\\d{1,2}[ ]*월"
            + "|(?:19|20)\\d{2}(?:[ ]*년)?"
            + ")";

    private static final String BIRTH_LABELS =
            "(?:출생|생)[ ]?(?:연|년)[ ]?월[ ]?일(?:자)?|생일|출생일|출생|생년|D\\.?O\\.?B\\.?|Date of Birth"
                    + "|Birth ?[Dd]ate|Birthday|Birth|Born|주민(?:등록)?번호[ ]?앞[ ]?(?:자리|6자리|6 자리)";

    /**
     * What may stand between a birth label and the date: punctuation, particles, a second label,
     * a format hint ({@code (6자리)}, {@code (YYMMDD)}). No words, so "생일 파티 2019년" stays.
     */
    private static final String FILLER = "(?:[ \\t]*+(?:[:：|)(\\[\\]/·,—–-]|은|는|이|on|in|DOB|D\\.O\\.B\\.?|생년월일"
            + "|[68][ ]?자리|(?i:yy(?:yy)?[./ -]?mm[./ -]?dd)|(?i:dd[./ -]?mm[./ -]?yy(?:yy)?)|(?i:mm[./ -]?dd[./ -]?yy(?:yy)?)"
            + ")){0,6}+[ \\t]*+";

    // 생년월일: 1990.03.05 / DOB: March 5, 1990 / Born 5 March 1990 / 생년월일(6자리) 930512
    static final PiiRule BIRTH_LABELLED = PiiRule.of(
                    "birth-labelled",
                    PiiKind.BIRTH_DATE,
                    "(?i)(?<![\\p{L}])(?:" + BIRTH_LABELS + ")" + FILLER + "(?<pii>" + DATE + ")(?![\\d])")
            .startingAt("생년", "생일", "출생", "dob", "d.o", "birth", "born", "date of birth", "주민");

    // 1990년 3월 5일생, 1990.03.05 생, 1990년생, 950731생
    static final PiiRule BIRTH_SUFFIX = PiiRule.of(
                    "birth-suffix", PiiKind.BIRTH_DATE, "(?<![\\d.])(?<pii>" + DATE + ")[ ]?생(?=$|[\\s),.|/·])")
            .gatedBy("생");

    // 만 31세 (921105): an age with the birth date in brackets.
    static final PiiRule BIRTH_AFTER_AGE = PiiRule.of(
                    "birth-after-age",
                    PiiKind.BIRTH_DATE,
                    "(?:만[ ]?)?\\d{1,3}[ ]?(?:세|살)[ \\t]*[(（][ \\t]*(?<pii>" + DATE + ")[ \\t]*[)）]")
            .gatedBy("세", "살");

    /** The birth-date rules ({@link #RRN} and {@link #FRN} are shapes, run with the other {@link NumberShapes}). */
    static List<PiiRule> birthDates() {
        return List.of(BIRTH_LABELLED, BIRTH_SUFFIX, BIRTH_AFTER_AGE);
    }
}
