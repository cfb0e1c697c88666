package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.Proficiency;
import io.hirehub.topologies.match.scoring.Fixtures;
import io.hirehub.topologies.match.scoring.HeldSkill;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProfileCodecTest {

    @Test
    void shouldRoundTripAJobProfile() {
        final JobMatchProfile job = Fixtures.job()
                .expiresAt(Instant.parse("2026-12-31T23:59:59.123456Z"))
                .embedding(Fixtures.randomUnit(new Random(1), 1536))
                .build();
        final byte[] bytes = ProfileCodec.writeJob(job);
        final JobMatchProfile read = ProfileCodec.readJob(bytes);
        assertThat(read.sameScoringInputs(job)).isTrue();
        assertThat(read.expiresAt()).isEqualTo(job.expiresAt());
        assertThat(bytes.length).isBetween(6144, 6600);
    }

    @Test
    void shouldRoundTripNullsAndEmptyLists() {
        final JobMatchProfile sparse = new JobMatchProfile(
                "j", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(ProfileCodec.readJob(ProfileCodec.writeJob(sparse)).sameScoringInputs(sparse))
                .isTrue();
        final ResumeMatchProfile resume = new ResumeMatchProfile("r", "u", null, null, null, null, null, null, null);
        assertThat(ProfileCodec.readResume(ProfileCodec.writeResume(resume)).sameScoringInputs(resume))
                .isTrue();
    }

    @Test
    void shouldRoundTripAResumeProfileWithSkills() {
        final ResumeMatchProfile resume = Fixtures.resume()
                .skills(new HeldSkill("Java", 5, Proficiency.EXPERT), new HeldSkill("쿠버네티스", null, null))
                .embedding(new float[] {0.5f, -0.25f})
                .build();
        final ResumeMatchProfile read = ProfileCodec.readResume(ProfileCodec.writeResume(resume));
        assertThat(read.sameScoringInputs(resume)).isTrue();
        assertThat(read.skills()).containsExactlyElementsOf(resume.skills());
    }

    @Test
    void shouldRoundTripTextTermsAndStillReadProfilesStoredBeforeThem() {
        final JobMatchProfile job = Fixtures.job().build();
        final JobMatchProfile withTerms = new JobMatchProfile(
                job.jobId(),
                job.companyId(),
                job.title(),
                job.status(),
                job.expiresAt(),
                job.requiredSkills(),
                job.preferredSkills(),
                job.experienceMin(),
                job.experienceMax(),
                job.experienceLevel(),
                job.salaryMin(),
                job.salaryMax(),
                job.location(),
                job.remoteType(),
                job.companySize(),
                job.companyIndustry(),
                job.companyLocation(),
                job.embedding(),
                Map.of("백엔", 2, "kafka", 1));
        assertThat(ProfileCodec.readJob(ProfileCodec.writeJob(withTerms)).terms())
                .isEqualTo(Map.of("백엔", 2, "kafka", 1));

        // Version 1 (no terms) is version 2 with format byte 1 and without the trailing term count.
        final byte[] v2 = ProfileCodec.writeJob(job);
        final byte[] v1 = Arrays.copyOf(v2, v2.length - 4);
        v1[0] = 1;
        final JobMatchProfile read = ProfileCodec.readJob(v1);
        assertThat(read.terms()).isEmpty();
        assertThat(read.sameScoringInputs(job)).isTrue();
    }

    @Test
    void shouldRejectBytesOfTheOtherTypeTruncatedOrTrailing() {
        final byte[] job = ProfileCodec.writeJob(Fixtures.job().build());
        assertThatThrownBy(() -> ProfileCodec.readResume(job))
                .hasMessage("not a resume profile (format byte 3, expected 2 or 4)");
        assertThatThrownBy(() -> ProfileCodec.readJob(Arrays.copyOf(job, job.length - 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("truncated or corrupt profile bytes");
        assertThatThrownBy(() -> ProfileCodec.readJob(Arrays.copyOf(job, job.length + 2)))
                .hasMessage("trailing 2 bytes after profile");
    }
}
