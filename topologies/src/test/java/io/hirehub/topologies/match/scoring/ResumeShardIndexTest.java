package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.match.vectors.PreselectMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResumeShardIndexTest {

    private static final int DIMS = 32;
    private final MatchScorer scorer = MatchScorer.defaults();

    private static MatchSettings settings(final int topN, final int factor) {
        return new MatchSettings(
                topN, factor, MatchWeights.DEFAULTS, SkillScoreSettings.DEFAULTS, RecommendationSettings.DEFAULTS);
    }

    private List<MatchResult> naiveTop(final JobMatchProfile job, final List<ResumeMatchProfile> resumes, final int n) {
        final List<MatchResult> all = new ArrayList<>();
        for (final ResumeMatchProfile resume : resumes) {
            all.add(scorer.score(job, resume));
        }
        all.sort(Ranking.BY_SCORE_THEN_RESUME);
        return all.subList(0, Math.min(n, all.size()));
    }

    private static List<String> keys(final List<MatchResult> results) {
        return results.stream()
                .map(r -> r.resumeId() + "=" + r.overallScore().toPlainString())
                .toList();
    }

    @Test
    void shouldScoreResumesHoldingAJobSkillEvenWhenTheirVectorsAreFar() {
        final MatchScorer skillOnly = new MatchScorer(
                new MatchWeights(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                SkillScoreSettings.DEFAULTS,
                SkillCanonicalizer.identity());
        final ResumeShardIndex index = new ResumeShardIndex(skillOnly, settings(1, 1), DIMS);
        final float[] near = unit(0);
        index.put(Fixtures.resume().id("near-1").skillNames().embedding(near).build());
        index.put(Fixtures.resume().id("near-2").skillNames().embedding(near).build());
        index.put(Fixtures.resume()
                .id("far")
                .skillNames("Java")
                .embedding(unit(1))
                .build());
        final JobMatchProfile job =
                Fixtures.job().required("Java").preferred().embedding(near).build();

        assertThat(index.topForJob(job, 1))
                .as("pre-selection keeps one near resume; the skill index adds the far one that holds Java")
                .extracting(MatchResult::resumeId)
                .containsExactly("far");

        index.remove("far");
        assertThat(index.topForJob(job, 1)).extracting(MatchResult::resumeId).doesNotContain("far");
    }

    private static float[] unit(final int axis) {
        final float[] v = new float[DIMS];
        v[axis] = 1;
        return v;
    }

    @ParameterizedTest
    @EnumSource(PreselectMode.class)
    void shouldEqualANaiveSortWhenCandidatesCoverTheShard(final PreselectMode mode) {
        final RandomProfiles random = new RandomProfiles(5, DIMS);
        final List<ResumeMatchProfile> resumes = new ArrayList<>();
        final ResumeShardIndex index =
                new ResumeShardIndex(scorer, settings(20, 50).withPreselect(mode, 3), DIMS);
        for (int i = 0; i < 900; i++) {
            final ResumeMatchProfile resume = random.resume(i);
            resumes.add(resume);
            index.put(resume);
        }
        for (int j = 0; j < 15; j++) {
            final JobMatchProfile job = random.job(j);
            assertThat(keys(index.topForJob(job))).as("job %d", j).isEqualTo(keys(naiveTop(job, resumes, 20)));
        }
    }

    @ParameterizedTest
    @EnumSource(PreselectMode.class)
    void shouldRankOnlyPreselectedCandidatesByExactScoreForAJobWithoutSkills(final PreselectMode mode) {
        final RandomProfiles random = new RandomProfiles(9, DIMS);
        final ResumeShardIndex index =
                new ResumeShardIndex(scorer, settings(10, 4).withPreselect(mode, 5), DIMS);
        final List<ResumeMatchProfile> resumes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            resumes.add(random.resume(i));
        }
        index.putAll(resumes);
        // Without skills the job has no skill holders to add: its candidates are the vector pre-selection alone.
        final JobMatchProfile job = Fixtures.job()
                .required()
                .preferred()
                .embedding(random.job(0).embedding())
                .build();
        final List<String> candidates = index.preselect(job.embedding(), 40);
        final List<ResumeMatchProfile> candidateProfiles =
                resumes.stream().filter(r -> candidates.contains(r.resumeId())).toList();
        assertThat(candidateProfiles).hasSize(40);
        assertThat(keys(index.topForJob(job))).isEqualTo(keys(naiveTop(job, candidateProfiles, 10)));
    }

    @ParameterizedTest
    @EnumSource(PreselectMode.class)
    void shouldFollowUpdatesAndRemovals(final PreselectMode mode) {
        final ResumeShardIndex index =
                new ResumeShardIndex(scorer, settings(10, 4).withPreselect(mode, 2), 2);
        index.put(Fixtures.resume().id("a").embedding(new float[] {1, 0}).build());
        index.put(Fixtures.resume()
                .id("b")
                .skillNames("Excel")
                .embedding(new float[] {0, 1})
                .build());
        final JobMatchProfile job = Fixtures.job().embedding(new float[] {1, 0}).build();
        assertThat(index.topForJob(job)).extracting(MatchResult::resumeId).containsExactly("a", "b");

        index.put(
                Fixtures.resume().id("b").embedding(new float[] {1, 0}).years(6).build());
        index.put(Fixtures.resume()
                .id("a")
                .skillNames("Excel")
                .embedding(new float[] {0, 1})
                .build());
        assertThat(index.topForJob(job)).extracting(MatchResult::resumeId).containsExactly("b", "a");

        assertThat(index.remove("b")).isTrue();
        assertThat(index.remove("b")).isFalse();
        assertThat(index.topForJob(job)).extracting(MatchResult::resumeId).containsExactly("a");
        assertThat(index.get("b")).isNull();
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void shouldAlwaysScoreResumesWithoutEmbedding() {
        final ResumeShardIndex index = new ResumeShardIndex(scorer, settings(1, 1), 2);
        for (int i = 0; i < 5; i++) {
            index.put(Fixtures.resume()
                    .id("far" + i)
                    .skillNames("Excel")
                    .embedding(new float[] {0, 1})
                    .build());
        }
        index.put(Fixtures.resume().id("plain").build());
        final List<MatchResult> top =
                index.topForJob(Fixtures.job().embedding(new float[] {1, 0}).build(), 1);
        assertThat(top).extracting(MatchResult::resumeId).containsExactly("plain");
        // embedding arrives later: the resume moves into the vector store
        index.put(Fixtures.resume().id("plain").embedding(new float[] {1, 0}).build());
        assertThat(index.preselect(new float[] {1, 0}, 1)).containsExactly("plain");
    }

    @Test
    void shouldScoreTheWholeShardForAJobWithoutEmbedding() {
        final ResumeShardIndex index = new ResumeShardIndex(scorer, settings(1, 1), 2);
        index.put(Fixtures.resume()
                .id("weak")
                .skillNames("Excel")
                .embedding(new float[] {1, 0})
                .build());
        index.put(Fixtures.resume().id("strong").embedding(new float[] {0, 1}).build());
        assertThat(index.topForJob(Fixtures.job().build()))
                .extracting(MatchResult::resumeId)
                .containsExactly("strong");
    }

    @Test
    void shouldScoreOnePairAndRejectBadN() {
        final ResumeShardIndex index = new ResumeShardIndex(scorer, MatchSettings.DEFAULTS, 2);
        index.put(Fixtures.resume().build());
        assertThat(index.score(scorer.prepare(Fixtures.job().build()), "resume-1")
                        .overallScore())
                .isEqualByComparingTo("62.16");
        assertThat(index.score(scorer.prepare(Fixtures.job().build()), "nope")).isNull();
        assertThatThrownBy(() -> index.topForJob(Fixtures.job().build(), 0)).hasMessage("n must be > 0, got 0");
    }

    @Test
    void shouldRebuildTheSameIndexFromReplayedProfiles() {
        final RandomProfiles random = new RandomProfiles(21, DIMS);
        final ResumeShardIndex live = new ResumeShardIndex(scorer, settings(15, 4), DIMS);
        for (int i = 0; i < 400; i++) {
            live.put(random.resume(i % 300));
            if (i % 7 == 0) {
                live.remove("resume-" + (i / 2));
            }
        }
        final List<ResumeMatchProfile> changelog = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            final ResumeMatchProfile profile = live.get("resume-" + i);
            if (profile != null) {
                changelog.add(profile);
            }
        }
        final ResumeShardIndex restored = new ResumeShardIndex(scorer, settings(15, 4), DIMS);
        restored.putAll(changelog);
        assertThat(restored.size()).isEqualTo(live.size());
        final JobMatchProfile job = random.job(1);
        assertThat(keys(restored.topForJob(job))).isEqualTo(keys(live.topForJob(job)));
    }
}
