package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BreakdownJsonTest {

    private final ScoreBreakdown breakdown = MatchScorer.defaults()
            .score(
                    Fixtures.job().embedding(new float[] {0.6f, 0.8f}).build(),
                    Fixtures.resume().embedding(new float[] {1, 0}).build())
            .breakdown();

    @Test
    void shouldWriteSnakeCaseFieldsAndPlainDecimals() {
        final String json = BreakdownJson.write(breakdown);
        assertThat(json).startsWith("{\"overall\":");
        assertThat(json)
                .contains("\"components\":[{\"name\":\"skill\",\"score\":73.85,\"weight\":0.3000,\"known\":true}");
        assertThat(json).contains("\"matched_required\":[\"Java\",\"Spring\",\"PostgreSQL\"]");
        assertThat(json).contains("\"missing_required\":[\"Kafka\"]");
        assertThat(json).contains("\"related\":[\"Kafka\",\"Kubernetes\"]");
        assertThat(json).contains("\"required_total\":4");
        assertThat(json).contains("\"fit\":\"within\"", "\"level\":\"mid\"", "\"resume_years\":5");
        assertThat(json).contains("\"location_fit\":\"same_region\"", "\"salary_fit\":\"overlap\"");
        assertThat(json).contains("\"cosine\":0.6000");
        assertThat(json).doesNotContain("E+", "E-");
    }

    @Test
    void shouldReadBackWhatItWrote() {
        final ScoreBreakdown read = BreakdownJson.read(BreakdownJson.write(breakdown));
        assertThat(read).isEqualTo(breakdown);
        assertThat(read.overall()).hasScaleOf(2);
    }
}
