package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for e-mail addresses (plain and written to dodge scrapers), personal URLs and phone
 * numbers (Korean and international, with any of the separators people type: hyphens and dashes,
 * dots, middle dots, slashes, underscores, spaces, full-width digits).
 */
final class ContactRules {

    private ContactRules() {}

    /** Chars that end a URL: whitespace, brackets, quotes, table bars. */
    private static final String URL_CHAR = "[^\\s<>()\\[\\]{}\"'|,]";

    private static final String URL_END = "[^\\s<>()\\[\\]{}\"'|,.;:!?]";

    private static final String PERSONAL_HOSTS = "github\\.com|gitlab\\.com|bitbucket\\.org|linkedin\\.com"
            + "|velog\\.io|medium\\.com|brunch\\.co\\.kr|notion\\.site|notion\\.so|tistory\\.com|blog\\.naver\\.com"
            + "|blog\\.me|instagram\\.com|facebook\\.com|twitter\\.com|x\\.com|behance\\.net|dribbble\\.com|kaggle\\.com"
            + "|github\\.io|gitlab\\.io|vercel\\.app|netlify\\.app|oopy\\.io|wordpress\\.com|blogspot\\.com"
            + "|dev\\.to|hashnode\\.dev|substack\\.com|youtube\\.com|twitch\\.tv|tiktok\\.com|threads\\.net"
            + "|pinterest\\.com|leetcode\\.com|solved\\.ac|acmicpc\\.net|codeforces\\.com";

    private static final String URL_LABELS = "blog|homepage|home page|website|web|portfolio|github|git|linkedin"
            + "|site|블로그|홈페이지|포트폴리오|깃허브|깃헙|웹사이트|링크드인|노션";

    /** Mail providers people name when they spell an address out. */
    static final String MAIL_PROVIDERS = "gmail|googlemail|naver|daum|hanmail|kakao|nate|yahoo|outlook|hotmail"
            + "|live|msn|icloud|me|mac|protonmail|proton|pm|hey|fastmail|aol|zoho|gmx|yandex|qq|163|126|empas"
            + "|dreamwiz|korea|lycos|paran|chol|hanafos";

    private static final String LABEL = "[A-Za-z0-9][A-Za-z0-9-]{0,62}+(?<!-)";
    private static final String SP = "[ \\t]{0,3}+";
    private static final String BRACKETED_AT = "(?:\\[" + SP + "(?:at|AT|@|골뱅이)" + SP + "\\]|\\(" + SP
            + "(?:at|AT|@|골뱅이)"
            + SP + "\\)|\\{" + SP + "(?:at|AT|@)" + SP + "\\}|<" + SP + "(?:at|AT)" + SP + ">|【" + SP + "(?:at|AT|@)"
            + SP + "】)";
    /** '@' with spaces, a bracketed "at", or 골뱅이 / 앳 (Korean for '@'). */
    private static final String AT_MARK = SP + "(?:[@＠]|" + BRACKETED_AT + "|골뱅이|앳)" + SP;

    private static final String BRACKETED_DOT = "(?:\\[" + SP + "(?:dot|DOT|\\.|점|닷)" + SP + "\\]|\\(" + SP
            + "(?:dot|DOT|\\.|점|닷)"
            + SP + "\\)|\\{" + SP + "(?:dot|DOT)" + SP + "\\}|<" + SP + "(?:dot|DOT)" + SP + ">|【" + SP + "(?:dot|DOT)"
            + SP + "】)";

    /** A local part; its dots may be written out too ({@code ethan(dot)brooks}, {@code haneul(점)kim}). */
    private static final String LOCAL =
            "[A-Za-z0-9][A-Za-z0-9_%+-]{0,40}+(?:(?:\\.|" + BRACKETED_DOT + ")[A-Za-z0-9_%+-]{1,40}+){0,4}+";

    private static final String DOT_MARK = "(?:" + SP + "(?:\\.|" + BRACKETED_DOT + ")" + SP
            + "|[ \\t]++(?:dot|DOT)[ \\t]++|" + SP + "(?:닷|점)" + SP + ")";
    /** Top-level domains people spell out; a spelled-out domain must end in one ("Engineer @ Coupang. Led" must not). */
    private static final String TLDS = "com|net|org|io|co|kr|me|dev|ai|app|edu|ac|gov|go|or|re|ne|pe|info|biz|xyz"
            + "|tech|us|uk|jp|de|fr|ca|au|cn|in|sg|tv|im|ly|so|site|page|cloud|email|mail|studio|design|blog|to|sh"
            + "|gg|fm|is|it|es|nl|se|ch|be|dk|fi|no|pl|ru|br|mx|vn|th|id|my|ph|tw|hk|nz|eu|asia|social";

    private static final String DOMAIN =
            LABEL + "(?:" + DOT_MARK + LABEL + "){0,4}?" + DOT_MARK + "(?i:" + TLDS + ")(?![A-Za-z0-9-])";

    static final PiiRule EMAIL = PiiRule.of(
                    "email",
                    PiiKind.EMAIL,
                    "(?<![\\w.+@-])[A-Za-z0-9][A-Za-z0-9._%+-]*+@[A-Za-z0-9](?:[A-Za-z0-9-]*+(?<!-))?"
                            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*+(?<!-))?)*\\.[A-Za-z]{2,}+(?![\\w-]|\\.[A-Za-z0-9])")
            .gatedBy("@");

    // jane.doe [at] gmail [dot] com, hong(at)naver.com, hong 골뱅이 naver 닷 com, a @ b . com, a＠b.com
    static final PiiRule EMAIL_OBFUSCATED = PiiRule.of(
                    "email-obfuscated",
                    PiiKind.EMAIL,
                    "(?<![\\w.+@-])" + LOCAL + AT_MARK + DOMAIN + "(?![\\w-])",
                    ContactRules::obfuscatedLooksReal)
            .gatedBy("@", "＠", "골뱅이", "앳", "[at", "(at", "{at", "<at", "【at", "[ at", "( at", "{ at", "< at", "【 at");

    // carlos.mendoza at gmail dot com: only with a local part that looks like one, or a mail provider.
    static final PiiRule EMAIL_SPELLED = PiiRule.of(
                    "email-spelled",
                    PiiKind.EMAIL,
                    "(?<![\\w.+@-])(?<pii>(?<local>" + LOCAL + ")[ \\t]++(?:at|AT)[ \\t]++(?<domain>" + DOMAIN
                            + "))(?![\\w-])",
                    ContactRules::spelledLooksReal)
            .gatedBy(" at ", "\tat", "at\t");

    // siwoo.lim@gmail,com / jimin.han@naver: a provider without its dot or top-level domain.
    static final PiiRule EMAIL_PROVIDER_ONLY = PiiRule.of(
                    "email-provider-only",
                    PiiKind.EMAIL,
                    "(?<![\\w.+@-])" + LOCAL + SP + "[@＠]" + SP + "(?i:" + MAIL_PROVIDERS
                            + ")(?:,(?:com|net|co\\.kr|kr))?" + "(?![\\w.@-])")
            .gatedBy("@", "＠");

    // The local part left behind when only the domain was recognised as a web address: jane.doe [at] [URL].
    static final PiiRule EMAIL_LOCAL_LEFT = PiiRule.of(
                    "email-local-left", PiiKind.EMAIL, "(?<![\\w.+@-])" + LOCAL + AT_MARK + "\\[URL\\]")
            .gatedBy("[url]");

    static final PiiRule URL_WITH_SCHEME = PiiRule.of(
                    "url-scheme",
                    PiiKind.URL,
                    "(?i)(?<![\\w@])(?:https?://|www\\.)(?:" + URL_CHAR + "*" + URL_END + ")?")
            .gatedBy("http", "www.");

    static final PiiRule URL_PERSONAL_HOST = PiiRule.of(
                    "url-personal-host",
                    PiiKind.URL,
                    "(?i)(?<![\\w.@/-])(?:[\\w-]+\\.)?(?:" + PERSONAL_HOSTS + ")(?![\\w.-]*[\\w])" + "(?:/(?:"
                            + URL_CHAR + "*" + URL_END + ")?)?")
            .gatedBy(PERSONAL_HOSTS.replace("\\", "").split("\\|"));

    /** A file, not a web address: {@code Portfolio: portfolio_v2.pdf}. */
    private static final Pattern FILE =
            Pattern.compile("(?i)\\.(?:pdf|docx?|hwpx?|pptx?|xlsx?|key|zip|png|jpe?g|gif|mp4|mov|psd|fig|txt|md)$");

    static final PiiRule URL_LABELLED = PiiRule.of(
                    "url-labelled",
                    PiiKind.URL,
                    "(?im)(?:^|(?<=[|·/]))[ \\t]*+[-•*·]?[ \\t]*+(?:" + URL_LABELS + ")[ \\t]*[:：|][ \\t]*"
                            + "(?<pii>[A-Za-z0-9][\\w-]*+(?:\\.[\\w-]++)*\\.[A-Za-z]{2,}+(?:/(?:" + URL_CHAR + "*"
                            + URL_END + ")?)?)",
                    value -> !FILE.matcher(value).find())
            .gatedBy(URL_LABELS.split("\\|"));

    private static final String DIGIT = "[0-9０-９]";
    /** One separator (with spaces around it) or spaces alone. */
    private static final String SEP = "(?:[ \\t]{0,2}+[-.·∙•‧・ㆍ･/_‐‑‒–—―－／．][ \\t]{0,2}+|[ \\t]{1,2}+)";

    private static final String NO_DIGIT_BEFORE = "(?<![0-9０-９.+\\-/·A-Za-z])";
    private static final String NO_DIGIT_AFTER = "(?![0-9０-９]|[-.·][0-9])";

    // +82 10-1234-5678, +82-2-123-4567, +82 (0)10 1234 5678, +82 10·4821·7763
    static final PiiRule PHONE_KR_INTERNATIONAL = PiiRule.of(
                    "phone-kr-intl",
                    PiiKind.PHONE,
                    "(?<![\\w+])\\+[ ]?82" + SEP + "?(?:\\([ ]?0[ ]?\\)[ ]{0,2}+)?0?(?:1[016789]|2|[3-6][1-5]|70)(?:"
                            + SEP + "|\\))?" + "\\d{3,4}" + SEP + "?\\d{4}(?!\\d)")
            .gatedBy("+");

    // +1 415 555 0100, +44 20 7946 0958, +81-3-1234-5678
    static final PiiRule PHONE_INTERNATIONAL = PiiRule.of(
                    "phone-intl",
                    PiiKind.PHONE,
                    "(?<![\\w+])\\+[ ]?(?!82)[1-9]\\d{0,2}+(?:[ .·-]?+\\(?\\d{1,4}+\\)?){2,5}+(?!\\d)",
                    value -> digits(value) >= 8 && digits(value) <= 15)
            .gatedBy("+");

    /** 010 and the ways it gets written: full-width digits, the letter O, 공일공 (zero-one-zero in Korean). */
    private static final String MOBILE_PREFIX =
            "(?:[0０][1１][016789０１６７８９]|\\([0０][1１][016789０１６７８９]\\)|[0Oo][1lI][0Oo]" + "|공일[공일육칠팔구])";

    // 010-1234-5678, 01012345678, 010 1234 5678, 010·1234·5678, (010) 1234-5678, ０１０－１２３４－５６７８
    static final PiiRule PHONE_KR_MOBILE = PiiRule.of(
            "phone-kr-mobile",
            PiiKind.PHONE,
            "(?=[0０(Oo공])" + NO_DIGIT_BEFORE + MOBILE_PREFIX + SEP + "?" + DIGIT + "{3,4}" + SEP + "?" + DIGIT + "{4}"
                    + NO_DIGIT_AFTER);

    // 02-123-4567, 031-1234-5678, (02) 1234-5678, 070-1234-5678, 0212345678, 02·2118·4400
    static final PiiRule PHONE_KR_LANDLINE = PiiRule.of(
            "phone-kr-landline",
            PiiKind.PHONE,
            "(?=[0(])" + NO_DIGIT_BEFORE + "(?:0(?:2|[3-6][1-5]|70|50\\d?|80)|\\(0(?:2|[3-6][1-5]|70)\\))(?:" + SEP
                    + "|(?<=\\)))?" + "\\d{3,4}" + SEP + "?\\d{4}" + NO_DIGIT_AFTER);

    // (415) 555-0100, 415-555-0100, (415) 555·0137
    static final PiiRule PHONE_NANP = PiiRule.of(
            "phone-nanp",
            PiiKind.PHONE,
            "(?=[(\\d])(?<![\\d\\-/.])(?:\\(\\d{3}\\)[ ]?|\\d{3}-)\\d{3}[-. ·]\\d{4}(?![\\d\\-])");

    // Anything number-like after a phone label that the shapes above missed.
    static final PiiRule PHONE_LABELLED = PiiRule.of(
                    "phone-labelled",
                    PiiKind.PHONE,
                    "(?im)(?:전화번호|전화|연락처|휴대폰|휴대전화|핸드폰|Tel|Phone|Mobile|Cell|H\\.?P|WhatsApp)\\.?[ \\t]*[:：|][ \\t]*"
                            + "(?<pii>\\+?\\(?\\d[\\d ().·-]{5,40}\\d)(?![\\d])",
                    value -> digits(value) >= 7 && digits(value) <= 15)
            .startingAt("전화", "연락처", "휴대", "핸드폰", "tel", "phone", "mobile", "cell", "hp", "h.p", "whatsapp");

    /** Personal web addresses: with a scheme, after a label, on a personal host. */
    static List<PiiRule> urls() {
        return List.of(URL_WITH_SCHEME, URL_LABELLED, URL_PERSONAL_HOST);
    }

    /** E-mails written to dodge scrapers; {@link #EMAIL_LOCAL_LEFT} runs in a phase after these. */
    static List<PiiRule> spelledEmails() {
        return List.of(EMAIL_OBFUSCATED, EMAIL_SPELLED, EMAIL_PROVIDER_ONLY);
    }

    /** International and labelled phone numbers (the Korean and NANP shapes run as {@link NumberShapes}). */
    static List<PiiRule> phones() {
        return List.of(PHONE_KR_INTERNATIONAL, PHONE_INTERNATIONAL, PHONE_LABELLED);
    }

    private static final Pattern SPELLED = Pattern.compile("(?<local>\\S+)[ \\t]+(?:at|AT)[ \\t]+(?<domain>.+)");
    private static final Pattern LOOKS_LOCAL = Pattern.compile(".*[._0-9+-].*");
    private static final Pattern PROVIDER =
            Pattern.compile("(?:" + MAIL_PROVIDERS + ")(?:[ \\t]*+(?:\\.|dot|DOT|\\[dot]|\\(dot\\))).*");

    private static final Pattern PLAIN_AT = Pattern.compile("^(?<local>[^\\s@＠]+)[ \\t]*[@＠]");

    /**
     * "name @ domain.com" (a bare '@' with spaces) is an address only if the name looks like a local
     * part ("Engineer @ toss.im" is a job title and a company).
     */
    private static boolean obfuscatedLooksReal(final String value) {
        final var m = PLAIN_AT.matcher(value);
        return !m.find()
                || LOOKS_LOCAL.matcher(m.group("local")).matches()
                || m.group("local").chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** "name at domain dot com" is an address only if the name looks like one or the domain is a mail provider. */
    private static boolean spelledLooksReal(final String value) {
        final var m = SPELLED.matcher(value);
        if (!m.matches()) {
            return false;
        }
        return LOOKS_LOCAL.matcher(m.group("local")).matches()
                || PROVIDER.matcher(m.group("domain")).matches();
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
