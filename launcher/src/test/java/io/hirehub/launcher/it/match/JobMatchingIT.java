package io.hirehub.launcher.it.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.it.DevStackParts;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.testsupport.SharedStack;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A job committed in PostgreSQL reaches matching through CDC, is built into a profile, embedded and
 * scored against the resume profiles: its top-N is queryable with the fitting resume first, and the
 * write-back writes the pair's {@code matches} row under the pair's one match id.
 */
class JobMatchingIT {

    @Test
    void shouldRankTheFittingResumeFirstAndWriteItsMatchesRow() throws Exception {
        try (DataTargets targets = DevStackParts.targets(SharedStack.get())) {
            final MatchingScenario scenario = MatchingScenario.start(targets);

            scenario.awaitStrongResumeFirst();
            final Map<String, Object> row = scenario.awaitStrongRow();

            assertThat((BigDecimal) row.get("overall_score")).isGreaterThan(new BigDecimal("50.00"));
            assertThat((String) row.get("score_breakdown")).contains("components");
            assertThat((String) row.get("ai_reasoning")).isNotBlank();
            assertThat(row.get("user_id")).isEqualTo(scenario.strong.toString());
            // The write-back's row id is the pair's match id (PairKey.matchId), one formula for every writer.
            assertThat(row.get("id"))
                    .isEqualTo(new PairKey(scenario.job.toString(), scenario.strongResume.toString())
                            .matchId()
                            .toString());
        }
    }
}
