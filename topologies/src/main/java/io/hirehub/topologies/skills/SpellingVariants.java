package io.hirehub.topologies.skills;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Regular variants of a spelling that mean the same skill; the catalogue lists one form, resumes use them all:
 * <ul>
 *   <li>British and American spellings ({@code modelling}/{@code modeling}, {@code licence}/{@code license});</li>
 *   <li>the plural of a several-word name's last word ({@code Journal Entry} → {@code Journal Entries}), and
 *       {@code testing} as {@code tests} ({@code A/B tests});</li>
 *   <li>the practitioner for a practice ({@code Site Reliability Engineering} → {@code site reliability engineer},
 *       {@code Nursing} → {@code nurse}, {@code 퍼포먼스 마케팅} → {@code 퍼포먼스 마케터}) — a resume says what the
 *       writer was; Korean titles in {@code -사} ({@code 회계사}, {@code 간호사}) are licences, not derived here;</li>
 *   <li>a Korean two-word name with the object or place particle Korean puts between noun and verbal noun
 *       ({@code 재고 관리} → {@code 재고를 관리}, {@code 클레임 대응} → {@code 클레임에 대응}).</li>
 * </ul>
 * Spacing variants need none: the finder ignores spaces inside Korean spellings.
 */
final class SpellingVariants {

    /** Word endings spelt two ways, each pair both directions. */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"ization", "isation"},
            new String[] {"izing", "ising"},
            new String[] {"ize", "ise"},
            new String[] {"yzing", "ysing"},
            new String[] {"yze", "yse"},
            new String[] {"eling", "elling"},
            new String[] {"eled", "elled"},
            new String[] {"license", "licence"},
            new String[] {"defense", "defence"},
            new String[] {"center", "centre"},
            new String[] {"catalog", "catalogue"},
            new String[] {"labor", "labour"},
            new String[] {"color", "colour"},
            new String[] {"behavior", "behaviour"});

    /** A practice's last word and its practitioners (English, compared lower-case). */
    private static final Map<String, List<String>> PRACTITIONERS = Map.ofEntries(
            Map.entry("engineering", List.of("engineer", "engineers")),
            Map.entry("marketing", List.of("marketer", "marketers")),
            Map.entry("design", List.of("designer", "designers")),
            Map.entry("editing", List.of("editor", "editors")),
            Map.entry("analysis", List.of("analyst", "analysts")),
            Map.entry("analytics", List.of("analyst", "analysts")),
            Map.entry("accounting", List.of("accountant", "accountants")),
            Map.entry("nursing", List.of("nurse", "nurses")),
            Map.entry("teaching", List.of("teacher", "teachers")),
            Map.entry("development", List.of("developer", "developers")),
            Map.entry("recruiting", List.of("recruiter", "recruiters")),
            Map.entry("research", List.of("researcher", "researchers")),
            Map.entry("consulting", List.of("consultant", "consultants")),
            Map.entry("management", List.of("manager", "managers")),
            Map.entry("caregiving", List.of("caregiver", "caregivers")),
            Map.entry("counseling", List.of("counselor", "counsellor")),
            Map.entry("photography", List.of("photographer", "photographers")),
            Map.entry("radiography", List.of("radiographer", "radiographers")),
            Map.entry("phlebotomy", List.of("phlebotomist", "phlebotomists")),
            Map.entry("therapy", List.of("therapist", "therapists")),
            Map.entry("testing", List.of("test", "tests")));

    /** Korean loanword practices and their practitioners. */
    private static final Map<String, String> KOREAN_PRACTITIONERS =
            Map.of("마케팅", "마케터", "엔지니어링", "엔지니어", "디자인", "디자이너", "편집", "편집자");

    /** Verbal nouns a Korean name may be split before by a particle ({@code 데이터를 분석}). */
    private static final Set<String> VERBAL_NOUNS = Set.of(
            "관리", "분석", "대응", "처리", "작성", "운영", "설계", "개발", "검토", "진행", "응대", "지원", "상담", "평가", "구축", "기획", "편집", "제작",
            "촬영", "측정", "발굴", "협상", "조사", "점검", "교육", "보전");

    private SpellingVariants() {}

    /** {@code spelling} first, then its variants, without duplicates. */
    static Set<String> of(final String spelling) {
        final Set<String> out = new LinkedHashSet<>();
        out.add(spelling);
        if (Letters.hasHangul(spelling)) {
            korean(spelling, out);
            return out;
        }
        final Set<String> spelt = new LinkedHashSet<>(out);
        for (final String[] pair : ENDINGS) {
            for (final String form : Set.copyOf(spelt)) {
                spelt.add(swap(form, pair[0], pair[1]));
                spelt.add(swap(form, pair[1], pair[0]));
            }
        }
        for (final String form : spelt) {
            out.add(form);
            if (form.indexOf(' ') > 0) {
                plural(form).ifPresent(out::add);
            }
            practitioners(form, out);
        }
        return out;
    }

    private static void practitioners(final String form, final Set<String> out) {
        final int space = form.lastIndexOf(' ');
        final String last = form.substring(space + 1).toLowerCase(Locale.ROOT);
        for (final String practitioner : PRACTITIONERS.getOrDefault(last, List.of())) {
            out.add(form.substring(0, space + 1) + practitioner);
        }
    }

    private static void korean(final String spelling, final Set<String> out) {
        KOREAN_PRACTITIONERS.forEach((practice, practitioner) -> {
            if (spelling.endsWith(practice) && spelling.length() > practice.length()) {
                out.add(spelling.substring(0, spelling.length() - practice.length()) + practitioner);
            }
        });
        final String[] words = spelling.split(" ");
        if (words.length == 2 && VERBAL_NOUNS.contains(words[1]) && Letters.hasHangul(words[0])) {
            final char last = words[0].charAt(words[0].length() - 1);
            final boolean consonant = last >= '\uAC00' && last <= '\uD7A3' && (last - '\uAC00') % 28 != 0;
            out.add(words[0] + (consonant ? "을 " : "를 ") + words[1]);
            out.add(words[0] + "에 " + words[1]);
        }
    }

    /** Replaces {@code from} by {@code to} where it ends a word (any case of the original kept for the rest). */
    private static String swap(final String text, final String from, final String to) {
        final String lower = text.toLowerCase(Locale.ROOT);
        final StringBuilder out = new StringBuilder(text);
        int at = lower.lastIndexOf(from);
        while (at >= 0) {
            final int end = at + from.length();
            if (end == text.length() || !Character.isLetter(text.charAt(end))) {
                out.replace(at, end, to);
            }
            at = at == 0 ? -1 : lower.lastIndexOf(from, at - 1);
        }
        return out.toString();
    }

    /** The plural of the last word when it is a lower-case English word of four letters or more. */
    private static Optional<String> plural(final String text) {
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        final String word = text.substring(start);
        if (word.length() < 4
                || start == text.length()
                || !word.chars().skip(1).allMatch(Character::isLowerCase)
                || word.endsWith("s")) {
            return Optional.empty();
        }
        final String head = text.substring(0, start);
        if (word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return Optional.of(head + word.substring(0, word.length() - 1) + "ies");
        }
        if (word.endsWith("ch") || word.endsWith("sh") || word.endsWith("x")) {
            return Optional.of(head + word + "es");
        }
        return Optional.of(head + word + "s");
    }
}
