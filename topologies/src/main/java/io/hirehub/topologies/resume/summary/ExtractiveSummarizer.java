package io.hirehub.topologies.resume.summary;

import io.hirehub.topologies.embed.AnalyzedWords;
import io.hirehub.topologies.resume.parse.DatePeriodParser;
import io.hirehub.topologies.resume.parse.ParsedResume;
import io.hirehub.topologies.resume.text.Sentences;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The default summariser: picks the resume's most representative sentences, no model involved.
 *
 * <p>Candidates are the sentences of {@link Sentences#split} that are at least
 * {@value #MIN_SENTENCE_CHARS} characters long and hold no placeholder (contact lines), no date
 * range (job header lines) and no table separator. Each is scored
 * <pre>
 *   centrality = Σ (1 + ln tf(w)) over its content words w / √(number of its words)
 *   score      = centrality + 1.0 · min(3, distinct skills) + 0.5 · [has a quantity: %, 명, 건, x, years …]
 *                + 0.5 · (1 − position / sentences)
 * </pre>
 * where tf is the word's frequency in the whole resume (Nori for Korean, stemmed English). The
 * best {@code maxSentences} are output in document order, joined by a space (a sentence without final
 * punctuation, typically a bullet, gets a period), and the result is cut
 * at a sentence boundary to at most {@code maxChars} (a lone first sentence longer than that is
 * truncated with an ellipsis). Deterministic: ties go to the earlier sentence.
 */
public final class ExtractiveSummarizer implements Summarizer {

    public static final String MODEL = "extractive-v1";
    static final int MIN_SENTENCE_CHARS = 20;
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\[(?:NAME|PHONE|EMAIL|RRN|FRN|ADDRESS|BIRTH_DATE|URL)]");
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\d[\\d,.]*\\s*(?:%|퍼센트|명|건|배|만|억|x\\b|times"
            + "|years?|개월|년|ms|초|시간|TPS|RPS|requests|users|patients|환자)");

    private static final Pattern TERMINAL = Pattern.compile("[.!?。！？…]$");

    private final int maxSentences;
    private final int maxChars;
    private final Supplier<SkillVocabulary> vocabulary;

    public ExtractiveSummarizer(
            final int maxSentences, final int maxChars, final Supplier<SkillVocabulary> vocabulary) {
        if (maxSentences < 1) {
            throw new IllegalArgumentException("summary.max.sentences must be positive, was " + maxSentences);
        }
        if (maxChars < 50) {
            throw new IllegalArgumentException("summary.max.chars must be at least 50, was " + maxChars);
        }
        this.maxSentences = maxSentences;
        this.maxChars = maxChars;
        this.vocabulary = vocabulary;
    }

    /** Three sentences, at most 500 characters. */
    public ExtractiveSummarizer() {
        this(3, 500, SkillVocabulary::builtIn);
    }

    @Override
    public Summary summarize(final String maskedText, final ParsedResume parsed) {
        final List<String> sentences = Sentences.split(maskedText);
        final Map<String, Integer> tf = new HashMap<>();
        AnalyzedWords.all(maskedText).forEach(w -> tf.merge(w, 1, Integer::sum));
        final List<double[]> scored = new ArrayList<>(); // {index, score}
        for (int i = 0; i < sentences.size(); i++) {
            final String sentence = sentences.get(i);
            if (isCandidate(sentence)) {
                scored.add(new double[] {i, score(sentence, i, sentences.size(), tf)});
            }
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> -s[1]).thenComparingDouble(s -> s[0]));
        final List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(maxSentences, scored.size()); i++) {
            chosen.add((int) scored.get(i)[0]);
        }
        chosen.sort(Integer::compare);
        return new Summary(join(sentences, chosen), MODEL, 0);
    }

    private boolean isCandidate(final String sentence) {
        return sentence.length() >= MIN_SENTENCE_CHARS
                && !PLACEHOLDER.matcher(sentence).find()
                && sentence.indexOf('|') < 0
                && DatePeriodParser.findRange(sentence).isEmpty();
    }

    private double score(final String sentence, final int position, final int total, final Map<String, Integer> tf) {
        final List<String> words = AnalyzedWords.all(sentence);
        double centrality = 0;
        for (final String word : words) {
            centrality += 1 + Math.log(tf.getOrDefault(word, 1));
        }
        centrality = words.isEmpty() ? 0 : centrality / Math.sqrt(words.size());
        final Set<String> skills = new HashSet<>();
        vocabulary.get().find(sentence).forEach(m -> skills.add(m.skill().name()));
        final double quantity = QUANTITY.matcher(sentence).find() ? 0.5 : 0;
        return centrality + Math.min(3, skills.size()) + quantity + 0.5 * (1 - (double) position / total);
    }

    private String join(final List<String> sentences, final List<Integer> chosen) {
        final StringBuilder out = new StringBuilder();
        for (final int index : chosen) {
            // Bullet lines rarely end with punctuation; close them so joined sentences stay readable.
            final String raw = sentences.get(index);
            final String sentence = TERMINAL.matcher(raw).find() ? raw : raw + ".";
            final int needed = (out.length() == 0 ? 0 : 1) + sentence.length();
            if (out.length() + needed > maxChars) {
                if (out.length() == 0) {
                    out.append(sentence, 0, maxChars - 1).append('…');
                }
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(sentence);
        }
        return out.toString();
    }
}
