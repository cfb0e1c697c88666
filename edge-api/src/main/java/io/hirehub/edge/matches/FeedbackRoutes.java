package io.hirehub.edge.matches;

import io.hirehub.avro.entity.FeedbackType;
import io.hirehub.edge.auth.Account;
import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Bodies;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.idempotency.WriteRunner;
import io.hirehub.edge.write.FeedbackWriter;
import io.hirehub.edge.write.Fields;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.values.SeedValues;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /v1/matches/{job_id}/{resume_id}/feedback}: the seed's {@code match_feedback}. The
 * resume's owner says whether a recommendation was helpful; the job's company members may also say
 * hired or rejected.
 */
public final class FeedbackRoutes implements RouteGroup {

    private static final Set<FeedbackType> JOBSEEKER_FEEDBACK = Set.of(FeedbackType.HELPFUL, FeedbackType.NOT_HELPFUL);

    private final WriteRunner writes;
    private final FeedbackWriter writer;
    private final MatchAccess access;

    public FeedbackRoutes(final WriteRunner writes, final FeedbackWriter writer, final MatchAccess access) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("matches");
        routes.post("/v1/matches/{job_id}/{resume_id}/feedback", this::create)
                .summary(
                        "Feedback on a match: helpful, not_helpful (the resume's owner), hired, rejected (the company)")
                .pathParam("job_id", "jobs.id")
                .pathParam("resume_id", "resumes.id")
                .body(FeedbackRequest.class)
                .idempotent()
                .ok(201, FeedbackView.class);
    }

    private void create(final Context ctx) {
        final UUID jobId = Params.pathId(ctx, "job_id");
        final UUID resumeId = Params.pathId(ctx, "resume_id");
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final FeedbackRequest request = Bodies.read(ctx, FeedbackRequest.class);
        final FeedbackType type = Fields.seedValue(FeedbackType.class, "feedback_type", request.feedbackType());
        if (type == null) {
            throw ApiException.invalid("feedback_type", "is required (helpful, not_helpful, hired, rejected)");
        }
        final MatchAccess.Side side = access.pair(caller, jobId, resumeId);
        if (side == MatchAccess.Side.JOBSEEKER && !JOBSEEKER_FEEDBACK.contains(type)) {
            throw Policy.forbidden(
                    "a jobseeker's feedback is helpful or not_helpful; hired and rejected are the company's");
        }
        final Account account = Policy.account(caller);
        final PairKey pair = new PairKey(jobId.toString(), resumeId.toString());
        Requests.send(
                ctx,
                writes.run(
                        HirehubService.MATCH,
                        Requests.idempotencyKey(ctx, body),
                        "recording match feedback",
                        (c, p) -> {
                            final UUID id = writer.create(c, pair, type, account.userId());
                            return WriteRunner.Reply.created(
                                    new FeedbackView(
                                            id,
                                            pair.matchId(),
                                            jobId,
                                            resumeId,
                                            SeedValues.sql(type),
                                            account.userId()),
                                    "/v1/matches/" + jobId + "/" + resumeId);
                        }));
    }
}
