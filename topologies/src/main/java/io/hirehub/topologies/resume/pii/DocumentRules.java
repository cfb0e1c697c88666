package io.hirehub.topologies.resume.pii;

import java.util.List;

/**
 * Rules for identity-document numbers: passports and driver's licences. Shapes that nothing else
 * has (a Korean licence {@code 11-18-123456-12}, the 2021 Korean passport {@code M123A4567}) are
 * masked anywhere; looser shapes ({@code M12345678}, a nine-digit number, a US licence
 * {@code D1234567}) only after their label, so product codes such as {@code A12345678} stay.
 */
final class DocumentRules {

    private DocumentRules() {}

    private static final String REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종";

    // 11-18-123456-12: region code (11-28), year, serial, check digits.
    static final PiiRule LICENSE_KR_NUMERIC = PiiRule.of(
            "driver-license-kr",
            PiiKind.DRIVER_LICENSE,
            "(?:1[1-9]|2[0-8])(?<![\\d-]..)-\\d{2}-\\d{6}-\\d{2}(?![\\d-])");

    // 서울 19-774310-81, 경기-15-009871-33: the region written out.
    static final PiiRule LICENSE_KR_REGION = PiiRule.of(
                    "driver-license-kr-region",
                    PiiKind.DRIVER_LICENSE,
                    "(?<![가-힣])(?:" + REGIONS + ")[ -]?\\d{2}[ -]\\d{6}[ -]\\d{2}(?![\\d-])")
            .startingAt(REGIONS.split("\\|"));

    private static final String LICENSE_LABELS = "(?:(?i:driver'?s?|driving)[ ]?(?i:licen[cs]e)|DL|운전[ ]?면허(?:증)?)"
            + "(?:[ ]?(?:번호|(?i:no\\.?|number|num|#)))?";

    /** Between a licence label and its number: punctuation, a class or a short note in brackets. */
    private static final String LICENSE_FILLER = "(?:[ \\t]*+(?:[:：#|,]|\\([^)\\n]{0,30}+\\)|[12]종[ ]?(?:보통|대형|소형|특수)"
            + "|(?i:class)[ ]?\\d|(?i:no\\.?|number)|번호)){0,4}+[ \\t]*+";

    // Driver's License: D1234567 / DL# S530-4619-8873 / 운전면허 13 21 445566 70
    static final PiiRule LICENSE_LABELLED = PiiRule.of(
                    "driver-license-labelled",
                    PiiKind.DRIVER_LICENSE,
                    "(?<![\\p{L}])" + LICENSE_LABELS + LICENSE_FILLER
                            + "(?<pii>[A-Z0-9]++(?:[ -][A-Z0-9]++){0,4}+)(?![\\w-])",
                    value -> ContactRules.digits(value) >= 6
                            && value.length() <= 24
                            && !value.matches("(?:19|20)\\d{2}"))
            .startingAt("driver", "driving", "dl", "운전");

    // M123A4567: the Korean passport since 2021 (type letter, 3 digits, a letter, 4 digits).
    static final PiiRule PASSPORT_KR_NEW = PiiRule.of(
            "passport-kr-new", PiiKind.PASSPORT, "[MSRODG](?<![A-Za-z0-9].)\\d{3}[A-Z]\\d{4}(?![A-Za-z0-9])");

    private static final String PASSPORT_LABELS = "여권(?:[ ]?번호)?|(?i:passport)(?!\\.js)|(?i:travel document)";

    // 여권번호: M12345678 / Passport No. TK1234567 / passport # 123456789 / 여권번호 m 123 a 4567
    static final PiiRule PASSPORT_LABELLED = PiiRule.of(
                    "passport-labelled",
                    PiiKind.PASSPORT,
                    "(?<![\\p{L}])(?:" + PASSPORT_LABELS
                            + ")[^\\d\\n]{0,30}?(?<![A-Za-z0-9])(?<pii>[A-Za-z]{1,2}[ ]?\\d{3}[ ]?[A-Za-z][ ]?\\d{4}"
                            + "|[A-Za-z]{1,2}\\d{7,8}|\\d{9})(?![A-Za-z0-9])")
            .startingAt("여권", "passport", "travel document");

    /** The rules besides {@link #LICENSE_KR_NUMERIC} (a shape, run with the other {@link NumberShapes}). */
    static List<PiiRule> all() {
        return List.of(LICENSE_KR_REGION, LICENSE_LABELLED, PASSPORT_KR_NEW, PASSPORT_LABELLED);
    }
}
