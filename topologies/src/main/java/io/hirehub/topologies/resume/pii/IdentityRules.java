package io.hirehub.topologies.resume.pii;

import java.util.List;

/**
 * Rules for resident and foreign registration numbers and birth dates. Dates are masked only
 * next to a birth label or a {@code 생} suffix: employment periods such as {@code 2019.03 ~ 2022.02}
 * must survive for parsing.
 */
final class IdentityRules {

    private IdentityRules() {}

    private static final String YYMMDD = "\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])";

    // 900101-1234567, 900101 - 1234567, 9001011234567, 900101-1****** (already half-masked)
    static final PiiRule RRN = PiiRule.of(
            "rrn", PiiKind.RRN, "(?<![\\d-])" + YYMMDD + "(?:[ ]?[-–][ ]?[1-4][\\d*]{6}|[1-4]\\d{6})(?![\\d*])");

    // Foreign registration numbers: gender digit 5-8.
    static final PiiRule FRN = PiiRule.of(
            "frn", PiiKind.FRN, "(?<![\\d-])" + YYMMDD + "(?:[ ]?[-–][ ]?[5-8][\\d*]{6}|[5-8]\\d{6})(?![\\d*])");

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    /** Date shapes that follow a birth label. Longest first so the whole date goes. */
    private static final String DATE = "(?:"
            + "(?:19|20)\\d{2}[ ]*년[ ]*\\d{1,2}[ ]*월[ ]*\\d{1,2}[ ]*일"
            + "|(?:19|20)\\d{2}[ ]*[.\\-/][ ]*\\d{1,2}[ ]*[.\\-/][ ]*\\d{1,2}\\.?"
            + "|\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}"
            + "|(?:" + MONTHS + ")\\.?[ ]+\\d{1,2}(?:st|nd|rd|th)?,?[ ]+(?:19|20)\\d{2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?[ ]+(?:" + MONTHS + ")\\.?,?[ ]+(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
            + "|\\d{2}[.]\\d{2}[.]\\d{2}"
            + "|(?:19|20)\\d{2}[ ]*년[ ]*\\d{1,2}[ ]*월"
            + "|(?:19|20)\\d{2}(?:[ ]*년)?"
            + ")";

    private static final String BIRTH_LABELS =
            "생년월일|생년 월일|생일|출생일|출생|D\\.?O\\.?B\\.?|Date of Birth" + "|Birth ?[Dd]ate|Birthday|Birth|Born";

    // 생년월일: 1990.03.05 / DOB: March 5, 1990 / Born 5 March 1990
    static final PiiRule BIRTH_LABELLED = PiiRule.of(
            "birth-labelled",
            PiiKind.BIRTH_DATE,
            "(?i)(?<![\\p{L}])(?:" + BIRTH_LABELS + ")(?:[ \\t]*(?:on|in))?[ \\t]*[:：|)]?[ \\t]*\\(?[ \\t]*(?<pii>"
                    + DATE + ")(?![\\d])");

    // 1990년 3월 5일생, 1990.03.05 생, 1990년생
    static final PiiRule BIRTH_SUFFIX =
            PiiRule.of("birth-suffix", PiiKind.BIRTH_DATE, "(?<![\\d.])(?<pii>" + DATE + ")[ ]?생(?=$|[\\s),.|/·])");

    static List<PiiRule> all() {
        return List.of(RRN, FRN, BIRTH_LABELLED, BIRTH_SUFFIX);
    }
}
