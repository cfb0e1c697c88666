package io.hirehub.schemas.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PairKeyTest {

    private static final String JOB = "00000000-0000-0000-0000-00000000000a";
    private static final String RESUME = "00000000-0000-0000-0000-0000000000e1";

    @Test
    void shouldFormatAndParseBothWays() {
        final PairKey pair = new PairKey(JOB, RESUME);

        assertThat(pair.format()).isEqualTo(JOB + ":" + RESUME).isEqualTo(pair.toString());
        assertThat(pair.formatByResume()).isEqualTo(RESUME + ":" + JOB);
        assertThat(PairKey.parse(pair.format())).isEqualTo(pair);
        assertThat(PairKey.parseByResume(pair.formatByResume())).isEqualTo(pair);
        assertThat(pair.jobUuid()).isEqualTo(UUID.fromString(JOB));
        assertThat(pair.resumeUuid()).isEqualTo(UUID.fromString(RESUME));
    }

    @Test
    void shouldScanOneJobsOrOneResumesKeysByPrefix() {
        assertThat(new PairKey(JOB, RESUME).format()).startsWith(PairKey.jobPrefix(JOB));
        assertThat(new PairKey(JOB, RESUME).formatByResume()).startsWith(PairKey.resumePrefix(RESUME));
        assertThat(PairKey.jobPrefix("job-1")).isEqualTo("job-1:");
    }

    /** The formula is pinned: matches rows already written keep their ids. */
    @Test
    void shouldGiveAPairOneMatchIdForEver() {
        final PairKey pair = new PairKey(JOB, RESUME);

        assertThat(pair.matchId())
                .isEqualTo(UUID.fromString("c27ef844-b23a-3f91-9871-43656e91b20d"))
                .isEqualTo(PairKey.parse(pair.format()).matchId())
                .isNotEqualTo(new PairKey(RESUME, JOB).matchId());
    }

    @Test
    void shouldRefuseMalformedKeysNamingTheShape() {
        assertThatThrownBy(() -> PairKey.parse("not-a-pair"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("key must be {job_id}:{resume_id}, got 'not-a-pair'");
        assertThatThrownBy(() -> PairKey.parse(":" + RESUME))
                .hasMessage("key must be {job_id}:{resume_id}, got ':" + RESUME + "'");
        assertThatThrownBy(() -> PairKey.parse(JOB + ":")).hasMessageContaining("{job_id}:{resume_id}");
        assertThatThrownBy(() -> PairKey.parse(null)).hasMessage("key must be {job_id}:{resume_id}, got 'null'");
        assertThatThrownBy(() -> PairKey.parseByResume("x")).hasMessageContaining("{resume_id}:{job_id}");
    }

    @Test
    void shouldRefuseIdsThatWouldNotParseBack() {
        assertThatThrownBy(() -> new PairKey("a:b", RESUME))
                .hasMessage("first part of a composite key must not contain ':', got 'a:b'");
        assertThatThrownBy(() -> new PairKey("", RESUME)).hasMessage("first part of a composite key must not be empty");
        assertThatThrownBy(() -> new PairKey(JOB, null)).hasMessage("second part of a composite key must not be empty");
    }

    @Test
    void shouldKeepEverythingAfterTheFirstSeparatorInTheSecondPart() {
        assertThat(PairKey.parse("job:resume:with:colons").resumeId()).isEqualTo("resume:with:colons");
    }

    @Test
    void shouldReadJobSkillKeysTheSameWay() {
        final JobSkillKey key = JobSkillKey.parse(JOB + ":skill-7");

        assertThat(key).isEqualTo(new JobSkillKey(JOB, "skill-7"));
        assertThat(key.format()).isEqualTo(JOB + ":skill-7").startsWith(JobSkillKey.jobPrefix(JOB));
        assertThatThrownBy(() -> JobSkillKey.parse("no-separator"))
                .hasMessage("key must be {job_id}:{skill_id}, got 'no-separator'");
    }
}
