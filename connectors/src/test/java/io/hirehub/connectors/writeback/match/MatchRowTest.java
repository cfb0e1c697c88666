package io.hirehub.connectors.writeback.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.derived.MatchDetail;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchRowTest {

    private static final UUID JOB = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID RESUME = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

    @Test
    void shouldMapEveryDetailFieldToItsColumn() {
        final MatchDetail d = MatchDetail.newBuilder()
                .setJobId(JOB)
                .setResumeId(RESUME)
                .setUserId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"))
                .setOverallScore(new BigDecimal("81.25"))
                .setSkillScore(new BigDecimal("90.00"))
                .setExperienceScore(new BigDecimal("70.00"))
                .setCultureScore(new BigDecimal("50.00"))
                .setSemanticScore(new BigDecimal("88.00"))
                .setScoreBreakdown("{\"overall\":81.25}")
                .setAiReasoning("스킬이 잘 맞습니다.")
                .setIsRecommended(true)
                .setCalculatedAt(Instant.parse("2026-11-26T08:00:00Z"))
                .build();

        final MatchRow row = MatchRow.of(d);

        // The pair's match id (PairKey.matchId), pinned: rows already written keep their ids.
        assertThat(row.id()).isEqualTo(UUID.fromString("c27ef844-b23a-3f91-9871-43656e91b20d"));
        assertThat(row.overallScore()).isEqualByComparingTo("81.25");
        assertThat(row.cultureScore()).isEqualByComparingTo("50.00");
        assertThat(row.recommended()).isTrue();
        assertThat(row.aiReasoning()).isEqualTo("스킬이 잘 맞습니다.");
        assertThat(row.calculatedAt()).isEqualTo(Instant.parse("2026-11-26T08:00:00Z"));
    }

    @Test
    void shouldRefuseASchemaNameThatIsNotAnIdentifier() {
        assertThatThrownBy(() -> new MatchRowWriter("match_service; drop table x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("match write-back schema must match [a-z_][a-z0-9_]*, got 'match_service; drop table x'");
    }
}
