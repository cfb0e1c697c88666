package io.hirehub.edge.matches;

import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Bodies;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.http.Validation;
import io.hirehub.edge.jobs.CompanyJobs;
import io.hirehub.edge.matches.CompanyMatchGather.Gathered;
import io.hirehub.edge.matches.CompanyMatchViews.CompanyMatchesView;
import io.hirehub.edge.matches.CompanyMatchViews.JobTop;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsAnswer;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsRequest;
import io.hirehub.edge.query.KeyRouter;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code GET /v1/companies/{id}/matches}: a company's best candidates across all its open jobs, for
 * its recruiters. The open jobs come from PostgreSQL; their tops are gathered from the instances
 * owning them actively ({@link CompanyMatchGather}), merged best first, each (job, resume) once
 * ({@link CompanyMatchMerge}). Also the internal route the instances ask each other on
 * ({@value CompanyMatchGather#INTERNAL_PATH}), which answers from its active copy only.
 */
public final class CompanyMatchRoutes implements RouteGroup {

    /** Open jobs read per request, at most: a company with more is answered over its most recently posted. */
    public static final int MAX_JOBS = 200;
    /** The largest {@code limit} and {@code per_job}. */
    public static final int MAX_LIMIT = 100;
    /** {@code limit} when not given. */
    public static final int DEFAULT_LIMIT = 20;

    private final CompanyJobs jobs;
    private final CompanyMatchGather gather;

    public CompanyMatchRoutes(final CompanyJobs jobs, final CompanyMatchGather gather) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.gather = Objects.requireNonNull(gather, "gather");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("matches");
        routes.get("/v1/companies/{id}/matches", this::best)
                .summary("A company's best candidates across its open jobs, best overall score first (its members,"
                        + " admins)")
                .description("Each open job's top (up to " + MAX_JOBS + " jobs, most recently posted first) is read"
                        + " from the instance owning it actively: one batched internal request per instance, standby"
                        + " copies never. Rows name the job, the resume, the overall score and the rank within the"
                        + " job's own list; no (job, resume) pair appears twice. All or nothing: while any job has"
                        + " no active owner or an owner does not answer, 503 with Retry-After naming why."
                        + " HireHub-Served-By lists the instances that answered a part.")
                .pathParam("id", "companies.id")
                .query("limit", "integer", "rows 1-" + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                .query(
                        "per_job",
                        "integer",
                        "at most this many rows per job, 1-" + MAX_LIMIT + ", default limit (the exact best overall)")
                .ok(200, CompanyMatchesView.class);
        routes.post(CompanyMatchGather.INTERNAL_PATH, this::jobTops)
                .summary("Internal: the tops of the given jobs of a company, from this instance's ACTIVE copies only")
                .description("Instances ask each other here (one hop, HireHub-Hops: 1, the caller's bearer token"
                        + " forwarded and checked again); it never forwards. Every job must be the company's (else"
                        + " 403) and owned actively here (else 503 naming the jobs it does not own).")
                .body(JobTopsRequest.class)
                .ok(200, JobTopsAnswer.class);
    }

    private void best(final Context ctx) {
        final UUID company = Params.pathId(ctx, "id");
        final Validation v = new Validation();
        final Integer limit =
                v.check(() -> Params.queryInt(ctx, "limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT));
        final Optional<Integer> perJob = v.check(() -> Params.queryInt(ctx, "per_job", 1, MAX_LIMIT));
        v.done();
        final Caller caller = Requests.caller(ctx);
        // A member's company exists: only admins and strangers cost the lookup (404 before 403).
        if (!Policy.account(caller).memberOf(company) && !jobs.companyExists(company)) {
            throw new ApiException(ProblemType.NOT_FOUND, "no company " + company);
        }
        Policy.member(caller, company, "read the matches of its jobs");
        final List<UUID> open = jobs.openJobs(company, MAX_JOBS + 1);
        final List<UUID> read = open.size() > MAX_JOBS ? open.subList(0, MAX_JOBS) : open;
        final Gathered gathered =
                gather.gather(company, read, perJob.orElse(limit), Optional.ofNullable(ctx.header("Authorization")));
        final Map<String, JobTop> tops = CompanyMatchMerge.byJob(gathered.tops());
        final List<String> pending = read.stream()
                .map(UUID::toString)
                .filter(job -> !tops.containsKey(job) || !tops.get(job).complete())
                .toList();
        if (!gathered.servedBy().isEmpty()) {
            ctx.header(KeyRouter.SERVED_BY, String.join(", ", gathered.servedBy()));
        }
        Requests.json(
                ctx,
                new CompanyMatchesView(
                        company,
                        CompanyMatchMerge.merge(tops.values(), limit),
                        read.size(),
                        open.size() > MAX_JOBS,
                        pending));
    }

    private void jobTops(final Context ctx) {
        final JobTopsRequest request = Bodies.read(ctx, JobTopsRequest.class);
        final Validation v = new Validation();
        if (request.companyId() == null) {
            v.add("company_id", "is required");
        }
        if (request.jobIds() == null
                || request.jobIds().isEmpty()
                || request.jobIds().size() > MAX_JOBS) {
            v.add("job_ids", "must hold 1 to " + MAX_JOBS + " job ids");
        } else if (request.jobIds().contains(null)) {
            v.add("job_ids", "must not hold null");
        } else if (new HashSet<>(request.jobIds()).size() != request.jobIds().size()) {
            v.add("job_ids", "must not repeat a job id");
        }
        if (request.perJob() == null || request.perJob() < 1 || request.perJob() > MAX_LIMIT) {
            v.add("per_job", "must be between 1 and " + MAX_LIMIT + ", was " + request.perJob());
        }
        v.done();
        Policy.member(Requests.caller(ctx), request.companyId(), "read the matches of its jobs");
        final Set<UUID> foreign = jobs.notOf(request.companyId(), request.jobIds());
        if (!foreign.isEmpty()) {
            throw Policy.forbidden(CompanyMatchGather.named(
                            foreign.stream().map(UUID::toString).toList())
                    + (foreign.size() == 1 ? " is" : " are") + " not of company " + request.companyId());
        }
        Requests.json(ctx, new JobTopsAnswer(gather.readOwned(request.jobIds(), request.perJob())));
    }
}
