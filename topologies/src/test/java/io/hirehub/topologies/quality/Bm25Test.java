package io.hirehub.topologies.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void shouldSplitHangulIntoBigramsAndKeepLatinWords() {
        assertThat(HangulBigrams.tokens("간호사를 모집, RN-license 2년 & 병"))
                .containsExactly("간호", "호사", "사를", "모집", "rn", "license", "2", "년", "병");
    }

    @Test
    void shouldRankTheDocumentSharingRarerTermsFirst() {
        final Bm25 bm25 = new Bm25(List.of(
                HangulBigrams.tokens("간호사 병동 근무"),
                HangulBigrams.tokens("회계 결산 근무"),
                HangulBigrams.tokens("병동 근무 근무 근무")));
        final double[] scores = bm25.scores(HangulBigrams.tokens("병동 간호사"));
        assertThat(scores[0]).isGreaterThan(scores[2]).isGreaterThan(scores[1]);
        assertThat(scores[1]).isZero();
    }

    @Test
    void shouldScoreWithTheOkapiFormula() {
        // One matching document of two, tf 1, length equal to the average: idf × (k1 + 1) / (1 + k1).
        final Bm25 bm25 = new Bm25(List.of(List.of("a", "b"), List.of("c", "d")));
        final double idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
        assertThat(bm25.scores(List.of("a"))[0]).isCloseTo(idf, within(1e-12));
    }

    @Test
    void shouldAnalyseKoreanWithNoriAndEnglishWithPorter() throws Exception {
        try (NoriBm25Ranker.KoreanEnglishAnalyzer analyzer = new NoriBm25Ranker.KoreanEnglishAnalyzer()) {
            assertThat(NoriBm25Ranker.analyze(analyzer, "간호사를 모집합니다. Nurses managing wards"))
                    .contains("간호", "모집", "nurs", "manag", "ward")
                    .doesNotContain("를");
        }
        try (NoriBm25Ranker ranker = new NoriBm25Ranker(Map.of("a", "병동 간호사 5년", "b", "회계 결산 담당"))) {
            assertThat(ranker.scores("간호사 모집")).containsOnlyKeys("a");
        }
    }
}
