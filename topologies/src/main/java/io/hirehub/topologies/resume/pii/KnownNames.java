package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks every occurrence of names already known: the account holder's name as the profile or
 * {@code --name} gives it (in any script, several forms separated by {@code /}, {@code |} or
 * brackets: {@code 홍길동 (Hong Gildong / 洪吉童)}), and the names the context rules found earlier in
 * the same text. A Hangul name also matches its usual romanisations (김민준 → Kim Minjun, MINJUN
 * KIM, Min-jun Kim); a Latin name matches in either order (Jane Doe, DOE, JANE).
 */
final class KnownNames implements Detector {

    private static final Pattern FORM_SEPARATORS = Pattern.compile("[/|()（）\\[\\],;\\n]+");
    private static final Pattern SCRIPT_RUNS =
            Pattern.compile("[\\p{IsHangul} ]++|[\\p{IsHan} ]++|[\\p{IsLatin}'’. -]++");

    /** A name's pattern and the keywords (lower case) every match of it contains. */
    private record Gated(Pattern pattern, Keywords keywords) {}

    /** Runs of two to four capitalised Latin words, where a romanised name may stand. */
    private static final Pattern LATIN_RUN = Pattern.compile(
            "[A-Z](?<![\\p{L}].)[A-Za-z]{0,15}+(?:[-‐][A-Za-z]{1,15}+)?(?:,?[ ]{1,2}[A-Z][A-Za-z]{0,15}+(?:[-‐][A-Za-z]{1,15}+)?){1,5}+"
                    + "(?![\\p{L}])");

    private static final Pattern WORD_SEPARATOR = Pattern.compile(",?[ ]{1,2}");

    private final List<Gated> patterns;
    private final List<RomanisedNames.Spellings> romanised;
    private final Keywords surnames;
    private final Keywords anyName;

    private KnownNames(final List<Gated> patterns, final List<RomanisedNames.Spellings> romanised) {
        this.patterns = List.copyOf(patterns);
        this.romanised = List.copyOf(romanised);
        this.surnames = new Keywords(
                romanised.stream().flatMap(name -> name.surnames().stream()).toList());
        this.anyName = new Keywords(patterns.stream()
                .flatMap(gated -> gated.keywords().all().stream())
                .toList());
    }

    /** The account holder's name forms from one profile string. */
    static KnownNames ofAccount(final String accountName) {
        final Set<String> forms = new LinkedHashSet<>();
        for (final String part : FORM_SEPARATORS.split(accountName)) {
            final Matcher run = SCRIPT_RUNS.matcher(part);
            while (run.find()) {
                final String form = run.group().strip();
                if (!form.isEmpty()) {
                    forms.add(form);
                }
            }
        }
        // "Doe, Jane" is one Latin form written surname first.
        if (accountName.matches("[\\p{IsLatin}'’. -]+,[\\p{IsLatin}'’. -]+")) {
            forms.add(accountName.replace(",", " ").strip());
        }
        return new KnownNames(patternsFor(forms, true), spellingsFor(forms, true));
    }

    /** Names found in the text; only forms specific enough to mask everywhere are kept. */
    static KnownNames ofFound(final Collection<String> names) {
        return new KnownNames(patternsFor(names, false), spellingsFor(names, false));
    }

    boolean isEmpty() {
        return patterns.isEmpty() && romanised.isEmpty();
    }

    /**
     * Romanised forms first (runs of capitalised words checked against each name's spellings),
     * then one pass for the lines that hold any of the names and each name's pattern on those lines.
     */
    @Override
    public void detect(final Scan scan, final Found found) {
        if (!romanised.isEmpty()) {
            // A romanised name holds its surname: only lines with one of the surnames' spellings.
            final Matcher run = LATIN_RUN.matcher(scan.text()).useTransparentBounds(true);
            scan.linesWith(surnames, (start, end) -> romanised(scan.text(), run.region(start, end), found));
        }
        final List<int[]> lines = new ArrayList<>();
        scan.linesWith(anyName, (start, end) -> lines.add(new int[] {start, end}));
        if (lines.isEmpty()) {
            return;
        }
        for (final Gated gated : patterns) {
            final Matcher m = gated.pattern().matcher(scan.text()).useTransparentBounds(true);
            for (final int[] line : lines) {
                m.region(line[0], line[1]);
                while (m.find()) {
                    found.add(m.start(), m.end(), PiiKind.NAME);
                }
            }
        }
    }

    /** Every window of two to four words in a run of capitalised words that spells a known name. */
    private void romanised(final String text, final Matcher run, final Found found) {
        while (run.find()) {
            final List<int[]> words = new ArrayList<>();
            final Matcher separator = WORD_SEPARATOR.matcher(text).region(run.start(), run.end());
            int start = run.start();
            while (separator.find()) {
                words.add(new int[] {start, separator.start()});
                start = separator.end();
            }
            words.add(new int[] {start, run.end()});
            for (int i = 0; i < words.size(); i++) {
                for (int n = Math.min(4, words.size() - i); n >= 2; n--) {
                    final List<String> window = new ArrayList<>(n);
                    for (int w = i; w < i + n; w++) {
                        window.add(
                                text.substring(words.get(w)[0], words.get(w)[1]).toLowerCase(Locale.ROOT));
                    }
                    if (spells(window)) {
                        found.add(words.get(i)[0], words.get(i + n - 1)[1], PiiKind.NAME);
                        i += n - 1;
                        break;
                    }
                }
            }
        }
    }

    private boolean spells(final List<String> words) {
        for (final RomanisedNames.Spellings name : romanised) {
            if (name.spelledBy(words)) {
                return true;
            }
        }
        return false;
    }

    private static List<Gated> patternsFor(final Collection<String> names, final boolean account) {
        final List<Gated> patterns = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        for (final String raw : names) {
            final String name = raw.strip().replaceAll("\\s+", " ");
            if (!seen.add(name)) {
                continue;
            }
            if (name.chars().allMatch(c -> KoreanNames.isSyllable(c) || c == ' ')) {
                hangul(name, account, patterns);
            } else if (name.chars().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                if (name.length() >= 2) {
                    patterns.add(new Gated(
                            Pattern.compile("(?<![\\p{IsHan}])" + Pattern.quote(name) + "(?![\\p{IsHan}])"),
                            new Keywords(List.of(name))));
                }
            } else if (name.chars().allMatch(c -> c < 0x250)) {
                latin(name, account, patterns);
            }
        }
        return patterns;
    }

    private static void hangul(final String name, final boolean account, final List<Gated> patterns) {
        final String compact = name.replace(" ", "");
        if (compact.length() < 2 || (!account && !KoreanNames.plausible(compact, KoreanNames.Context.STRONG))) {
            return;
        }
        final String spaced = compact.chars()
                .mapToObj(Character::toString)
                .map(Pattern::quote)
                .collect(Collectors.joining("[ ]?"));
        // Two syllables are common inside ordinary words (이수, 정보), so require a word end or a particle.
        final String end = compact.length() == 2 ? "(?:(?![가-힣])|(?=님|씨|입니다|이에요|이라고|은|는|을|를|의|이|가|과|와|도|께|에게))" : "";
        // Every occurrence starts with the first two syllables, joined or spaced.
        final Keywords start =
                new Keywords(List.of(compact.substring(0, 2), compact.charAt(0) + " " + compact.charAt(1)));
        patterns.add(new Gated(Pattern.compile("(?<![가-힣])" + spaced + end), start));
    }

    /** The romanised spellings of the Hangul names of three or more syllables (two are too short to be specific). */
    private static List<RomanisedNames.Spellings> spellingsFor(final Collection<String> names, final boolean account) {
        final List<RomanisedNames.Spellings> spellings = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        for (final String raw : names) {
            final String compact = raw.replaceAll("\\s+", "");
            if (compact.length() >= 3
                    && seen.add(compact)
                    && compact.chars().allMatch(KoreanNames::isSyllable)
                    && (account || KoreanNames.plausible(compact, KoreanNames.Context.STRONG))) {
                final RomanisedNames.Spellings name = RomanisedNames.of(compact);
                if (name != null) {
                    spellings.add(name);
                }
            }
        }
        return spellings;
    }

    private static void latin(final String name, final boolean account, final List<Gated> patterns) {
        final List<String> words = Arrays.stream(name.split("[\\s,]+"))
                .filter(w -> !w.isEmpty() && !w.equals("."))
                .toList();
        if (words.isEmpty() || (!account && (words.size() < 2 || !EnglishNames.isName(name, 2)))) {
            return;
        }
        final List<String> quoted = words.stream().map(KnownNames::flexible).toList();
        final String forward = String.join("[ ]+", quoted);
        final List<String> reversed = new ArrayList<>(quoted);
        Collections.reverse(reversed);
        final String backward = String.join(",?[ ]+", reversed);
        final String keyword = words.stream()
                .map(w -> Scan.asciiLower(w.split("-")[0]))
                .max(Comparator.comparingInt(String::length))
                .orElseThrow();
        patterns.add(new Gated(
                Pattern.compile(
                        "(?i)(?<![\\p{L}])(?:" + forward + (words.size() > 1 ? "|" + backward : "") + ")(?![\\p{L}])"),
                new Keywords(List.of(keyword))));
    }

    /** A Latin word with its hyphens optional or spaced: Gil-dong matches Gildong and Gil Dong. */
    private static String flexible(final String word) {
        return Arrays.stream(word.split("-")).map(Pattern::quote).collect(Collectors.joining("[-‐ ]?"));
    }
}
