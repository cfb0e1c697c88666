package io.hirehub.topologies.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.Values;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    private static final List<Integer> TEN = IntStream.range(0, 10).boxed().toList();

    @ParameterizedTest
    @CsvSource({
        "0, 3, '0,1,2', true",
        "3, 3, '3,4,5', true",
        "8, 3, '8,9', false",
        "9, 1, '9', false",
        "0, 10, '0,1,2,3,4,5,6,7,8,9', false",
        "0, 1000, '0,1,2,3,4,5,6,7,8,9', false",
        "10, 5, '', false",
        "500, 5, '', false"
    })
    void shouldSliceTheListAndSayWhetherMoreFollows(
            final int offset, final int limit, final String expected, final boolean more) {
        final Page<Integer> page = Page.of(TEN, offset, limit);

        assertThat(page.items())
                .containsExactlyElementsOf(
                        expected.isEmpty()
                                ? List.of()
                                : List.of(expected.split(",")).stream()
                                        .map(Integer::valueOf)
                                        .toList());
        assertThat(page.offset()).isEqualTo(offset);
        assertThat(page.total()).isEqualTo(10);
        assertThat(page.hasMore()).isEqualTo(more);
    }

    @Test
    void shouldRefuseANegativeOffsetAndALimitOutsideItsRange() {
        assertThatThrownBy(() -> Page.of(TEN, -1, 5)).hasMessage("offset must be >= 0, was -1");
        assertThatThrownBy(() -> Page.of(TEN, 0, 0)).hasMessage("limit must be 1..1000, was 0");
        assertThatThrownBy(() -> Page.of(TEN, 0, 1_001)).hasMessage("limit must be 1..1000, was 1001");
    }

    @Test
    void shouldPageAJobTopAndKeepWhetherItIsComplete() {
        final List<Values.RankedMatch> ranked = IntStream.range(0, 5)
                .mapToObj(i -> new Values.RankedMatch("job", "resume-" + i, "user-" + i, BigDecimal.valueOf(90 - i)))
                .toList();

        final Values.JobTop partialTop = new Values.JobTop(ranked, 2, 6, 0);
        final TopMatches partial = TopMatches.of(partialTop, 1, 2);
        final TopMatches complete = TopMatches.of(new Values.JobTop(ranked, 6, 6, 0), 4, 2);

        assertThat(partial.complete()).isFalse();
        assertThat(partial.page().items())
                .extracting(Values.RankedMatch::resumeId)
                .containsExactly("resume-1", "resume-2");
        assertThat(complete.complete()).isTrue();
        assertThat(complete.page().items())
                .extracting(Values.RankedMatch::resumeId)
                .containsExactly("resume-4");
        assertThat(complete.page().hasMore()).isFalse();
        assertThat(partial.top())
                .as("the stored version it was cut from, for per-version caches")
                .isSameAs(partialTop);
    }

    @Test
    void shouldNeverNameAHostForAnUnavailableKey() {
        assertThat(KeyOwners.unavailable().available()).isFalse();
        assertThat(KeyOwners.unavailable().active()).isEmpty();
        assertThat(KeyOwners.unavailable().partition()).isEqualTo(-1);
        assertThat(new KeyOwners(3, Optional.of(new HostAddress("edge-2", 8080)), List.of(), false).available())
                .isTrue();
        assertThatThrownBy(() -> new HostAddress("unavailable", -1)).hasMessage("not a host and port: unavailable:-1");
    }
}
