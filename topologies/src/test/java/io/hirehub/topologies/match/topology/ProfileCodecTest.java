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
