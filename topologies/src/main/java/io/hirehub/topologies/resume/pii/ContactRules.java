package io.hirehub.topologies.resume.pii;

import java.util.List;

/** Rules for e-mail addresses, personal URLs and phone numbers (Korean and international). */
final class ContactRules {

    private ContactRules() {}

    /** Chars that end a URL: whitespace, brackets, quotes, table bars. */
    private static final String URL_CHAR = "[^\\s<>()\\[\\]{}\"'|,]";

    private static final String URL_END = "[^\\s<>()\\[\\]{}\"'|,.;:!?]";

    private static final String PERSONAL_HOSTS = "github\\.com|gitlab\\.com|bitbucket\\.org|linkedin\\.com"
            + "|velog\\.io|medium\\.com|brunch\\.co\\.kr|notion\\.site|notion\\.so|tistory\\.com|blog\\.naver\\.com"
            + "|blog\\.me|instagram\\.com|facebook\\.com|twitter\\.com|behance\\.net|dribbble\\.com|kaggle\\.com"
            + "|github\\.io|gitlab\\.io|vercel\\.app|netlify\\.app|oopy\\.io|wordpress\\.com|blogspot\\.com"
            + "|dev\\.to|hashnode\\.dev|substack\\.com|youtube\\.com";

    private static final String URL_LABELS = "blog|homepage|home page|website|web|portfolio|github|git|linkedin"
            + "|site|블로그|홈페이지|포트폴리오|깃허브|깃헙|웹사이트|링크드인";

    static final PiiRule EMAIL = PiiRule.of(
            "email",
            PiiKind.EMAIL,
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}(?![\\w-])");

    static final PiiRule URL_WITH_SCHEME = PiiRule.of(
            "url-scheme", PiiKind.URL, "(?i)(?<![\\w@])(?:https?://|www\\.)(?:" + URL_CHAR + "*" + URL_END + ")?");

    static final PiiRule URL_PERSONAL_HOST = PiiRule.of(
            "url-personal-host",
            PiiKind.URL,
            "(?i)(?<![\\w.@/-])(?:[\\w-]+\\.)?(?:" + PERSONAL_HOSTS + ")(?![\\w.-]*[\\w])" + "(?:/(?:" + URL_CHAR + "*"
                    + URL_END + ")?)?");

    static final PiiRule URL_LABELLED = PiiRule.of(
            "url-labelled",
            PiiKind.URL,
            "(?im)(?:^|(?<=[|·/]))[ \\t]*[-•*·]?[ \\t]*(?:" + URL_LABELS + ")[ \\t]*[:：|][ \\t]*"
                    + "(?<pii>[A-Za-z0-9][\\w-]*(?:\\.[\\w-]+)*\\.[A-Za-z]{2,}(?:/(?:" + URL_CHAR + "*" + URL_END
                    + ")?)?)");

    // Instagram: @gildong_hong, 카카오톡 ID: gildong
    static final PiiRule SOCIAL_HANDLE = PiiRule.of(
            "social-handle",
            PiiKind.URL,
            "(?im)(?<![\\p{L}])(?:instagram|insta|twitter|telegram|kakaotalk|kakao|카카오톡|카톡|인스타그램|인스타|텔레그램)"
                    + "[ \\t]*(?:id|아이디)?[ \\t]*[:：|][ \\t]*(?<pii>@?[A-Za-z0-9._-]{2,30})(?![\\w@])");

    // +82 10-1234-5678, +82-2-123-4567, +82 (0)10 1234 5678
    static final PiiRule PHONE_KR_INTERNATIONAL = PiiRule.of(
            "phone-kr-intl",
            PiiKind.PHONE,
            "(?<![\\w+])\\+[ ]?82[ .-]*(?:\\(0\\)[ ]*)?0?(?:1[016789]|2|[3-6][1-5]|70)[ .)-]*\\d{3,4}[ .-]*\\d{4}(?!\\d)");

    // +1 415 555 0100, +44 20 7946 0958, +81-3-1234-5678
    static final PiiRule PHONE_INTERNATIONAL = PiiRule.of(
            "phone-intl",
            PiiKind.PHONE,
            "(?<![\\w+])\\+[ ]?(?!82)[1-9]\\d{0,2}(?:[ .-]?\\(?\\d{1,4}\\)?){2,5}(?!\\d)",
            value -> digits(value) >= 8 && digits(value) <= 15);

    // 010-1234-5678, 01012345678, 010 1234 5678, 010.1234.5678, (010) 1234-5678
    static final PiiRule PHONE_KR_MOBILE = PiiRule.of(
            "phone-kr-mobile",
            PiiKind.PHONE,
            "(?<![\\d.+\\-/])(?:01[016789]|\\(01[016789]\\))[ .-]?\\d{3,4}[ .-]?\\d{4}(?!\\d)");

    // 02-123-4567, 031-1234-5678, (02) 1234-5678, 070-1234-5678, 0212345678
    static final PiiRule PHONE_KR_LANDLINE = PiiRule.of(
            "phone-kr-landline",
            PiiKind.PHONE,
            "(?<![\\d.+\\-/])(?:0(?:2|[3-6][1-5]|70|50\\d?|80)|\\(0(?:2|[3-6][1-5]|70)\\))[ .)-]?\\d{3,4}[ .-]?\\d{4}"
                    + "(?![\\d])");

    // (415) 555-0100, 415-555-0100
    static final PiiRule PHONE_NANP = PiiRule.of(
            "phone-nanp", PiiKind.PHONE, "(?<![\\d\\-/.])(?:\\(\\d{3}\\)[ ]?|\\d{3}-)\\d{3}[-. ]\\d{4}(?![\\d\\-])");

    // Anything number-like after a phone label that the shapes above missed.
    static final PiiRule PHONE_LABELLED = PiiRule.of(
            "phone-labelled",
            PiiKind.PHONE,
            "(?im)(?:전화번호|전화|연락처|휴대폰|휴대전화|핸드폰|Tel|Phone|Mobile|Cell|H\\.?P)\\.?[ \\t]*[:：|][ \\t]*"
                    + "(?<pii>\\+?\\(?\\d[\\d ().-]{5,}\\d)(?![\\d])",
            value -> digits(value) >= 7 && digits(value) <= 15);

    static List<PiiRule> all() {
        return List.of(
                EMAIL,
                URL_WITH_SCHEME,
                URL_LABELLED,
                URL_PERSONAL_HOST,
                SOCIAL_HANDLE,
                PHONE_KR_INTERNATIONAL,
                PHONE_INTERNATIONAL,
                PHONE_KR_MOBILE,
                PHONE_KR_LANDLINE,
                PHONE_NANP,
                PHONE_LABELLED);
    }

    static int digits(final String value) {
        int count = 0;
        for (int i = 0; i < value.length(); i++) {
            if (Character.isDigit(value.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
