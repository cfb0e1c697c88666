package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic, rule-based PII masking for Korean and English resumes.
 *
 * <p>Rules run in a fixed order (e-mail, URLs, registration numbers, birth dates, phones,
 * addresses, names), each on the output of the previous one, so a later rule never sees a value an
 * earlier rule already replaced. No rule matches a placeholder, which makes masking idempotent:
 * {@code mask(mask(x).maskedText()) == mask(x).maskedText()} with no fields recorded the second
 * time. Ordinary numbers (years, periods such as {@code 2019.03 ~ 2022.02}, salaries, versions,
 * percentages, head counts) match no rule.
 *
 * <p>Thread-safe and stateless apart from the compiled rules.
 */
public final class PiiMasker implements TextMasker {

    private static final Pattern PLACEHOLDERS_ONLY =
            Pattern.compile("(?:[\\s,()]*\\[(?:NAME|PHONE|EMAIL|RRN|FRN|ADDRESS|BIRTH_DATE|URL)\\][\\s,()]*)+");

    private final List<PiiRule> rules;

    public PiiMasker() {
        final List<PiiRule> ordered = new ArrayList<>();
        ordered.addAll(ContactRules.all().subList(0, 5)); // e-mail, URLs and handles before anything with digits
        ordered.addAll(IdentityRules.all());
        ordered.addAll(ContactRules.all().subList(5, ContactRules.all().size()));
        ordered.addAll(AddressRules.all());
        ordered.add(NameRules.LABELLED);
        this.rules = List.copyOf(ordered);
    }

    /** The rules in the order they run (names of the account holder and title block come last). */
    public List<PiiRule> rules() {
        return rules;
    }

    /** Masks {@code text} without knowing the account holder's name. */
    public MaskingResult mask(final String text) {
        return mask(text, Optional.empty());
    }

    /**
     * Masks {@code text}; {@code accountName} is the account holder's name from the user profile,
     * masked wherever it appears.
     */
    @Override
    public MaskingResult mask(final String text, final Optional<String> accountName) {
        Objects.requireNonNull(text, "text");
        final MaskedFields.Builder fields = new MaskedFields.Builder();
        String current = text;
        for (final PiiRule rule : rules) {
            current = apply(rule, current, fields);
        }
        if (accountName.isPresent()) {
            for (final PiiRule rule : NameRules.accountNameRules(accountName.get())) {
                current = apply(rule, current, fields);
            }
        }
        current = NameRules.maskHeading(current, fields);
        current = apply(NameRules.ALIAS, current, fields);
        return new MaskingResult(current, fields.build());
    }

    static String apply(final PiiRule rule, final String text, final MaskedFields.Builder fields) {
        final Matcher matcher = rule.pattern().matcher(text);
        final boolean grouped = rule.hasPiiGroup();
        final StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (matcher.find()) {
            final String group = grouped
                            && matcher.start("pii") < 0
                            && rule.pattern().pattern().contains("(?<pii2>")
                    ? "pii2"
                    : "pii";
            final int start = grouped ? matcher.start(group) : matcher.start();
            final int end = grouped ? matcher.end(group) : matcher.end();
            if (start < 0 || start == end) {
                continue;
            }
            final String value = text.substring(start, end);
            if (PLACEHOLDERS_ONLY.matcher(value).matches() || !rule.accept().test(value)) {
                continue;
            }
            fields.add(rule.kind(), value);
            out.append(text, last, start).append(rule.kind().placeholder());
            last = end;
        }
        if (last == 0) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }
}
