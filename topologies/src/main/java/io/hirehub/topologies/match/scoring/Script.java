package io.hirehub.topologies.match.scoring;

import java.util.Collection;
import java.util.Map;

/**
 * The writing system a text is mostly in, for the components that compare words literally (text relevance, desired
 * position against the job title): words in Hangul and words in Latin letters cannot match each other, so a pair
 * written in different scripts is not comparable by those components — it is unknown, not a mismatch. The skill
 * and semantic components carry such pairs (skills are canonical names; the embedding shares skill and concept
 * features across languages).
 */
enum Script {
    HANGUL,
    LATIN;

    /** The script of a word's first letter or digit, {@code null} for digits, symbols and other scripts. */
    static Script of(final String word) {
        for (int i = 0; i < word.length(); i++) {
            final char c = word.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3' || c >= '\u3131' && c <= '\u318E') {
                return HANGUL;
            }
            if (c < 0x250 && Character.isLetter(c)) {
                return LATIN;
            }
            if (Character.isLetter(c)) {
                return null;
            }
        }
        return null;
    }

    /** The script most terms are in, weighted by their counts; {@code null} when none or a tie. */
    static Script dominant(final Map<String, Integer> counts) {
        long hangul = 0;
        long latin = 0;
        for (final Map.Entry<String, Integer> e : counts.entrySet()) {
            final Script script = of(e.getKey());
            if (script == HANGUL) {
                hangul += e.getValue();
            } else if (script == LATIN) {
                latin += e.getValue();
            }
        }
        return hangul == latin ? null : hangul > latin ? HANGUL : LATIN;
    }

    /** The script most words are in; {@code null} when none or a tie. */
    static Script dominant(final Collection<String> words) {
        long hangul = 0;
        long latin = 0;
        for (final String word : words) {
            final Script script = of(word);
            if (script == HANGUL) {
                hangul++;
            } else if (script == LATIN) {
                latin++;
            }
        }
        return hangul == latin ? null : hangul > latin ? HANGUL : LATIN;
    }

    /** Whether two sides are both mostly in a script, and not the same one. */
    static boolean differ(final Script a, final Script b) {
        return a != null && b != null && a != b;
    }
}
