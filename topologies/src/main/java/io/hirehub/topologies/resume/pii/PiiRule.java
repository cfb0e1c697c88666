package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One deterministic masking rule: where {@link #pattern()} matches, its group {@code pii} (or
 * {@code pii2} when the pattern has two alternatives, or the whole match when it has neither) is
 * replaced by the kind's placeholder, provided {@link #accept()} agrees with the matched value.
 * Context such as a label ({@code 생년월일:}) stays outside the group and therefore in the text.
 *
 * <p>A rule with {@linkplain #gatedBy keywords} runs only on the lines that hold one of them (a
 * label, a bank's name): its pattern must then match within one line.
 */
public final class PiiRule implements Detector {

    private final String name;
    private final PiiKind kind;
    private final Pattern pattern;
    private final Predicate<String> accept;
    private final boolean piiGroup;
    private final boolean pii2Group;
    private final Keywords keywords;
    private final boolean startsAtKeyword;

    /**
     * @param name    short rule name for tests and debugging
     * @param kind    what the rule finds
     * @param pattern the regular expression
     * @param accept  extra validation of the value (e.g. digit counts)
     */
    public PiiRule(final String name, final PiiKind kind, final Pattern pattern, final Predicate<String> accept) {
        this(name, kind, pattern, accept, List.of(), false);
    }

    private PiiRule(
            final String name,
            final PiiKind kind,
            final Pattern pattern,
            final Predicate<String> accept,
            final List<String> keywords,
            final boolean startsAtKeyword) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.accept = Objects.requireNonNull(accept, "accept");
        this.piiGroup = pattern.pattern().contains("(?<pii>");
        this.pii2Group = pattern.pattern().contains("(?<pii2>");
        this.keywords = Keywords.shared(keywords);
        this.startsAtKeyword = startsAtKeyword;
    }

    /**
     * This rule, run only on lines that hold one of {@code keywords} (compared in lower case);
     * every match of the pattern must contain one of them.
     */
    PiiRule gatedBy(final String... keywords) {
        return new PiiRule(name, kind, pattern, accept, List.of(keywords), false);
    }

    /**
     * This rule, tried only where one of {@code keywords} (compared in lower case) starts: every
     * match of the pattern must begin with one of them (a label, a network's name).
     */
    PiiRule startingAt(final String... keywords) {
        return new PiiRule(name, kind, pattern, accept, List.of(keywords), true);
    }

    public static PiiRule of(final String name, final PiiKind kind, final String regex) {
        return new PiiRule(name, kind, Pattern.compile(regex), value -> true);
    }

    public static PiiRule of(
            final String name, final PiiKind kind, final String regex, final Predicate<String> accept) {
        return new PiiRule(name, kind, Pattern.compile(regex), accept);
    }

    public String name() {
        return name;
    }

    public PiiKind kind() {
        return kind;
    }

    public Pattern pattern() {
        return pattern;
    }

    public Predicate<String> accept() {
        return accept;
    }

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final Matcher matcher = pattern.matcher(text);
        if (keywords.isEmpty()) {
            report(text, matcher, found);
            return;
        }
        matcher.useTransparentBounds(true);
        if (startsAtKeyword) {
            final int[] reported = {0};
            scan.keywordStarts(keywords, (at, lineEnd) -> {
                if (at >= reported[0] && matcher.region(at, lineEnd).lookingAt()) {
                    reported[0] = matcher.end();
                    report(text, matcher, found, true);
                }
            });
            return;
        }
        scan.linesWith(keywords, (start, end) -> {
            matcher.region(start, end);
            report(text, matcher, found);
        });
    }

    /** Reports every accepted match of {@code matcher} (positioned on the text or a region of it). */
    void report(final String text, final Matcher matcher, final Found found) {
        while (matcher.find()) {
            report(text, matcher, found, true);
        }
    }

    /** Reports the current match of {@code matcher} if its value is accepted. */
    void report(final String text, final Matcher matcher, final Found found, final boolean matched) {
        if (matched) {
            int start = matcher.start();
            int end = matcher.end();
            if (piiGroup) {
                final String group = pii2Group && matcher.start("pii") < 0 ? "pii2" : "pii";
                start = matcher.start(group);
                end = matcher.end(group);
            }
            if (start >= 0 && start < end && accept.test(text.substring(start, end))) {
                found.add(start, end, kind);
            }
        }
    }

    @Override
    public String toString() {
        return name + " (" + kind.key() + ")";
    }
}
