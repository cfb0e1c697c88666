package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.JobStatus;
import io.hirehub.topologies.match.vectors.PreselectMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JobIndexTest {

    private static final Instant NOW = Fixtures.NOW;
    private final MatchScorer scorer = MatchScorer.defaults();

    private JobIndex index(final int dims) {
        return new JobIndex(scorer, MatchSettings.DEFAULTS, dims);
    }

    @Test
    void shouldReturnOnlyMatchableJobs() {
        final JobIndex index = index(2);
        index.put(Fixtures.job().id("open").embedding(new float[] {1, 0}).build());
        index.put(Fixtures.job()
                .id("expired")
                .expiresAt(NOW.minusSeconds(60))
                .embedding(new float[] {1, 0})
                .build());
        index.put(Fixtures.job()
                .id("draft")
                .status(JobStatus.DRAFT)
                .embedding(new float[] {1, 0})
                .build());
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.topForResume(
                        Fixtures.resume().embedding(new float[] {1, 0}).build(), NOW, 10))
                .extracting(MatchResult::jobId)
                .containsExactly("open");
        assertThat(index.expired(NOW)).containsExactly("expired");
        // before its expiry the job is matchable
        assertThat(index.topForResume(
                        Fixtures.resume().embedding(new float[] {1, 0}).build(), NOW.minusSeconds(3600), 10))
                .extracting(MatchResult::jobId)
                .containsExactlyInAnyOrder("open", "expired");
    }

    @Test
    void shouldDropAJobThatCloses() {
        final JobIndex index = index(2);
        index.put(Fixtures.job().id("j").embedding(new float[] {1, 0}).build());
        index.put(Fixtures.job()
                .id("j")
                .status(JobStatus.CLOSED)
                .embedding(new float[] {1, 0})
                .build());
        assertThat(index.size()).isZero();
        assertThat(index.get("j")).isNull();
        assertThat(index.topForResume(Fixtures.resume().build(), NOW, 5)).isEmpty();
        assertThat(index.remove("j")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(PreselectMode.class)
    void shouldEqualANaiveSortWhenCandidatesCoverAllJobs(final PreselectMode mode) {
        final RandomProfiles random = new RandomProfiles(13, 24);
        final JobIndex index = new JobIndex(
                scorer,
                new MatchSettings(
                                10,
                                100,
                                MatchWeights.DEFAULTS,
                                SkillScoreSettings.DEFAULTS,
                                RecommendationSettings.DEFAULTS)
                        .withPreselect(mode, 2),
                24);
        final List<JobMatchProfile> jobs = new ArrayList<>();
        for (int j = 0; j < 600; j++) {
            final JobMatchProfile job = random.job(j);
            jobs.add(job);
            index.put(job);
        }
        for (int r = 0; r < 10; r++) {
            final ResumeMatchProfile resume = random.resume(r);
            final List<MatchResult> naive = new ArrayList<>();
            for (final JobMatchProfile job : jobs) {
                naive.add(scorer.score(job, resume));
            }
            naive.sort(Ranking.BY_SCORE_THEN_JOB);
            assertThat(index.topForResume(resume, NOW, 10))
                    .extracting(MatchResult::jobId)
                    .containsExactlyElementsOf(naive.subList(0, 10).stream()
                            .map(MatchResult::jobId)
                            .toList());
        }
    }

    @Test
    void shouldScoreJobsWithoutEmbeddingAndResumesWithoutEmbedding() {
        final JobIndex index = index(2);
        index.put(Fixtures.job().id("plain").build());
        index.put(Fixtures.job()
                .id("vec")
                .required("Go")
                .embedding(new float[] {0, 1})
                .build());
        assertThat(index.topForResume(
                        Fixtures.resume().embedding(new float[] {1, 0}).build(), NOW, 1))
                .extracting(MatchResult::jobId)
                .containsExactly("plain");
        assertThat(index.topForResume(Fixtures.resume().build(), NOW, 5)).hasSize(2);
    }
}
