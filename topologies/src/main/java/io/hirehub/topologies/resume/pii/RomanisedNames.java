package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ways a Korean name is written in Latin letters: Revised Romanisation and the spellings people
 * actually use (김민준 → Kim Minjun, Min-jun Kim, MINJUN KIM, Gim Min Joon). From a Hangul name this
 * gives its {@link Spellings}, which tell whether some Latin words spell it (given name and surname
 * in either order); and it tells whether a Latin word reads as a Korean given name (for file names
 * such as {@code KimSeoyeon}).
 */
final class RomanisedNames {

    private RomanisedNames() {}

    private static final String[][] INITIALS = {
        {"g", "k"},
        {"kk", "gg", "k"},
        {"n"},
        {"d", "t"},
        {"tt", "dd"},
        {"r", "l"},
        {"m"},
        {"b", "p"},
        {"pp", "bb"},
        {"s", "sh"},
        {"ss", "s"},
        {""},
        {"j", "ch"},
        {"jj", "tch"},
        {"ch", "c"},
        {"k"},
        {"t"},
        {"p", "ph"},
        {"h"}
    };

    private static final String[][] VOWELS = {
        {"a"},
        {"ae", "ai", "e"},
        {"ya"},
        {"yae"},
        {"eo", "u", "o"},
        {"e", "ae"},
        {"yeo", "yo", "you", "yu"},
        {"ye"},
        {"o", "oh"},
        {"wa"},
        {"wae"},
        {"oe", "oi", "we"},
        {"yo"},
        {"u", "oo"},
        {"wo"},
        {"we"},
        {"wi", "wee"},
        {"yu", "you"},
        {"eu", "u"},
        {"ui", "eui", "ee", "i"},
        {"i", "ee"}
    };

    private static final String[][] FINALS = {
        {""}, {"k", "g"}, {"k"}, {"k"}, {"n"}, {"n"}, {"n"}, {"t", "d"}, {"l", "r"}, {"k"}, {"m"}, {"l"}, {"l"}, {"l"},
        {"p"}, {"l"}, {"m"}, {"p", "b"}, {"p"}, {"t", "s"}, {"t"}, {"ng"}, {"t"}, {"t"}, {"k"}, {"t"}, {"p"}, {"t"}
    };

    /** Spellings a syllable's own rules would not produce (영 → young, 정 → chung, 이 → lee ...). */
    private static final Map<Character, String[]> SYLLABLE_EXTRAS = Map.ofEntries(
            Map.entry('영', new String[] {"young", "yung", "yong"}),
            Map.entry('연', new String[] {"yun", "youn", "yeun"}),
            Map.entry('경', new String[] {"kyung", "kyoung", "gyung"}),
            Map.entry('정', new String[] {"jung", "chung", "joung"}),
            Map.entry('성', new String[] {"sung", "soung"}),
            Map.entry('현', new String[] {"hyun"}),
            Map.entry('형', new String[] {"hyung"}),
            Map.entry('명', new String[] {"myung"}),
            Map.entry('병', new String[] {"byung"}),
            Map.entry('석', new String[] {"suk"}),
            Map.entry('준', new String[] {"joon"}),
            Map.entry('순', new String[] {"soon"}),
            Map.entry('우', new String[] {"woo", "wu"}),
            Map.entry('윤', new String[] {"yoon"}),
            Map.entry('유', new String[] {"yoo"}),
            Map.entry('주', new String[] {"joo"}),
            Map.entry('수', new String[] {"soo"}),
            Map.entry('구', new String[] {"koo"}),
            Map.entry('희', new String[] {"hee", "heui"}),
            Map.entry('의', new String[] {"eui", "ui"}),
            Map.entry('혜', new String[] {"hye", "hae"}),
            Map.entry('예', new String[] {"yea"}),
            Map.entry('재', new String[] {"jae", "jay"}),
            Map.entry('서', new String[] {"suh", "so"}),
            Map.entry('은', new String[] {"eun"}),
            Map.entry('원', new String[] {"won"}),
            Map.entry('훈', new String[] {"hoon"}));

    /** Surnames as they are usually spelled. */
    private static final Map<String, String[]> SURNAMES = Map.ofEntries(
            Map.entry("김", new String[] {"kim", "gim"}),
            Map.entry("이", new String[] {"lee", "yi", "rhee", "rhie", "ri"}),
            Map.entry("박", new String[] {"park", "pak", "bak"}),
            Map.entry("최", new String[] {"choi", "choe"}),
            Map.entry("정", new String[] {"jung", "jeong", "chung", "joung"}),
            Map.entry("강", new String[] {"kang", "gang"}),
            Map.entry("조", new String[] {"cho", "jo", "joe"}),
            Map.entry("윤", new String[] {"yoon", "yun"}),
            Map.entry("장", new String[] {"jang", "chang"}),
            Map.entry("임", new String[] {"lim", "im", "yim", "rim"}),
            Map.entry("림", new String[] {"lim", "rim"}),
            Map.entry("한", new String[] {"han"}),
            Map.entry("오", new String[] {"oh", "o"}),
            Map.entry("서", new String[] {"seo", "suh", "so"}),
            Map.entry("신", new String[] {"shin", "sin"}),
            Map.entry("권", new String[] {"kwon", "gwon"}),
            Map.entry("황", new String[] {"hwang"}),
            Map.entry("안", new String[] {"ahn", "an"}),
            Map.entry("송", new String[] {"song"}),
            Map.entry("류", new String[] {"ryu", "yoo", "yu", "ryoo", "lyu", "rew"}),
            Map.entry("유", new String[] {"yoo", "yu", "ryu"}),
            Map.entry("전", new String[] {"jeon", "jun", "chun", "jeun"}),
            Map.entry("홍", new String[] {"hong"}),
            Map.entry("고", new String[] {"ko", "go", "koh", "goh"}),
            Map.entry("문", new String[] {"moon", "mun"}),
            Map.entry("양", new String[] {"yang"}),
            Map.entry("손", new String[] {"son", "sohn"}),
            Map.entry("배", new String[] {"bae", "pae"}),
            Map.entry("백", new String[] {"baek", "paik", "baik", "paek"}),
            Map.entry("허", new String[] {"heo", "hur", "huh", "her"}),
            Map.entry("남", new String[] {"nam"}),
            Map.entry("심", new String[] {"sim", "shim"}),
            Map.entry("노", new String[] {"noh", "no", "roh", "rho"}),
            Map.entry("하", new String[] {"ha"}),
            Map.entry("곽", new String[] {"kwak", "gwak", "kwack"}),
            Map.entry("성", new String[] {"sung", "seong"}),
            Map.entry("차", new String[] {"cha"}),
            Map.entry("주", new String[] {"joo", "ju", "chu"}),
            Map.entry("우", new String[] {"woo", "wu", "u"}),
            Map.entry("구", new String[] {"koo", "gu", "ku"}),
            Map.entry("나", new String[] {"na", "ra"}),
            Map.entry("엄", new String[] {"eom", "um", "uhm", "ohm"}),
            Map.entry("채", new String[] {"chae", "chai"}),
            Map.entry("천", new String[] {"cheon", "chun"}),
            Map.entry("변", new String[] {"byun", "byeon", "pyun"}),
            Map.entry("염", new String[] {"yeom", "yum"}),
            Map.entry("여", new String[] {"yeo", "yuh", "yo"}),
            Map.entry("추", new String[] {"choo", "chu"}),
            Map.entry("도", new String[] {"do", "doh", "to"}),
            Map.entry("석", new String[] {"seok", "suk"}),
            Map.entry("설", new String[] {"seol", "sul"}),
            Map.entry("길", new String[] {"gil", "kil"}),
            Map.entry("연", new String[] {"yeon", "yun"}),
            Map.entry("위", new String[] {"wi", "wee"}),
            Map.entry("명", new String[] {"myung", "myeong"}),
            Map.entry("기", new String[] {"ki", "gi"}),
            Map.entry("반", new String[] {"ban", "pan"}),
            Map.entry("금", new String[] {"geum", "keum", "kum"}),
            Map.entry("육", new String[] {"yook", "yuk"}),
            Map.entry("국", new String[] {"kook", "guk", "kuk"}),
            Map.entry("어", new String[] {"eo", "uh"}),
            Map.entry("편", new String[] {"pyeon", "pyun"}),
            Map.entry("경", new String[] {"kyung", "gyeong"}),
            Map.entry("남궁", new String[] {"namgung", "namkung", "nam-gung"}),
            Map.entry("제갈", new String[] {"jegal", "je-gal"}),
            Map.entry("선우", new String[] {"sunwoo", "seonu", "sun-woo"}),
            Map.entry("독고", new String[] {"dokgo", "dokko"}),
            Map.entry("황보", new String[] {"hwangbo"}),
            Map.entry("사공", new String[] {"sagong"}));

    /**
     * The usual spellings of a Hangul name (2 to 4 syllables) in Latin letters, or {@code null}
     * when the name is not plain Hangul.
     */
    static Spellings of(final String hangulName) {
        final String name = hangulName.replace(" ", "");
        if (name.length() < 2 || name.length() > 4 || !name.chars().allMatch(KoreanNames::isSyllable)) {
            return null;
        }
        final int surnameLength =
                name.length() >= 3 && KoreanNames.COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
        final Set<String> surnames = new LinkedHashSet<>();
        for (final String spelling : surname(name.substring(0, surnameLength))) {
            surnames.add(spelling.replace("-", ""));
        }
        final List<Set<String>> given = new ArrayList<>();
        for (final char syllable : name.substring(surnameLength).toCharArray()) {
            given.add(syllable(syllable));
        }
        return new Spellings(surnames, given);
    }

    /**
     * How one Hangul name is spelled in Latin letters: its surname's spellings and, per given-name
     * syllable, that syllable's spellings (all lower case).
     */
    record Spellings(Set<String> surnames, List<Set<String>> given) {

        /**
         * Whether {@code words} (2 to 4 Latin words in lower case, hyphens allowed) spell this name,
         * surname first or last: kim minjun, minjun kim, min-jun kim, kim, min jun.
         */
        boolean spelledBy(final List<String> words) {
            if (words.size() < 2 || words.size() > 4) {
                return false;
            }
            final List<String> lower = words;
            return (surnames.contains(lower.get(0)) && isGiven(lower.subList(1, lower.size())))
                    || (surnames.contains(lower.get(lower.size() - 1)) && isGiven(lower.subList(0, lower.size() - 1)));
        }

        private boolean isGiven(final List<String> words) {
            if (words.size() > given.size()) {
                return false;
            }
            if (words.size() == given.size() && words.size() > 1) {
                for (int i = 0; i < words.size(); i++) {
                    if (!given.get(i).contains(words.get(i).replace("-", "").replace("‐", ""))) {
                        return false;
                    }
                }
                return true;
            }
            return words.size() == 1 && joined(words.get(0).replace("-", "").replace("‐", ""), 0);
        }

        /** Whether {@code rest} is the spellings of given-name syllables {@code from}.. run together. */
        private boolean joined(final String rest, final int from) {
            if (from == given.size()) {
                return rest.isEmpty();
            }
            for (final String spelling : given.get(from)) {
                if (rest.startsWith(spelling) && joined(rest.substring(spelling.length()), from + 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String[] surname(final String hangul) {
        final String[] known = SURNAMES.get(hangul);
        return known != null ? known : syllable(hangul.charAt(0)).toArray(String[]::new);
    }

    /** The spellings of one syllable: every combination of its parts' spellings plus the usual extras. */
    static Set<String> syllable(final char syllable) {
        final int index = syllable - 0xAC00;
        final String[] initials = INITIALS[index / (21 * 28)];
        final String[] vowels = VOWELS[(index / 28) % 21];
        final String[] finals = FINALS[index % 28];
        final Set<String> spellings = new LinkedHashSet<>();
        for (final String initial : initials) {
            for (final String vowel : vowels) {
                for (final String fin : finals) {
                    spellings.add(initial + vowel + fin);
                }
            }
        }
        final String[] extras = SYLLABLE_EXTRAS.get(syllable);
        if (extras != null) {
            spellings.addAll(List.of(extras));
        }
        return spellings;
    }

    private static final String ROMAN_INITIAL = "(?:kk|gg|tt|dd|pp|bb|ss|jj|tch|ch|sh|ph|g|k|n|d|t|r|l|m|b|p|s|j|h|c)?";
    private static final String ROMAN_VOWEL =
            "(?:yeo|yae|wae|you|yoo|eui|eo|ae|ai|ya|ye|oe|oi|oh|yo|wa|wo|we|wi|yu|eu|ui|ee|oo|a|e|i|o|u)";
    private static final String ROMAN_FINAL = "(?:ng|n|m|l|k|p|t)?";
    private static final String ROMAN_SYLLABLE = ROMAN_INITIAL + ROMAN_VOWEL + ROMAN_FINAL;

    /** Two romanised syllables, joined or hyphenated: Seoyeon, Min-jun, JIHO. */
    private static final Pattern TWO_SYLLABLE_GIVEN = Pattern.compile("(?i)" + ROMAN_SYLLABLE + "-?" + ROMAN_SYLLABLE);

    /** Romanised surnames, lower case. */
    private static final Set<String> ROMAN_SURNAMES = SURNAMES.values().stream()
            .flatMap(Arrays::stream)
            .filter(s -> s.length() >= 2 && !s.contains("-"))
            .collect(Collectors.toUnmodifiableSet());

    /** Whether {@code word} (at most 12 letters) reads as a two-syllable Korean given name. */
    static boolean isGivenName(final String word) {
        return word.length() >= 3
                && word.length() <= 12
                && TWO_SYLLABLE_GIVEN.matcher(word).matches();
    }

    /** Whether {@code word} is a usual romanised Korean surname. */
    static boolean isSurname(final String word) {
        return ROMAN_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
