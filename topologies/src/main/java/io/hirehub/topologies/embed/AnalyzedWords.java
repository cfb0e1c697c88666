package io.hirehub.topologies.embed;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;

/**
 * Content words of a text: Hangul words from Nori, Latin words from the English analyzer
 * (stemmed, stop words dropped). Shared by the local embedding and the extractive summary.
 */
public final class AnalyzedWords {

    // Analyzers are thread-safe; Nori's dictionary is loaded once per JVM.
    private static final Analyzer KOREAN = new KoreanAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private AnalyzedWords() {}

    /** Korean words. */
    public static List<String> korean(final String text) {
        return TextFeatures.tokens(KOREAN, text, true);
    }

    /** English (and other non-Hangul) words. */
    public static List<String> english(final String text) {
        return TextFeatures.tokens(ENGLISH, text, false);
    }

    /** Korean then English words. */
    public static List<String> all(final String text) {
        final List<String> words = new ArrayList<>(korean(text));
        words.addAll(english(text));
        return words;
    }
}
