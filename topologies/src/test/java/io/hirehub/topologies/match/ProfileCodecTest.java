package io.hirehub.topologies.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProfileCodecTest {

    @Test
    void shouldRoundTripAJobProfile() {
        final JobProfile job = Fixtures.job()
                .expiresAt(Instant.parse("2026-12-31T23:59:59.123456Z"))
                .embedding(Fixtures.randomUnit(new Random(1), 1536))
                .build();
        final byte[] bytes = ProfileCodec.writeJob(job);
        final JobProfile read = ProfileCodec.readJob(bytes);
        assertThat(read.sameScoringInputs(job)).isTrue();
        assertThat(read.expiresAt()).isEqualTo(job.expiresAt());
        assertThat(bytes.length).isBetween(6144, 6600);
    }

    @Test
    void shouldRoundTripNullsAndEmptyLists() {
        final JobProfile sparse = new JobProfile(
                "j", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(ProfileCodec.readJob(ProfileCodec.writeJob(sparse)).sameScoringInputs(sparse))
                .isTrue();
        final ResumeProfile resume = new ResumeProfile("r", "u", null, null, null, null, null, null, null);
        assertThat(ProfileCodec.readResume(ProfileCodec.writeResume(resume)).sameScoringInputs(resume))
                .isTrue();
    }

    @Test
    void shouldRoundTripAResumeProfileWithSkills() {
        final ResumeProfile resume = Fixtures.resume()
                .skills(new ResumeSkill("Java", 5, Proficiency.EXPERT), new ResumeSkill("쿠버네티스", null, null))
                .embedding(new float[] {0.5f, -0.25f})
                .build();
        final ResumeProfile read = ProfileCodec.readResume(ProfileCodec.writeResume(resume));
        assertThat(read.sameScoringInputs(resume)).isTrue();
        assertThat(read.skills()).containsExactlyElementsOf(resume.skills());
    }

    @Test
    void shouldRejectBytesOfTheOtherTypeTruncatedOrTrailing() {
        final byte[] job = ProfileCodec.writeJob(Fixtures.job().build());
        assertThatThrownBy(() -> ProfileCodec.readResume(job))
                .hasMessage("not a resume profile (format byte 1, expected 2)");
        assertThatThrownBy(() -> ProfileCodec.readJob(Arrays.copyOf(job, job.length - 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("truncated or corrupt profile bytes");
        assertThatThrownBy(() -> ProfileCodec.readJob(Arrays.copyOf(job, job.length + 2)))
                .hasMessage("trailing 2 bytes after profile");
    }
}
