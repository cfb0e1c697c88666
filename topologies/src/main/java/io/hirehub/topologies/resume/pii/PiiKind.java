package io.hirehub.topologies.resume.pii;

import java.util.regex.Pattern;

/**
 * The kinds of personal data the masker removes, each with its placeholder and its key in
 * {@code pii_masking_logs.masked_fields}.
 */
public enum PiiKind {
    /** Person names: labelled, announced, signed, referenced, in any script. */
    NAME("name", "[NAME]"),
    PHONE("phone", "[PHONE]"),
    /** E-mail addresses, also when written to dodge scrapers ({@code name [at] domain [dot] com}). */
    EMAIL("email", "[EMAIL]"),
    /** Korean resident registration numbers (주민등록번호). */
    RRN("rrn", "[RRN]"),
    /** Korean foreign registration numbers (외국인등록번호). */
    FRN("frn", "[FRN]"),
    ADDRESS("address", "[ADDRESS]"),
    BIRTH_DATE("birth_date", "[BIRTH_DATE]"),
    /** Personal web addresses (profiles, blogs, portfolios). */
    URL("url", "[URL]"),
    /** Bank account numbers and IBANs. */
    BANK_ACCOUNT("bank_account", "[BANK_ACCOUNT]"),
    /** Driver's licence numbers (Korean and foreign). */
    DRIVER_LICENSE("driver_license", "[DRIVER_LICENSE]"),
    /** Passport numbers (Korean old and new formats, foreign). */
    PASSPORT("passport", "[PASSPORT]"),
    /** Social-media handles and messenger IDs, also inside file names. */
    HANDLE("handle", "[HANDLE]");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NOT_SHAPE = Pattern.compile("[^*+\\-./() ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String key;
    private final String placeholder;

    PiiKind(final String key, final String placeholder) {
        this.key = key;
        this.placeholder = placeholder;
    }

    /** The key in {@code masked_fields}, e.g. {@code phone}. */
    public String key() {
        return key;
    }

    /** The text that replaces a match, e.g. {@code [PHONE]}. */
    public String placeholder() {
        return placeholder;
    }

    /**
     * A preview of a masked value that shows its shape but none of its content, as in the seed's
     * {@code {"name": "***", "phone": "***-****-****"}}: numbers and document numbers keep their
     * separators with every other character starred; names, addresses, URLs and handles are
     * always {@code ***}; e-mails {@code ***@***}.
     */
    public String preview(final String raw) {
        return switch (this) {
            case PHONE, RRN, FRN, BIRTH_DATE, BANK_ACCOUNT, DRIVER_LICENSE, PASSPORT -> {
                final String starred = NOT_SHAPE
                        .matcher(DIGIT.matcher(raw.strip()).replaceAll("*"))
                        .replaceAll("*");
                yield SPACES.matcher(starred).replaceAll(" ");
            }
            case EMAIL -> "***@***";
            case NAME, ADDRESS, URL, HANDLE -> "***";
        };
    }

    /** The kind whose placeholder is {@code text}, or {@code null}. */
    public static PiiKind ofPlaceholder(final String text) {
        for (final PiiKind kind : values()) {
            if (kind.placeholder.equals(text)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind whose {@code masked_fields} key is {@code key}, or {@code null}. */
    public static PiiKind ofKey(final String key) {
        for (final PiiKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
