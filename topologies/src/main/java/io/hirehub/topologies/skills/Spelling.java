package io.hirehub.topologies.skills;

/**
 * One spelling of a skill, compiled for the finder.
 *
 * @param skill         the skill it spells
 * @param text          the spelling as written
 * @param key           its key ({@link Letters#keyOf})
 * @param separatorAfter {@code separatorAfter[k]}: the spelling has a space or hyphen between key characters k and k+1
 * @param caseSensitive matched letter for letter: acronyms of up to four capitals ({@code SEO}, {@code TMS}), single
 *                      letters and {@code Go} (so {@code go}, {@code tms} in prose do not count)
 * @param ambiguous     a one-letter name or {@code Go}: counts only in a skill context ({@link MentionContext})
 */
record Spelling(
        SkillEntry skill, String text, String key, boolean[] separatorAfter, boolean caseSensitive, boolean ambiguous) {

    /** Compiles one spelling of {@code skill}; {@code null} when it has no key characters. */
    static Spelling of(final SkillEntry skill, final String text) {
        final String key = Letters.keyOf(text);
        if (key.isEmpty()) {
            return null;
        }
        final boolean[] separatorAfter = new boolean[key.length()];
        int k = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Letters.separator(text.charAt(i))) {
                if (k >= 0) {
                    separatorAfter[k] = true;
                }
            } else {
                k++;
            }
        }
        final boolean hangul = Letters.hasHangul(text);
        final boolean ambiguous = !hangul && (key.length() == 1 || text.equals("Go"));
        return new Spelling(skill, text, key, separatorAfter, !hangul && (ambiguous || acronym(text)), ambiguous);
    }

    /** Up to four capital letters, digits and {@code &/}, at least one letter: {@code SEO}, {@code 8D}, {@code C&B}. */
    private static boolean acronym(final String text) {
        if (text.length() > 4) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isLowerCase(c) || !(Character.isLetterOrDigit(c) || c == '&' || c == '/')) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean startsHangul() {
        return Letters.hangul(key.charAt(0));
    }

    boolean endsHangul() {
        return Letters.hangul(key.charAt(key.length() - 1));
    }

    /** Whether the spelling's letters equal {@code original}'s, separators ignored (for case-sensitive spellings). */
    boolean sameLetters(final CharSequence original) {
        int k = 0;
        for (int i = 0; i < original.length(); i++) {
            final char c = original.charAt(i);
            if (Letters.separator(c)) {
                continue;
            }
            if (k >= text.length()) {
                return false;
            }
            while (Letters.separator(text.charAt(k))) {
                k++;
            }
            final char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
            if (folded != text.charAt(k)) {
                return false;
            }
            k++;
        }
        return true;
    }
}
