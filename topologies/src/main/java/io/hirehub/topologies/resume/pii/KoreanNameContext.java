package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean name in a context that says a name goes here (a title after it, a phrase before it),
 * possibly with a particle or copula stuck to it: 홍길동은, 서다은이라고, 윤태현입니다. The pattern
 * captures the whole Hangul word as group {@code run}; this detector takes the longest front part
 * that is a {@linkplain KoreanNames#plausible plausible name} followed by nothing or by an ending
 * that fits it (이라고 after a final consonant, 라고 after a vowel), and masks only the name.
 */
final class KoreanNameContext implements Detector {

    /** Endings a name can carry, longest first; {@code true} = only after a final consonant, {@code false} = only after a vowel. */
    private static final List<Ending> ENDINGS = List.of(
            new Ending("이었습니다", Boolean.TRUE),
            new Ending("였습니다", Boolean.FALSE),
            new Ending("이라고", Boolean.TRUE),
            new Ending("이에요", Boolean.TRUE),
            new Ending("입니다", null),
            new Ending("이라는", Boolean.TRUE),
            new Ending("라는", Boolean.FALSE),
            new Ending("라고", Boolean.FALSE),
            new Ending("예요", Boolean.FALSE),
            // 이고 / 이며 follow a vowel too in writing (나은채이고); 고 / 며 alone are rarer
            new Ending("이고", null),
            new Ending("이며", null),
            new Ending("에게", null),
            new Ending("께서", null),
            new Ending("님께서", null),
            new Ending("씨께서", null),
            new Ending("님께", null),
            new Ending("님도", null),
            new Ending("님을", null),
            new Ending("님이", null),
            new Ending("씨가", null),
            new Ending("씨는", null),
            new Ending("씨의", null),
            new Ending("씨와", null),
            new Ending("님과", null),
            new Ending("님의", null),
            new Ending("님은", null),
            new Ending("님", null),
            new Ending("씨", null),
            new Ending("께", null),
            new Ending("은", Boolean.TRUE),
            new Ending("는", Boolean.FALSE),
            new Ending("이", Boolean.TRUE),
            new Ending("가", Boolean.FALSE),
            new Ending("을", Boolean.TRUE),
            new Ending("를", Boolean.FALSE),
            new Ending("과", Boolean.TRUE),
            new Ending("와", Boolean.FALSE),
            new Ending("의", null),
            new Ending("도", null));

    private record Ending(String text, Boolean afterConsonant) {}

    private final Pattern pattern;
    private final KoreanNames.Context context;
    private final boolean twoSyllablesAtLineEnd;
    private final Keywords keywords;

    /**
     * @param regex                 finds the context; group {@code run} is the Hangul word holding the name
     * @param context               how strongly it says a name goes here
     * @param twoSyllablesAtLineEnd also accept a two-syllable name when nothing but punctuation follows it
     * @param keywords              run only on lines holding one of these (every match contains one)
     */
    KoreanNameContext(
            final String regex,
            final KoreanNames.Context context,
            final boolean twoSyllablesAtLineEnd,
            final String... keywords) {
        this.pattern = Pattern.compile(regex);
        this.context = Objects.requireNonNull(context, "context");
        this.twoSyllablesAtLineEnd = twoSyllablesAtLineEnd;
        this.keywords = Keywords.shared(List.of(keywords));
    }

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        if (keywords.isEmpty()) {
            report(text, matcher, found);
        } else {
            scan.linesWith(keywords, (start, end) -> report(text, matcher.region(start, end), found));
        }
    }

    private void report(final String text, final Matcher matcher, final Found found) {
        while (matcher.find()) {
            final int start = matcher.start("run");
            final String run = matcher.group("run");
            final int length = nameLength(run, text, matcher.end("run"));
            if (length > 0) {
                found.add(start, start + length, PiiKind.NAME);
            }
        }
    }

    /** The length of the name at the front of {@code run}, or 0. */
    private int nameLength(final String run, final String text, final int runEnd) {
        for (int length = Math.min(run.length(), 5); length >= 2; length--) {
            final String name = run.substring(0, length);
            final String rest = run.substring(length);
            if (!rest.isEmpty() && !fits(name, rest)) {
                continue;
            }
            if (KoreanNames.plausible(name, context)) {
                return length;
            }
            if (twoSyllablesAtLineEnd
                    && rest.isEmpty()
                    && KoreanNames.plausible(name, KoreanNames.Context.STRONG)
                    && endsPhrase(text, runEnd)) {
                return length;
            }
        }
        return 0;
    }

    private static boolean fits(final String name, final String rest) {
        final boolean consonant = KoreanNames.hasFinalConsonant(name.charAt(name.length() - 1));
        for (final Ending ending : ENDINGS) {
            if (rest.equals(ending.text())) {
                return ending.afterConsonant() == null || ending.afterConsonant() == consonant;
            }
        }
        return false;
    }

    /** Nothing but punctuation up to the end of the line (추천인 김진, 연락처 ... / 이름 김진). */
    private static boolean endsPhrase(final String text, final int at) {
        return at >= text.length() || ",.)(/|·:;\n\r".indexOf(text.charAt(at)) >= 0;
    }
}
