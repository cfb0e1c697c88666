package io.hirehub.topologies.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.skills.SkillCatalogue;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.embed.OnnxMiniLmEmbeddingProvider;
import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.match.scoring.MatchResult;
import io.hirehub.topologies.match.scoring.MatchSettings;
import io.hirehub.topologies.match.scoring.PreparedResume;
import io.hirehub.topologies.match.scoring.RecommendationSettings;
import io.hirehub.topologies.resume.parse.ParsedSkill;
import io.hirehub.topologies.resume.parse.ResumeParser;
import java.io.IOException;
import java.math.BigDecimal;
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
 * Measures match quality on the labelled sets, prints the figures (also written to
 * {@code target/quality/match-quality.md}) and fails the build when they fall: skill-extraction precision and recall
 * per family and language (gate: both ≥ 0.90 overall), and NDCG@5/@10 per job language for matching, each of its
 * components alone and two lexical baselines (BM25 over Hangul bigrams and English words; Lucene BM25 with Nori).
 * Gates: matching NDCG@5 ≥ 0.85 for Korean jobs, English jobs and all; above the bigram BM25 baseline in each, by
 * at least 0.05 overall and for Korean and English jobs each; every job lists at least five candidates that share evidence with it.
 */
class MatchQualityReportTest {

    private static final BigDecimal EVIDENCE_COSINE = MatchSettings.DEFAULTS.evidenceCosine();
    private static final int[] CUTOFFS = {5, 10};
    private static final String MATCHING = "matching (overall_score, default weights)";
    private static final String MATCHING_ONNX = "matching with embedding.provider=onnx_minilm";
    private static final String BM25_BIGRAMS = "BM25, Hangul bigrams + English words";

    @Test
    void shouldMeasureSkillExtractionAndRankingQuality() throws IOException {
        final StringBuilder report = new StringBuilder("# Match quality\n\n");
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
        // The opt-in ONNX sentence-embedding provider, through the same pipeline and scorer.
        final CurrentMatching onnxMatching = new CurrentMatching(new OnnxMiniLmEmbeddingProvider(1536));
        final Map<String, PreparedResume> onnxResumes = onnxMatching.resumes(set.resumes());
        final List<List<String>> bigramDocs =
                set.resumes().stream().map(r -> HangulBigrams.tokens(r.text())).toList();
        final Bm25 bigrams = new Bm25(bigramDocs);
        final Map<String, String> texts = new LinkedHashMap<>();
        set.resumes().forEach(r -> texts.put(r.id(), r.text()));

        final Map<String, Map<String, double[]>> ndcg = new LinkedHashMap<>(); // ranker -> job -> [@5, @10]
        final Map<String, Integer> matchesPerJob = new LinkedHashMap<>();
        final Map<String, Integer> listedPerJob = new LinkedHashMap<>();
        final Map<String, Integer> recommendedPerJob = new LinkedHashMap<>();
        final int[][] byGrade = new int[4][3]; // grade -> pairs, events (≥ min score), recommended (≥ threshold)
        final Map<String, Integer> goodUnlisted = new LinkedHashMap<>();
        final RecommendationSettings emit = RecommendationSettings.DEFAULTS;
        try (NoriBm25Ranker nori = new NoriBm25Ranker(texts)) {
            for (final QualitySets.RankingJob job : set.jobs()) {
                final Map<String, Integer> grades = set.gradesFor(job.id());
                final Map<String, MatchResult> results = matching.score(job, resumes);
                record(
                        ndcg,
                        MATCHING,
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
                final Map<String, MatchResult> onnxResults = onnxMatching.score(job, onnxResumes);
                record(
                        ndcg,
                        MATCHING_ONNX,
                        job,
                        grades,
                        onnxResults,
                        r -> r.overallScore().doubleValue());
                record(
                        ndcg,
                        "  semantic component only (onnx_minilm embedder)",
                        job,
                        grades,
                        onnxResults,
                        r -> r.semanticScore().doubleValue());
                record(
                        ndcg,
                        "  skill component only",
                        job,
                        grades,
                        results,
                        r -> r.skillScore().doubleValue());
                record(
                        ndcg,
                        "  text component only (BM25 share, shard statistics)",
                        job,
                        grades,
                        results,
                        // A pair in different scripts has no text evidence: last, not neutral, when ranking by text.
                        r -> r.breakdown().text().weighed()
                                ? r.breakdown().text().score().doubleValue()
                                : 0.0);
                matchesPerJob.put(job.id(), (int) results.values().stream()
                        .filter(r -> r.overallScore().compareTo(emit.minScore()) >= 0)
                        .count());
                recommendedPerJob.put(job.id(), (int) results.values().stream()
                        .filter(r -> r.overallScore().compareTo(emit.threshold()) >= 0)
                        .count());
                results.forEach((id, r) -> {
                    final int[] counts = byGrade[grades.get(id)];
                    counts[0]++;
                    counts[1] += r.overallScore().compareTo(emit.minScore()) >= 0 ? 1 : 0;
                    counts[2] += r.overallScore().compareTo(emit.threshold()) >= 0 ? 1 : 0;
                });
                listedPerJob.put(job.id(), (int) results.values().stream()
                        .filter(r -> r.hasEvidence(EVIDENCE_COSINE))
                        .count());
                goodUnlisted.put(job.id(), (int) results.entrySet().stream()
                        .filter(e -> !e.getValue().hasEvidence(EVIDENCE_COSINE) && grades.get(e.getKey()) >= 2)
                        .count());
                final String query = baselineQuery(job);
                final double[] bm25 = bigrams.scores(HangulBigrams.tokens(query));
                final Map<String, Double> bigramScores = new LinkedHashMap<>();
                for (int i = 0; i < set.resumes().size(); i++) {
                    bigramScores.put(set.resumes().get(i).id(), bm25[i]);
                }
                record(ndcg, BM25_BIGRAMS, job, grades, bigramScores, Double::doubleValue);
                final Map<String, Double> noriScores = new LinkedHashMap<>();
                texts.keySet().forEach(id -> noriScores.put(id, 0.0));
                noriScores.putAll(nori.scores(query));
                record(ndcg, "BM25, Lucene + Nori/Porter", job, grades, noriScores, Double::doubleValue);
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
                .append("), recommended at or above match.recommended.threshold (")
                .append(emit.threshold().toPlainString())
                .append("), and pairs listed (sharing evidence: a skill, or cosine ≥ ")
                .append(EVIDENCE_COSINE.toPlainString())
                .append(
                        ")\n\n| job | family | lang | matching | BM25 bigrams | BM25 Nori | events ≥ min | recommended |"
                                + " listed | grade ≥ 2 not listed |\n")
                .append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (final QualitySets.RankingJob job : set.jobs()) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s %s | %s | %s | %.3f | %.3f | %.3f | %d | %d | %d | %d |%n",
                    job.id(),
                    job.title(),
                    job.family(),
                    job.lang(),
                    ndcg.get(MATCHING).get(job.id())[0],
                    ndcg.get(BM25_BIGRAMS).get(job.id())[0],
                    ndcg.get("BM25, Lucene + Nori/Porter").get(job.id())[0],
                    matchesPerJob.get(job.id()),
                    recommendedPerJob.get(job.id()),
                    listedPerJob.get(job.id()),
                    goodUnlisted.get(job.id())));
        }
        report.append(
                "\n### Events and recommendations by grade (default thresholds)\n\n"
                        + "| grade | pairs | match.calculated (≥ min score) | recommended (≥ threshold) |\n|---:|---:|---:|---:|\n");
        for (int g = 3; g >= 0; g--) {
            report.append(String.format(
                    Locale.ROOT, "| %d | %d | %d | %d |%n", g, byGrade[g][0], byGrade[g][1], byGrade[g][2]));
        }
        // Calibration gate: the default thresholds keep events and recommendations for strong fits, not others.
        final int recommended = byGrade[0][2] + byGrade[1][2] + byGrade[2][2] + byGrade[3][2];
        assertThat(byGrade[3][1])
                .as("strong fits emitting match.calculated")
                .isGreaterThanOrEqualTo(byGrade[3][0] * 9 / 10);
        assertThat(byGrade[3][2]).as("strong fits recommended").isGreaterThanOrEqualTo(byGrade[3][0] / 2);
        assertThat(byGrade[0][2] + byGrade[1][2])
                .as("weak or unrelated pairs recommended")
                .isLessThanOrEqualTo(recommended / 5);
        // The gates: ranking quality per language, against the lexical baseline, and no job left blank.
        for (final String lang : List.of("ko", "en", "all")) {
            final double ours = mean(set, ndcg.get(MATCHING), lang);
            final double baseline = mean(set, ndcg.get(BM25_BIGRAMS), lang);
            assertThat(ours).as("NDCG@5 of matching, " + lang).isGreaterThanOrEqualTo(0.85);
            assertThat(ours).as("matching vs BM25 NDCG@5, " + lang).isGreaterThan(baseline);
        }
        assertThat(mean(set, ndcg.get(MATCHING), "all") - mean(set, ndcg.get(BM25_BIGRAMS), "all"))
                .as("matching beats BM25 overall by")
                .isGreaterThanOrEqualTo(0.05);
        // Per language, as the issue asks: +0.05 for each.
        assertThat(mean(set, ndcg.get(MATCHING), "en") - mean(set, ndcg.get(BM25_BIGRAMS), "en"))
                .as("matching beats BM25 on English jobs by")
                .isGreaterThanOrEqualTo(0.05);
        assertThat(mean(set, ndcg.get(MATCHING), "ko") - mean(set, ndcg.get(BM25_BIGRAMS), "ko"))
                .as("matching beats BM25 on Korean jobs by")
                .isGreaterThanOrEqualTo(0.05);
        assertThat(listedPerJob)
                .as("candidates listed per job")
                .allSatisfy((job, n) -> assertThat(n).isPositive());
        // Sanity: the lexical baseline must find something, or the harness is broken.
        final double bigramAll = set.jobs().stream()
                .mapToDouble(j -> ndcg.get(BM25_BIGRAMS).get(j.id())[0])
                .average()
                .orElseThrow();
        assertThat(bigramAll).isGreaterThan(0.3);
        assertThat(Vectors.fastNorm(hashing.embed(List.of("자바 백엔드"))[0])).isCloseTo(1.0, within());
    }

    private static double mean(
            final QualitySets.RankingSet set, final Map<String, double[]> perJob, final String lang) {
        return set.jobs().stream()
                .filter(j -> lang.equals("all") || j.lang().equals(lang))
                .mapToDouble(j -> perJob.get(j.id())[0])
                .average()
                .orElseThrow();
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
