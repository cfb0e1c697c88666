package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.JobStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void shouldRejectInvertedOrNegativeRanges() {
        assertThatThrownBy(() -> Fixtures.job().years(7, 3).build())
                .hasMessage("experience_min (7) must be <= experience_max (3)");
        assertThatThrownBy(() -> Fixtures.job().salary(-1, 3).build()).hasMessage("salary_min must be >= 0, got -1");
        assertThatThrownBy(() -> Fixtures.resume().salary(6000, 5000).build())
                .hasMessage("desired_salary_min (6000) must be <= desired_salary_max (5000)");
        assertThatThrownBy(() -> Fixtures.resume().years(-2).build())
                .hasMessage("experience_years must be >= 0, got -2");
        assertThatThrownBy(() -> new HeldSkill("Java", -1, null))
                .hasMessage("resume_skills.years must be >= 0, got -1");
    }

    @Test
    void shouldRejectBlankIdsAndSkillNames() {
        assertThatThrownBy(() -> Fixtures.job().id(" ").build()).hasMessage("job_id must not be blank");
        assertThatThrownBy(() -> Fixtures.resume().user(null).build()).hasMessage("user_id must not be blank");
        assertThatThrownBy(() -> Fixtures.job().required("Java", "").build())
                .hasMessage("required_skills must not contain a blank skill name");
        assertThatThrownBy(() -> new HeldSkill(" ", 1, null)).hasMessage("resume_skills.skill_name must not be blank");
    }

    @Test
    void shouldCopySkillListsDefensively() {
        final List<String> required = new ArrayList<>(List.of("Java"));
        final JobMatchProfile job = new JobMatchProfile(
                "j",
                "c",
                "t",
                JobStatus.OPEN,
                null,
                required,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        required.add("Go");
        assertThat(job.requiredSkills()).containsExactly("Java");
        assertThat(job.preferredSkills()).isEmpty();
    }

    @Test
    void shouldBeMatchableOnlyWhenOpenAndNotExpired() {
        final Instant now = Fixtures.NOW;
        assertThat(Fixtures.job().build().isMatchable(now)).isTrue();
        assertThat(Fixtures.job().expiresAt(null).build().isMatchable(now)).isTrue();
        assertThat(Fixtures.job().expiresAt(now).build().isMatchable(now)).isFalse();
        assertThat(Fixtures.job().expiresAt(now.minusSeconds(1)).build().isMatchable(now))
                .isFalse();
        assertThat(Fixtures.job().status(JobStatus.DRAFT).build().isMatchable(now))
                .isFalse();
        assertThat(Fixtures.job().status(JobStatus.CLOSED).build().isMatchable(now))
                .isFalse();
    }

    @Test
    void shouldReplaceTheEmbeddingOnly() {
        final JobMatchProfile job = Fixtures.job().build().withEmbedding(new float[] {1, 2});
        assertThat(job.embedding()).containsExactly(1, 2);
        assertThat(job.title()).isEqualTo("백엔드 개발자 (Java)");
        final ResumeMatchProfile resume = Fixtures.resume().build().withEmbedding(new float[] {3});
        assertThat(Arrays.equals(resume.embedding(), new float[] {3})).isTrue();
        assertThat(resume.totalYears()).isEqualTo(5);
    }

    @Test
    void shouldCompareScoringInputsWithEmbeddingsByContent() {
        final JobMatchProfile job = Fixtures.job().embedding(new float[] {1, 2}).build();
        assertThat(job.sameScoringInputs(
                        Fixtures.job().embedding(new float[] {1, 2}).build()))
                .isTrue();
        assertThat(job.sameScoringInputs(
                        Fixtures.job().embedding(new float[] {1, 3}).build()))
                .isFalse();
        assertThat(job.sameScoringInputs(Fixtures.job()
                        .embedding(new float[] {1, 2})
                        .title("다른 제목")
                        .build()))
                .isFalse();
        assertThat(job.sameScoringInputs(Fixtures.job()
                        .embedding(new float[] {1, 2})
                        .status(JobStatus.CLOSED)
                        .build()))
                .isFalse();
        assertThat(job.sameScoringInputs(null)).isFalse();
        final ResumeMatchProfile resume =
                Fixtures.resume().embedding(new float[] {1}).build();
        assertThat(resume.sameScoringInputs(
                        Fixtures.resume().embedding(new float[] {1}).build()))
                .isTrue();
        assertThat(resume.sameScoringInputs(
                        Fixtures.resume().embedding(new float[] {1}).years(9).build()))
                .isFalse();
        assertThat(resume.sameScoringInputs(Fixtures.resume().build())).isFalse();
    }
}
