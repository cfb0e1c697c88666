package io.hirehub.topologies.resume.pii;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One deterministic masking rule: where {@link #pattern()} matches, its group {@code pii} (or the
 * whole match when the pattern has no such group) is replaced by the kind's placeholder, provided
 * {@link #accept()} agrees with the matched value. Context such as a label ({@code 생년월일:})
 * stays outside the group and therefore in the text.
 *
 * @param name    short rule name for tests and debugging
 * @param kind    what the rule finds
 * @param pattern the regular expression
 * @param accept  extra validation of the value (e.g. digit counts)
 */
public record PiiRule(String name, PiiKind kind, Pattern pattern, Predicate<String> accept) {

    public PiiRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(accept, "accept");
    }

    public static PiiRule of(final String name, final PiiKind kind, final String regex) {
        return new PiiRule(name, kind, Pattern.compile(regex), value -> true);
    }

    public static PiiRule of(
            final String name, final PiiKind kind, final String regex, final Predicate<String> accept) {
        return new PiiRule(name, kind, Pattern.compile(regex), accept);
    }

    boolean hasPiiGroup() {
        return pattern.pattern().contains("(?<pii>");
    }
}
