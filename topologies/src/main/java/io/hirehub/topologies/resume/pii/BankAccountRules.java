package io.hirehub.topologies.resume.pii;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Rules for bank account numbers. A run of digit groups is an account only next to a bank's name
 * or an account word (계좌, 통장, 예금주, account): order numbers, business registration numbers
 * and project codes have the same shapes and must stay. IBANs carry a checksum and are masked
 * anywhere it holds.
 */
final class BankAccountRules {

    private BankAccountRules() {}

    static final String BANKS_KO = "KB국민은행|KB국민|국민은행|국민|신한은행|신한|우리은행|우리|KEB하나은행|하나은행|하나|NH농협은행"
            + "|NH농협|농협은행|농협|IBK기업은행|기업은행|IBK|카카오뱅크|카뱅|케이뱅크|K뱅크|토스뱅크|새마을금고|우체국|SC제일은행"
            + "|SC제일|제일은행|씨티은행|한국씨티은행|수협은행|수협|신협|부산은행|대구은행|iM뱅크|경남은행|광주은행|전북은행|제주은행"
            + "|KDB산업은행|산업은행|저축은행|상호저축은행";

    static final String BANKS_EN =
            "(?:KB[ ])?Kookmin(?:[ ]Bank)?|Shinhan(?:[ ]Bank)?|Woori(?:[ ]Bank)?|Hana(?:[ ]Bank)?"
                    + "|NH(?:[ ]Bank)?|Nonghyup(?:[ ]Bank)?|IBK(?:[ ]Bank)?|Kakao[ ]?Bank|K[ ]?Bank|Toss[ ]Bank|Citi(?:bank)?"
                    + "|Standard Chartered|SC[ ]Bank|Chase(?:[ ]Bank)?|Bank of America|Wells Fargo|HSBC|Barclays|DBS|OCBC"
                    + "|Revolut|Monzo|N26|KB|SC";

    private static final String BANK = "(?:" + BANKS_KO + "|" + BANKS_EN + ")";

    /** Words every bank name contains (the Latin ones in lower case), to find the lines worth looking at. */
    private static final String[] BANK_WORDS = {
        "은행",
        "국민",
        "신한",
        "우리",
        "하나",
        "농협",
        "ibk",
        "뱅크",
        "카뱅",
        "새마을금고",
        "우체국",
        "제일",
        "씨티",
        "수협",
        "신협",
        "kookmin",
        "shinhan",
        "woori",
        "hana",
        "nh",
        "nonghyup",
        "kakao",
        "bank",
        "citi",
        "standard chartered",
        "chase",
        "wells fargo",
        "hsbc",
        "barclays",
        "dbs",
        "ocbc",
        "revolut",
        "monzo",
        "n26",
        "kb",
        "sc"
    };

    private static final String[] ACCOUNT_KEYWORDS = {"계좌", "통장", "입금", "급여", "예금주", "account", "acct", "a/c"};

    private static final String ACCOUNT_WORDS =
            "계좌번호|계좌|통장|입금|급여|예금주|(?i:bank[ ]account|bank[ ]details|account" + "|acct\\.?|a/c)";

    /** Groups of digits split by hyphens or single spaces: 110-432-987654, 3333 12 5540876, 110123456789. */
    private static final String NUMBER = "(?<![\\d-])(?<pii>\\d{2,6}+(?:[ -]\\d{1,7}+){1,4}+|\\d{10,16}+)(?![\\d-])";

    /** Between an account word and the number: punctuation, more account words, a bank's name. */
    private static final String FILLER = "(?:[ \\t]*+(?:[:：#.\\-–—(),/|·]|" + ACCOUNT_WORDS + "|" + BANK
            + "|(?i:no\\.?|number|num)|번호|은|는|:)){0,6}+[ \\t]*+";

    // 신한은행 110-432-987654 / 계좌번호: 3333-05-7712894 / Account No. 1002-845-331276
    static final PiiRule AFTER_CONTEXT = PiiRule.of(
                    "bank-account",
                    PiiKind.BANK_ACCOUNT,
                    "(?<![\\p{L}])(?:" + BANK + "|" + ACCOUNT_WORDS + ")" + FILLER + NUMBER,
                    BankAccountRules::looksLikeAccount)
            .gatedBy(Stream.concat(Stream.of(BANK_WORDS), Stream.of(ACCOUNT_KEYWORDS))
                    .toArray(String[]::new));

    // 3333-05-7712894 (카카오뱅크) / 1002-845-331276, Woori Bank / 356-0714-2281-53 농협
    static final PiiRule BEFORE_BANK = PiiRule.of(
                    "bank-account-before-bank",
                    PiiKind.BANK_ACCOUNT,
                    NUMBER + "[ \\t]*+[(,]?[ \\t]*+(?:at[ ]|@[ ]?)?" + BANK + "(?![\\p{L}])",
                    BankAccountRules::looksLikeAccount)
            .gatedBy(BANK_WORDS);

    // DE89 3704 0044 0532 0130 00: country, check digits, account; valid only if the mod-97 check holds.
    static final PiiRule IBAN = PiiRule.of(
            "iban",
            PiiKind.BANK_ACCOUNT,
            "[A-Z](?<![A-Za-z0-9].)[A-Z]\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}+(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])",
            BankAccountRules::ibanChecks);

    static List<PiiRule> all() {
        return List.of(IBAN, AFTER_CONTEXT, BEFORE_BANK);
    }

    /** Ten to sixteen digits, and neither a business registration number (123-45-67890) nor a mobile number. */
    static boolean looksLikeAccount(final String value) {
        final int digits = ContactRules.digits(value);
        return digits >= 10
                && digits <= 16
                && !value.matches("\\d{3}-\\d{2}-\\d{5}")
                && !value.matches("01[016789][ -]?\\d{3,4}[ -]?\\d{4}");
    }

    static boolean ibanChecks(final String value) {
        final String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        final String rearranged = compact.substring(4) + compact.substring(0, 4);
        final StringBuilder digits = new StringBuilder();
        for (final char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
