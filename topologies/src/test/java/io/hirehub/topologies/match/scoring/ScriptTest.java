package io.hirehub.topologies.match.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptTest {

    @ParameterizedTest
    @CsvSource({"간호, HANGUL", "ㅋㅋ, HANGUL", "nurse, LATIN", "café, LATIN", "3년, HANGUL", "c++, LATIN", "2024, ", "看护, "
    })
    void shouldTellTheScriptOfAWordByItsFirstLetter(final String word, final Script expected) {
        assertThat(Script.of(word)).isEqualTo(expected);
    }

    @Test
    void shouldWeighTermsByTheirCounts() {
        assertThat(Script.dominant(Map.of("간호", 3, "nurse", 2))).isEqualTo(Script.HANGUL);
        assertThat(Script.dominant(Map.of("간호", 1, "nurse", 2))).isEqualTo(Script.LATIN);
        assertThat(Script.dominant(Map.of("간호", 2, "nurse", 2))).isNull();
        assertThat(Script.dominant(Map.<String, Integer>of())).isNull();
        assertThat(Script.dominant(List.of("시니어", "백엔드", "java"))).isEqualTo(Script.HANGUL);
    }

    @Test
    void shouldDifferOnlyWhenBothSidesHaveAScript() {
        assertThat(Script.differ(Script.HANGUL, Script.LATIN)).isTrue();
        assertThat(Script.differ(Script.HANGUL, Script.HANGUL)).isFalse();
        assertThat(Script.differ(null, Script.LATIN)).isFalse();
    }
}
