package io.hirehub.launcher.it.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.MatchFeedbackLabelled;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.it.DevStackParts;
import io.hirehub.testsupport.SharedStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A jobseeker's feedback row on a match ({@code match_feedback}, by {@code match_id}) comes through
 * CDC and is labelled with that match's scores, found through the {@code matches} row the
 * write-back wrote.
 */
class FeedbackLabellingIT {

    @Test
    void shouldLabelFeedbackWithTheScoresOfItsMatch() throws Exception {
        try (DataTargets targets = DevStackParts.targets(SharedStack.get())) {
            final MatchingScenario scenario = MatchingScenario.start(targets);
            final Map<String, Object> row = scenario.awaitStrongRow();

            final UUID feedback = UUID.randomUUID();
            try (Connection c = scenario.stack.connection();
                    PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO match_service.match_feedback (id, match_id, feedback_type, feedback_by) "
                                    + "VALUES (?, ?, 'hired', ?)")) {
                ps.setObject(1, feedback);
                ps.setObject(2, UUID.fromString((String) row.get("id")));
                ps.setObject(3, scenario.strong);
                ps.executeUpdate();
            }

            final MatchFeedbackLabelled labelled = MatchingScenario.readLabelled(feedback);
            assertThat(labelled.getFeedbackType()).isEqualTo("hired");
            assertThat(labelled.getResumeId()).isEqualTo(scenario.strongResume);
            assertThat(labelled.getOverallScore()).isEqualTo(row.get("overall_score"));
            assertThat(labelled.getScoreBreakdown()).contains("components");
        }
    }
}
