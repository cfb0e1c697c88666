package io.hirehub.edge.matches;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.edge.query.Positioned;
import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answers of the match reads, in the seed's snake_case names. */
public final class MatchViews {

    private MatchViews() {}

    /** One ranked pair: a job for a user, or a resume for a job. */
    public record RankedView(String jobId, String resumeId, String userId, BigDecimal score) {
        static RankedView of(final Values.RankedMatch m) {
            return new RankedView(m.jobId(), m.resumeId(), m.userId(), m.score());
        }
    }

    /**
     * A page of a job's top matches.
     *
     * @param complete whether every resume shard has scored the job (until then better matches may arrive)
     */
    public record TopView(
            String jobId,
            List<RankedView> matches,
            int offset,
            int total,
            boolean hasMore,
            boolean complete,
            long position)
            implements Positioned {
        static TopView of(final String jobId, final TopMatches top) {
            return new TopView(
                    jobId,
                    top.page().items().stream().map(RankedView::of).toList(),
                    top.page().offset(),
                    top.page().total(),
                    top.page().hasMore(),
                    top.complete(),
                    top.position());
        }

        @Override
        public boolean reflects(final long minPosition) {
            return complete && position >= minPosition;
        }
    }

    /** A user's recommended jobs, best first. */
    public record RecommendationsView(String userId, List<RankedView> recommendations) {
        static RecommendationsView of(final String userId, final Values.RankedList list) {
            return new RecommendationsView(
                    userId, list.matches().stream().map(RankedView::of).toList());
        }
    }

    /** A pair's scores (0–100) and explanation. */
    public record DetailView(
            UUID jobId,
            UUID resumeId,
            UUID userId,
            BigDecimal overallScore,
            BigDecimal skillScore,
            BigDecimal experienceScore,
            BigDecimal cultureScore,
            BigDecimal semanticScore,
            String scoreBreakdown,
            String aiReasoning,
            boolean isRecommended,
            Instant calculatedAt) {
        static DetailView of(final MatchDetail d) {
            return new DetailView(
                    d.getJobId(),
                    d.getResumeId(),
                    d.getUserId(),
                    d.getOverallScore(),
                    d.getSkillScore(),
                    d.getExperienceScore(),
                    d.getCultureScore(),
                    d.getSemanticScore(),
                    d.getScoreBreakdown(),
                    d.getAiReasoning(),
                    d.getIsRecommended(),
                    d.getCalculatedAt());
        }
    }
}
