package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TextTermsTest {

    @Test
    void shouldSplitHangulRunsIntoBigramsAndKeepOneSyllableWordsWhole() {
        assertThat(TextTerms.counts("간호사를 간호 및")).isEqualTo(Map.of("간호", 2, "호사", 1, "사를", 1, "및", 1));
    }

    @Test
    void shouldLowerCaseEnglishWordsFoldPluralsAndDropFunctionWords() {
        assertThat(TextTerms.counts("The Registered Nurses and a nurse, AWS, analyses"))
                .isEqualTo(Map.of("registered", 1, "nurse", 2, "aws", 1, "analyse", 1));
    }

    @Test
    void shouldSeparateHangulFromLatinInOneWord() {
        assertThat(TextTerms.counts("Java를 3년")).isEqualTo(Map.of("java", 1, "를", 1, "3", 1, "년", 1));
    }

    @Test
    void shouldGiveNothingForNullOrPunctuation() {
        assertThat(TextTerms.counts(null)).isEmpty();
        assertThat(TextTerms.counts(" .,;- ")).isEmpty();
    }
}
