package io.hirehub.topologies.resume.pii;

import java.util.regex.Pattern;

/**
 * The kinds of personal data the masker removes, each with its placeholder and its key in
 * {@code pii_masking_logs.masked_fields}.
 */
public enum PiiKind {
    NAME("name", "[NAME]"),
    PHONE("phone", "[PHONE]"),
    EMAIL("email", "[EMAIL]"),
    RRN("rrn", "[RRN]"),
    FRN("frn", "[FRN]"),
    ADDRESS("address", "[ADDRESS]"),
    BIRTH_DATE("birth_date", "[BIRTH_DATE]"),
    URL("url", "[URL]");

    private static final Pattern DIGIT = Pattern.compile("\\d");

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
     * {@code {"name": "***", "phone": "***-****-****"}}: numbers keep their separators with every
     * digit starred; names, addresses and URLs are always {@code ***}; e-mails {@code ***@***}.
     */
    public String preview(final String raw) {
        return switch (this) {
            case PHONE, RRN, FRN, BIRTH_DATE ->
                DIGIT.matcher(raw.strip())
                        .replaceAll("*")
                        .replaceAll("[^*+\\-./() ]", "*")
                        .replaceAll("\\s+", " ");
            case EMAIL -> "***@***";
            case NAME, ADDRESS, URL -> "***";
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
}
