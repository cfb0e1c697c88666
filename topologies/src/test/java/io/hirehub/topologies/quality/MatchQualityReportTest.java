package io.hirehub.topologies.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.skills.SkillCatalogue;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.PreparedResume;
import io.hirehub.topologies.match.scoring.RecommendationSettings;
import io.hirehub.topologies.resume.parse.ParsedSkill;
import io.hirehub.topologies.resume.parse.ResumeParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Measures match quality on the labelled sets and prints the figures (also written to
 * {@code target/quality/match-quality.md}): skill-extraction precision and recall per family and language with the
 * current parser, and NDCG@5/@10 per job language for current matching, its semantic component alone, and two
 * lexical baselines (BM25 over Hangul bigrams and English words; Lucene BM25 with Nori). It asserts only that the
 * measurement itself is sane; thresholds (NDCG@5 ≥ 0.85, skill P/R ≥ 0.90) are for the code that improves them.
 */
class MatchQualityReportTest {

    private static final int[] CUTOFFS = {5, 10};

    @Test
    void shouldMeasureSkillExtractionAndRankingQuality() throws IOException {
        final StringBuilder report = new StringBuilder("# Match quality (current code)\n\n");
        skillExtraction(report);
        ranking(report);
        final Path file = Path.of(System.getProperty("basedir", "."), "target", "quality", "match-quality.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        // A report test: its output is the product, so it goes to the console as well as the file.
        System.out.println(report);
    }

    private static void skillExtraction(final StringBuilder report) {
        skillExtraction(
                report,
                "ResumeParser, built-in vocabulary ("
                        + SkillCatalogue.builtIn().skills().size() + " tags)",
                catalogueParser());
    }

    private static ResumeParser catalogueParser() {
        return new ResumeParser();
    }

    /** Required coverage 0.75, preferred 0.25 (like SkillScorer, without depth), of the job's skills in the set. */
    private static double coverage(final QualitySets.RankingJob job, final Set<String> skills) {
        final double required = job.requiredSkills().isEmpty()
                ? 0
                : job.requiredSkills().stream().filter(skills::contains).count()
                        / (double) job.requiredSkills().size();
        final double preferred = job.preferredSkills().isEmpty()
                ? 0
                : job.preferredSkills().stream().filter(skills::contains).count()
                        / (double) job.preferredSkills().size();
        return 0.75 * required + 0.25 * preferred;
    }

    private static void skillExtraction(final StringBuilder report, final String title, final ResumeParser parser) {
        final Map<String, SkillExtractionScore> byFamily = new TreeMap<>();
        final Map<String, SkillExtractionScore> byLanguage = new TreeMap<>();
        SkillExtractionScore total = SkillExtractionScore.EMPTY;
        for (final QualitySets.LabelledPassage passage : QualitySets.skillExtraction()) {
            final Set<String> found = parser.parse(passage.text()).skills().stream()
                    .map(ParsedSkill::skillName)
                    .collect(Collectors.toSet());
            final SkillExtractionScore score =
                    SkillExtractionScore.of(Set.copyOf(passage.skills()), Set.copyOf(passage.traps()), found);
            byFamily.merge(passage.family(), score, SkillExtractionScore::plus);
            byLanguage.merge(passage.lang(), score, SkillExtractionScore::plus);
            total = total.plus(score);
        }
        report.append("## Skill extraction: ")
                .append(title)
                .append("\n\n")
                .append("| group | passages | labels | found | precision | recall | trap hits |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        byFamily.forEach((family, s) -> row(report, family, s));
        byLanguage.forEach((lang, s) -> row(report, "lang=" + lang, s));
        row(report, "**overall**", total);
        report.append('\n');
        // The gate: a change to the finder or the catalogue that loses either figure fails the build.
        assertThat(total.passages()).isGreaterThanOrEqualTo(150);
        assertThat(total.precision()).as("skill precision overall").isGreaterThanOrEqualTo(0.90);
        assertThat(total.recall()).as("skill recall overall").isGreaterThanOrEqualTo(0.90);
    }

    private static void row(final StringBuilder report, final String group, final SkillExtractionScore s) {
        report.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.2f | %.2f | %d |%n",
                group,
                s.passages(),
                s.truePositives() + s.falseNegatives(),
                s.truePositives() + s.falsePositives(),
                s.precision(),
                s.recall(),
                s.trapHits()));
    }

    private static void ranking(final StringBuilder report) throws IOException {
        final QualitySets.RankingSet set = QualitySets.ranking();
        final LocalHashingEmbeddingProvider hashing = new LocalHashingEmbeddingProvider();
        final CurrentMatching matching = new CurrentMatching(hashing);
        final Map<String, PreparedResume> resumes = matching.resumes(set.resumes());
        final List<List<String>> bigramDocs =
                set.resumes().stream().map(r -> HangulBigrams.tokens(r.text())).toList();
        final Bm25 bigrams = new Bm25(bigramDocs);
        final ResumeParser v3 = catalogueParser();
        final Map<String, Set<String>> v3Skills = new LinkedHashMap<>();
        set.resumes()
                .forEach(r -> v3Skills.put(
                        r.id(),
                        v3.parse(r.text()).skills().stream()
                                .map(ParsedSkill::skillName)
                                .collect(Collectors.toSet())));
        final Map<String, String> texts = new LinkedHashMap<>();
        set.resumes().forEach(r -> texts.put(r.id(), r.text()));

        final Map<String, Map<String, double[]>> ndcg = new LinkedHashMap<>(); // ranker -> job -> [@5, @10]
        final Map<String, Integer> matchesPerJob = new LinkedHashMap<>();
        final RecommendationSettings emit = RecommendationSettings.DEFAULTS;
        try (NoriBm25Ranker nori = new NoriBm25Ranker(texts)) {
            for (final QualitySets.RankingJob job : set.jobs()) {
                final Map<String, Integer> grades = set.gradesFor(job.id());
                final Map<String, MatchResult> results = matching.score(job, resumes);
                record(
                        ndcg,
                        "current matching (overall_score)",
                        job,
                        grades,
                        results,
                        r -> r.overallScore().doubleValue());
                record(
                        ndcg,
                        "  semantic component only (hashing embedder)",
                        job,
                        grades,
                        results,
                        r -> r.semanticScore().doubleValue());
                record(
                        ndcg,
                        "  skill component only",
                        job,
                        grades,
                        results,
                        r -> r.skillScore().doubleValue());
                matchesPerJob.put(job.id(), (int) results.values().stream()
                        .filter(r -> r.overallScore().compareTo(emit.minScore()) >= 0)
                        .count());
                final String query = baselineQuery(job);
                final double[] bm25 = bigrams.scores(HangulBigrams.tokens(query));
                final Map<String, Double> bigramScores = new LinkedHashMap<>();
                for (int i = 0; i < set.resumes().size(); i++) {
                    bigramScores.put(set.resumes().get(i).id(), bm25[i]);
                }
                record(ndcg, "BM25, Hangul bigrams + English words", job, grades, bigramScores, Double::doubleValue);
                final Map<String, Double> noriScores = new LinkedHashMap<>();
                texts.keySet().forEach(id -> noriScores.put(id, 0.0));
                noriScores.putAll(nori.scores(query));
                record(ndcg, "BM25, Lucene + Nori/Porter", job, grades, noriScores, Double::doubleValue);
                // A preview of what fusing lexical relevance and the semantic signal gives, nothing learned: the
                // bigram BM25 score as a share of the job's best, averaged with the cosine (0..1) of the hashing
                // embeddings.
                final double best = bigramScores.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(0);
                final Map<String, Double> fused = new LinkedHashMap<>();
                results.forEach((id, r) -> fused.put(
                        id,
                        0.5 * (best == 0 ? 0 : bigramScores.get(id) / best)
                                + 0.5 * r.semanticScore().doubleValue() / 100));
                record(
                        ndcg,
                        "preview: ½ BM25 bigrams (share of best) + ½ hashing cosine",
                        job,
                        grades,
                        fused,
                        Double::doubleValue);
                final Map<String, Double> withSkills = new LinkedHashMap<>();
                results.forEach((id, r) ->
                        withSkills.put(id, (2 * fused.get(id) + coverage(job, v3Skills.get(id))) / 3));
                record(
                        ndcg,
                        "preview: ⅓ BM25 bigrams + ⅓ hashing cosine + ⅓ skill coverage (V3 catalogue)",
                        job,
                        grades,
                        withSkills,
                        Double::doubleValue);
            }
        }

        report.append("## Ranking (")
                .append(set.jobs().size())
                .append(" jobs × ")
                .append(set.resumes().size())
                .append(" resumes, NDCG by job language, whole resume pool)\n\n")
                .append("| ranker | ko @5 | ko @10 | en @5 | en @10 | all @5 | all @10 |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        ndcg.forEach((ranker, perJob) -> {
            report.append("| ").append(ranker);
            for (final String lang : List.of("ko", "en", "all")) {
                for (int c = 0; c < CUTOFFS.length; c++) {
                    final int cut = c;
                    final double mean = set.jobs().stream()
                            .filter(j -> lang.equals("all") || j.lang().equals(lang))
                            .mapToDouble(j -> perJob.get(j.id())[cut])
                            .average()
                            .orElseThrow();
                    assertThat(mean).isBetween(0.0, 1.0);
                    report.append(String.format(Locale.ROOT, " | %.3f", mean));
                }
            }
            report.append(" |\n");
        });
        report.append("\n### Per job: NDCG@5 and matches at or above match.calculated.min.score (")
                .append(emit.minScore().toPlainString())
                .append(")\n\n| job | family | lang | current | BM25 bigrams | BM25 Nori | matches ≥ min |\n")
                .append("|---|---|---|---:|---:|---:|---:|\n");
        for (final QualitySets.RankingJob job : set.jobs()) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s %s | %s | %s | %.3f | %.3f | %.3f | %d |%n",
                    job.id(),
                    job.title(),
                    job.family(),
                    job.lang(),
                    ndcg.get("current matching (overall_score)").get(job.id())[0],
                    ndcg.get("BM25, Hangul bigrams + English words").get(job.id())[0],
                    ndcg.get("BM25, Lucene + Nori/Porter").get(job.id())[0],
                    matchesPerJob.get(job.id())));
        }
        // Sanity: the lexical baseline must find something, or the harness is broken.
        final double bigramAll = set.jobs().stream()
                .mapToDouble(
                        j -> ndcg.get("BM25, Hangul bigrams + English words").get(j.id())[0])
                .average()
                .orElseThrow();
        assertThat(bigramAll).isGreaterThan(0.3);
        assertThat(Vectors.fastNorm(hashing.embed(List.of("자바 백엔드"))[0])).isCloseTo(1.0, within());
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-4);
    }

    /** What the baseline ranks against: the job's title, requirements and skill names. */
    static String baselineQuery(final QualitySets.RankingJob job) {
        final List<String> parts = new ArrayList<>();
        parts.add(job.title());
        parts.add(job.requirements());
        parts.addAll(job.requiredSkills());
        parts.addAll(job.preferredSkills());
        return String.join("\n", parts);
    }

    private static <T> void record(
            final Map<String, Map<String, double[]>> ndcg,
            final String ranker,
            final QualitySets.RankingJob job,
            final Map<String, Integer> grades,
            final Map<String, T> scores,
            final Function<T, Double> score) {
        final List<Ndcg.Scored> scored = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        scores.forEach((id, value) -> {
            seen.add(id);
            scored.add(new Ndcg.Scored(id, score.apply(value)));
        });
        assertThat(seen).isEqualTo(grades.keySet());
        final double[] values = new double[CUTOFFS.length];
        for (int i = 0; i < CUTOFFS.length; i++) {
            values[i] = Ndcg.at(CUTOFFS[i], scored, grades);
        }
        ndcg.computeIfAbsent(ranker, r -> new LinkedHashMap<>()).put(job.id(), values);
    }
}
