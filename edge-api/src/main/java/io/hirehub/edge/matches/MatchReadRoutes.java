package io.hirehub.edge.matches;

import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.JsonAnswer;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.http.VersionedAnswers;
import io.hirehub.edge.query.KeyRouter;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.Page;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The match reads, answered from matching's stores at the instance that owns the key
 * ({@link KeyRouter}): a job's top matches by page, a user's recommendations, a pair's detail.
 * A top's page and a recommendation list are encoded once per stored version ({@link VersionedAnswers}:
 * the store hands out one immutable instance per version) and sent as those bytes.
 */
public final class MatchReadRoutes implements RouteGroup {

    private static final String STALE_HELP = "true accepts an answer from a standby copy during a rebalance"
            + " (HireHub-Staleness says how many records behind it may be)";

    /**
     * Encoded answers kept per page and per user. The store remembers its last 128 decoded tops
     * (and as many recommendation lists), so a few pages each is what can be reused.
     */
    static final int KEPT_ANSWERS = 512;

    /** A page of a job's top. */
    private record TopPage(String job, int offset, int limit) {}

    private final VersionedAnswers<TopPage, JsonAnswer> topAnswers = new VersionedAnswers<>(KEPT_ANSWERS);
    private final VersionedAnswers<String, JsonAnswer> listAnswers = new VersionedAnswers<>(KEPT_ANSWERS);
    private final Supplier<Optional<MatchQueries>> queries;
    private final KeyRouter router;
    private final MatchAccess access;

    public MatchReadRoutes(
            final Supplier<Optional<MatchQueries>> queries, final KeyRouter router, final MatchAccess access) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.router = Objects.requireNonNull(router, "router");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("matches");
        routes.get("/v1/jobs/{id}/matches", this::top)
                .summary("A job's top matches, best first, by page (the company's members, admins)")
                .pathParam("id", "jobs.id")
                .query("offset", "integer", "first item, default 0")
                .query("limit", "integer", "page size 1-" + Page.MAX_LIMIT + ", default 20")
                .query("allow_stale", "boolean", STALE_HELP)
                .query(
                        KeyRouter.MIN_POSITION,
                        "integer",
                        "a write's HireHub-Position: answer only once every shard has scored the job at or after"
                                + " it (waits up to a bound, then 503 with Retry-After)")
                .ok(200, MatchViews.TopView.class);
        routes.get("/v1/users/{id}/recommendations", this::recommended)
                .summary("A jobseeker's recommended jobs, best first (the jobseeker, admins)")
                .pathParam("id", "users.id")
                .query("allow_stale", "boolean", STALE_HELP)
                .ok(200, MatchViews.RecommendationsView.class);
        routes.get("/v1/matches/{job_id}/{resume_id}", this::detail)
                .summary("A match's scores and explanation (the job's company, the resume's owner, admins)")
                .pathParam("job_id", "jobs.id")
                .pathParam("resume_id", "resumes.id")
                .query("allow_stale", "boolean", STALE_HELP)
                .ok(200, MatchViews.DetailView.class);
        router.registerLag(routes);
    }

    private void top(final Context ctx) {
        final UUID job = Params.pathId(ctx, "id");
        final int offset = Params.queryInt(ctx, "offset", 0, Integer.MAX_VALUE).orElse(0);
        final int limit = Params.queryInt(ctx, "limit", 1, Page.MAX_LIMIT).orElse(20);
        access.jobMatches(Requests.caller(ctx), job);
        final String key = job.toString();
        router.answer(
                ctx,
                MatchStore.JOB_TOP,
                key,
                from -> port().topMatches(key, offset, limit, from)
                        .map(top -> topAnswers.get(
                                new TopPage(key, offset, limit),
                                top.top(),
                                () -> JsonAnswer.of(MatchViews.TopView.of(key, top)))),
                "no matches for job " + job + " yet",
                KeyRouter.Positions.TRACKED);
    }

    private void recommended(final Context ctx) {
        final UUID user = Params.pathId(ctx, "id");
        Policy.self(Requests.caller(ctx), user, "read its recommendations");
        final String key = user.toString();
        router.answer(
                ctx,
                MatchStore.USER_RECOMMENDED,
                key,
                from -> port().recommendations(key, from)
                        .map(list -> listAnswers.get(
                                key, list, () -> JsonAnswer.of(MatchViews.RecommendationsView.of(key, list)))),
                "no recommendations for user " + user + " yet");
    }

    private void detail(final Context ctx) {
        final UUID job = Params.pathId(ctx, "job_id");
        final UUID resume = Params.pathId(ctx, "resume_id");
        access.pair(Requests.caller(ctx), job, resume);
        final PairKey pair = new PairKey(job.toString(), resume.toString());
        router.answer(
                ctx,
                MatchStore.DETAIL,
                pair.format(),
                from -> port().detail(pair, from).map(MatchViews.DetailView::of),
                "no match of job " + job + " and resume " + resume);
    }

    private MatchQueries port() {
        // The router checked it is there before reading.
        return queries.get().orElseThrow();
    }
}
