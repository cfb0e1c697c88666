package io.hirehub.edge.matches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.edge.matches.CompanyMatchViews.CompanyMatchRow;
import io.hirehub.edge.matches.CompanyMatchViews.JobTop;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanyMatchMergeTest {

    private static CompanyMatchRow row(final String job, final String resume, final String score, final int rank) {
        return new CompanyMatchRow(job, resume, "u-" + resume, new BigDecimal(score), rank);
    }

    private static JobTop top(final String job, final boolean complete, final CompanyMatchRow... rows) {
        return new JobTop(job, complete, List.of(rows));
    }

    @Test
    void shouldSortEveryJobsRowsByOverallScoreBestFirst() {
        final List<CompanyMatchRow> merged = CompanyMatchMerge.merge(
                List.of(
                        top("j1", true, row("j1", "r1", "91.50", 1), row("j1", "r2", "70.00", 2)),
                        top("j2", true, row("j2", "r3", "88.00", 1), row("j2", "r1", "75.25", 2))),
                10);

        assertThat(merged).extracting(CompanyMatchRow::resumeId).containsExactly("r1", "r3", "r1", "r2");
        assertThat(merged).extracting(CompanyMatchRow::jobId).containsExactly("j1", "j2", "j2", "j1");
    }

    @Test
    void shouldCapAtTheLimit() {
        final List<CompanyMatchRow> merged = CompanyMatchMerge.merge(
                List.of(
                        top("j1", true, row("j1", "r1", "90", 1), row("j1", "r2", "80", 2)),
                        top("j2", true, row("j2", "r3", "85", 1))),
                2);

        assertThat(merged).extracting(CompanyMatchRow::resumeId).containsExactly("r1", "r3");
    }

    @Test
    void shouldKeepAPairOnceWithItsBestRowWhenItArrivesTwice() {
        final List<CompanyMatchRow> merged = CompanyMatchMerge.merge(
                List.of(
                        top("j1", true, row("j1", "r1", "90", 1), row("j1", "r2", "60", 2)),
                        top("j1", false, row("j1", "r1", "85", 1)),
                        top("j2", true, row("j2", "r1", "90", 1))),
                10);

        assertThat(merged)
                .extracting(r -> r.jobId() + ":" + r.resumeId() + "=" + r.overallScore())
                .containsExactly("j1:r1=90", "j2:r1=90", "j1:r2=60");
    }

    @Test
    void shouldBreakScoreTiesByRankThenJobThenResume() {
        final List<CompanyMatchRow> merged = CompanyMatchMerge.merge(
                List.of(
                        top("j2", true, row("j2", "r9", "80.00", 2), row("j2", "r1", "80.00", 1)),
                        top("j1", true, row("j1", "r5", "80.0", 2), row("j1", "r4", "80", 1))),
                10);

        assertThat(merged)
                .extracting(r -> r.jobId() + ":" + r.resumeId())
                .containsExactly("j1:r4", "j2:r1", "j1:r5", "j2:r9");
    }

    @Test
    void shouldAnswerNothingForNoTopsAndRefuseALimitBelowOne() {
        assertThat(CompanyMatchMerge.merge(List.of(), 5)).isEmpty();
        assertThat(CompanyMatchMerge.merge(List.of(top("j1", false)), 5)).isEmpty();
        assertThatThrownBy(() -> CompanyMatchMerge.merge(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void shouldKeepOneTopPerJobPreferringTheCompleteOne() {
        final JobTop partial = top("j1", false, row("j1", "r1", "50", 1));
        final JobTop complete = top("j1", true, row("j1", "r1", "70", 1));
        final JobTop other = top("j2", false);

        assertThat(CompanyMatchMerge.byJob(List.of(partial, other, complete)))
                .containsExactly(Map.entry("j1", complete), Map.entry("j2", other));
        assertThat(CompanyMatchMerge.byJob(List.of(complete, partial)).get("j1"))
                .isSameAs(complete);
    }
}
