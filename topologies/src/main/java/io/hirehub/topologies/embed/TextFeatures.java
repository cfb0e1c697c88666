package io.hirehub.topologies.embed;

import io.hirehub.topologies.skills.SkillMention;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Weighted sparse features of a text for the local embedding: Hangul words from Lucene's Nori
 * {@code KoreanAnalyzer} (morphemes, particles and endings dropped), Latin words from the
 * {@code EnglishAnalyzer} (stop words dropped, Porter-stemmed), bigrams of adjacent words, canonical
 * skills ({@code 자바} and {@code Java} both give {@code s:java}, and the spelling itself is not
 * also counted as a word) and a few cross-language
 * concepts ({@code 간호사} also gives the English stem {@code nurs}).
 *
 * <p>Weights: word 1, bigram 0.5, skill 2, concept 1; a feature's weight is multiplied by
 * {@code 1 + ln(tf)} (sublinear term frequency) so a word repeated ten times counts about 3.3
 * times, not ten.
 */
final class TextFeatures {

    static final double WORD = 1.0;
    static final double BIGRAM = 0.5;
    static final double SKILL = 2.0;
    static final double CONCEPT = 1.0;

    /** Korean words whose English stem should also count, so Korean and English texts share features. */
    private static final Map<String, String> CONCEPTS = Map.ofEntries(
            Map.entry("백엔드", "backend"),
            Map.entry("서버", "server"),
            Map.entry("개발", "develop"),
            Map.entry("개발자", "develop"),
            Map.entry("엔지니어", "engin"),
            Map.entry("설계", "design"),
            Map.entry("운영", "oper"),
            Map.entry("데이터베이스", "databas"),
            Map.entry("클라우드", "cloud"),
            Map.entry("마이크로서비스", "microservic"),
            Map.entry("이벤트", "event"),
            Map.entry("결제", "payment"),
            Map.entry("주문", "order"),
            Map.entry("트래픽", "traffic"),
            Map.entry("간호", "nurs"),
            Map.entry("간호사", "nurs"),
            Map.entry("환자", "patient"),
            Map.entry("병원", "hospit"),
            Map.entry("병동", "unit"),
            Map.entry("투약", "medic"),
            Map.entry("감염", "infect"),
            Map.entry("보호자", "famili"),
            Map.entry("면허", "licens"),
            Map.entry("활력징후", "vital"));

    private final SkillVocabulary vocabulary;

    TextFeatures(final SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Map<String, Double> extract(final String text) {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        // Skills become one canonical feature each and are blanked out of the word stream, so 자바
        // and Java produce the same features instead of two unrelated words.
        final StringBuilder words = new StringBuilder(text);
        for (final SkillMention mention : vocabulary.find(text)) {
            counts.merge("s:" + mention.skill().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            for (int i = mention.start(); i < mention.end(); i++) {
                words.setCharAt(i, ' ');
            }
        }
        final List<String> korean = AnalyzedWords.korean(words.toString());
        final List<String> english = AnalyzedWords.english(words.toString());
        countWords(counts, korean);
        countWords(counts, english);
        for (final String word : korean) {
            final String concept = CONCEPTS.get(word);
            if (concept != null) {
                counts.merge("c:" + concept, 1, Integer::sum);
            }
        }
        for (final String word : english) {
            if (CONCEPTS.containsValue(word)) {
                counts.merge("c:" + word, 1, Integer::sum);
            }
        }
        final Map<String, Double> weighted = new LinkedHashMap<>();
        counts.forEach((feature, count) -> weighted.put(feature, weight(feature) * (1 + Math.log(count))));
        return weighted;
    }

    private static void countWords(final Map<String, Integer> counts, final List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            counts.merge("w:" + words.get(i), 1, Integer::sum);
            if (i > 0) {
                counts.merge("b:" + words.get(i - 1) + ' ' + words.get(i), 1, Integer::sum);
            }
        }
    }

    private static double weight(final String feature) {
        return switch (feature.charAt(0)) {
            case 'w' -> WORD;
            case 'b' -> BIGRAM;
            case 's' -> SKILL;
            default -> CONCEPT;
        };
    }

    /** Words from {@code analyzer}; {@code hangul} keeps only Hangul words, otherwise only the others. */
    static List<String> tokens(final Analyzer analyzer, final String text, final boolean hangul) {
        final List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                final String token = term.toString();
                if (hasHangul(token) == hangul && token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    tokens.add(token);
                }
            }
            stream.end();
        } catch (final IOException e) {
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return tokens;
    }

    private static boolean hasHangul(final String token) {
        return token.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }
}
