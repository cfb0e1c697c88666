package io.hirehub.edge.applications;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.entity.InterviewType;
import io.hirehub.avro.entity.UserType;
import io.hirehub.edge.applications.ApplicationViews.ApplicationList;
import io.hirehub.edge.applications.ApplicationViews.ApplicationView;
import io.hirehub.edge.applications.ApplicationViews.EventView;
import io.hirehub.edge.applications.ApplicationViews.FunnelView;
import io.hirehub.edge.applications.ApplicationViews.HistoryView;
import io.hirehub.edge.applications.ApplicationViews.InterviewView;
import io.hirehub.edge.applications.ApplicationViews.InterviewsView;
import io.hirehub.edge.applications.ApplicationViews.ScheduledView;
import io.hirehub.edge.applications.ApplicationViews.TransitionView;
import io.hirehub.edge.applications.ApplicationViews.UpcomingView;
import io.hirehub.edge.applications.ApplicationViews.ViewRecorded;
import io.hirehub.edge.applications.ApplicationViews.ViewsView;
import io.hirehub.edge.auth.Account;
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
import io.hirehub.edge.idempotency.WriteRunner;
import io.hirehub.edge.jobs.JobRows;
import io.hirehub.edge.jobs.JobView;
import io.hirehub.edge.query.KeyRouter;
import io.hirehub.edge.resumes.ResumeRows;
import io.hirehub.edge.write.Fields;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.apply.query.ApplicationQueries;
import io.hirehub.topologies.apply.query.ApplicationStore;
import io.hirehub.topologies.apply.query.JobStats;
import io.hirehub.topologies.apply.workflow.ApplicationWorkflow;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applications (the seed's workflow 3): a jobseeker applies to an open job with one of its resumes; the
 * job's company members and the applicant move the application along {@link ApplicationWorkflow}, each
 * side only its own moves; company members book interviews. Every write is one apply-service
 * transaction (row, event log entry, outbox event). The funnel, views, history and interviews are
 * read from the applications topology's stores at the key's owner ({@link KeyRouter}).
 */
public final class ApplicationRoutes implements RouteGroup {

    /** The longest cover letter accepted, in characters. */
    public static final int MAX_COVER_LETTER = 10_000;
    /** The longest note on a move, in characters. */
    public static final int MAX_NOTE = 2_000;
    /** How far ahead an interview may be booked. */
    static final Duration MAX_INTERVIEW_AHEAD = Duration.ofDays(366);

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationRoutes.class);
    private static final int MAX_LIST = 200;

    private final WriteRunner writes;
    private final ApplicationWriter writer;
    private final JobViewWriter views;
    private final ApplicationRows rows;
    private final JobRows jobs;
    private final ResumeRows resumes;
    private final Supplier<Optional<MatchQueries>> matches;
    private final Supplier<Optional<ApplicationQueries>> queries;
    private final KeyRouter router;

    public ApplicationRoutes(
            final WriteRunner writes,
            final ApplicationWriter writer,
            final JobViewWriter views,
            final ApplicationRows rows,
            final JobRows jobs,
            final ResumeRows resumes,
            final Supplier<Optional<MatchQueries>> matches,
            final Supplier<Optional<ApplicationQueries>> queries,
            final KeyRouter router) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.views = Objects.requireNonNull(views, "views");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.resumes = Objects.requireNonNull(resumes, "resumes");
        this.matches = Objects.requireNonNull(matches, "matches");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.router = Objects.requireNonNull(router, "router");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("applications");
        router.registerLag(routes);
        routes.post("/v1/applications", this::submit)
                .summary("Apply to an open job with one of the caller's resumes (jobseekers)")
                .description("One transaction: the applications row (match_score from matching's store, null"
                        + " until the pair is scored), its application_events entry and application.submitted."
                        + " A second application to the same job is a 409.")
                .body(NewApplicationRequest.class)
                .idempotent()
                .ok(201, ApplicationView.class);
        routes.get("/v1/applications", this::list)
                .summary("The caller's applications, or with job_id a job's (its company's members), newest first")
                .query("job_id", "uuid", "a job's applications (its company's members, admins)")
                .query("limit", "integer", "at most this many, 1-" + MAX_LIST + ", default 50")
                .ok(200, ApplicationList.class);
        routes.get("/v1/applications/{id}", this::get)
                .summary("An application (its applicant, the job's company members, admins)")
                .pathParam("id", "applications.id")
                .ok(200, ApplicationView.class);
        routes.post("/v1/applications/{id}/transitions", this::transition)
                .summary("Move an application along the status workflow (each side only its own moves)")
                .description("The applicant withdraws or accepts an offer; the job's company members make every"
                        + " other move. A move the workflow does not have from the current status is a 409, another"
                        + " side's move a 403; nothing is written then. One transaction: status and updated_at,"
                        + " the application_events entry and application.status_changed.")
                .pathParam("id", "applications.id")
                .body(TransitionRequest.class)
                .ok(200, TransitionView.class);
        routes.post("/v1/applications/{id}/interviews", this::book)
                .summary("Book an interview (the job's company members); a reviewing application moves to"
                        + " interview_scheduled")
                .pathParam("id", "applications.id")
                .body(NewInterviewRequest.class)
                .idempotent()
                .ok(201, InterviewView.class);
        routes.get("/v1/applications/{id}/interviews", this::interviews)
                .summary("An application's interviews, from the applications topology")
                .pathParam("id", "applications.id")
                .ok(200, InterviewsView.class);
        routes.get("/v1/applications/{id}/history", this::history)
                .summary("An application's status and full history, rebuilt from its events by the applications"
                        + " topology")
                .pathParam("id", "applications.id")
                .ok(200, HistoryView.class);
        routes.get("/v1/jobs/{id}/funnel", this::funnel)
                .summary("A job's applications by current status, and applies_count (the company's members)")
                .pathParam("id", "jobs.id")
                .ok(200, FunnelView.class);
        routes.post("/v1/jobs/{id}/views", this::view)
                .summary("Record a view of a job (job.viewed); the applications topology counts views_count")
                .pathParam("id", "jobs.id")
                .ok(202, ViewRecorded.class);
        routes.get("/v1/jobs/{id}/views", this::viewCount)
                .summary("A job's views_count as the applications topology counted it (the company's members)")
                .pathParam("id", "jobs.id")
                .ok(200, ViewsView.class);
        routes.get("/v1/users/{id}/interviews", this::upcoming)
                .summary("A user's upcoming interviews, soonest first (the user, admins)")
                .pathParam("id", "users.id")
                .ok(200, UpcomingView.class);
    }

    private void submit(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final Account account = Policy.account(caller);
        if (account.type() != UserType.JOBSEEKER) {
            throw Policy.forbidden("only jobseeker users may apply to jobs");
        }
        final NewApplicationRequest r = Bodies.read(ctx, NewApplicationRequest.class);
        final Validation v = new Validation();
        if (r.jobId() == null) {
            v.add("job_id", "is required");
        }
        if (r.resumeId() == null) {
            v.add("resume_id", "is required");
        }
        final String coverLetter = v.check(() -> Fields.optional("cover_letter", r.coverLetter(), MAX_COVER_LETTER));
        v.done();
        final JobView job =
                jobs.find(r.jobId()).orElseThrow(() -> ApiException.invalid("job_id", "no job " + r.jobId()));
        if (!"open".equals(job.status())) {
            throw new ApiException(ProblemType.CONFLICT, "job " + r.jobId() + " is " + job.status() + ", not open");
        }
        final UUID owner = resumes.ownerOf(r.resumeId())
                .orElseThrow(() -> ApiException.invalid("resume_id", "no resume " + r.resumeId()));
        if (!owner.equals(account.userId())) {
            throw ApiException.invalid("resume_id", "is not one of the caller's resumes");
        }
        final BigDecimal score = score(r.jobId(), r.resumeId());
        Requests.send(
                ctx,
                writes.run(
                        HirehubService.APPLY,
                        Requests.idempotencyKey(ctx, body),
                        "submitting an application",
                        (c, p) -> {
                            final UUID id = UUID.randomUUID();
                            writer.submit(
                                    c,
                                    new ApplicationWriter.NewApplication(
                                            id, r.jobId(), account.userId(), r.resumeId(), coverLetter, score));
                            return WriteRunner.Reply.created(rows.find(c, id).orElseThrow(), "/v1/applications/" + id);
                        }));
    }

    /** The pair's overall score from this instance's copy of matching's store; null when not here or not scored. */
    private BigDecimal score(final UUID job, final UUID resume) {
        final Optional<MatchQueries> port = matches.get();
        if (port.isEmpty()) {
            return null;
        }
        final PairKey pair = new PairKey(job.toString(), resume.toString());
        try {
            if (!port.get().owners(MatchStore.DETAIL, pair.format()).local()) {
                // Another instance owns the pair: the applications topology fills the score in from the matches topic.
                return null;
            }
            return port.get()
                    .detail(pair, ReadFrom.ACTIVE)
                    .map(MatchDetail::getOverallScore)
                    .map(s -> s.setScale(2, RoundingMode.HALF_UP))
                    .orElse(null);
        } catch (StoreUnavailableException e) {
            LOG.debug("no match score at submission ({}): filled in later", e.getMessage());
            return null;
        }
    }

    private void list(final Context ctx) {
        final Account account = Policy.account(Requests.caller(ctx));
        final int limit = Params.queryInt(ctx, "limit", 1, MAX_LIST).orElse(50);
        final String jobText = ctx.queryParam("job_id");
        if (jobText == null || jobText.isBlank()) {
            Requests.json(ctx, new ApplicationList(rows.ofUser(account.userId(), limit)));
            return;
        }
        final UUID job;
        try {
            job = UUID.fromString(jobText.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("job_id", "must be a UUID, was '" + jobText + "'");
        }
        final UUID company =
                jobs.companyOf(job).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no job " + job));
        Policy.member(Requests.caller(ctx), company, "list the applications to its jobs");
        Requests.json(ctx, new ApplicationList(rows.ofJob(job, limit)));
    }

    private void get(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final ApplicationView application = visible(ctx, id);
        Requests.json(ctx, application);
    }

    private void transition(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final Account account = Policy.account(Requests.caller(ctx));
        final ApplicationView seen = rows.find(id).orElseThrow(() -> notFound(id));
        final ActorType actor = side(account, seen);
        final TransitionRequest r = Bodies.read(ctx, TransitionRequest.class);
        final Validation v = new Validation();
        final ApplicationStatus to =
                v.check(() -> Fields.seedValue(ApplicationStatus.class, "to_status", r.toStatus()));
        if (r.toStatus() == null || r.toStatus().isBlank()) {
            v.add("to_status", "is required");
        }
        final ApplicationStatus expected =
                v.check(() -> Fields.seedValue(ApplicationStatus.class, "from_status", r.fromStatus()));
        final String note = v.check(() -> Fields.optional("note", r.note(), MAX_NOTE));
        v.done();
        Requests.send(ctx, writes.run(HirehubService.APPLY, Optional.empty(), "moving application " + id, (c, p) -> {
            final ApplicationView current = rows.lock(c, id).orElseThrow(() -> notFound(id));
            final ApplicationStatus from = SeedValues.parse(
                    ApplicationStatus.class, "status", current.status(), io.hirehub.schemas.values.TextMatch.EXACT);
            if (expected != null && expected != from) {
                throw new ApiException(
                        ProblemType.CONFLICT,
                        "application " + id + " is " + current.status() + ", not " + SeedValues.sql(expected));
            }
            refuseUnlessAllowed(from, to, actor);
            final Map<String, Object> payload = new LinkedHashMap<>();
            if (note != null) {
                payload.put("note", note);
            }
            final UUID eventId = writer.move(c, id, from, to, account.userId(), actor, payload);
            final ApplicationView after = rows.find(c, id).orElseThrow();
            return WriteRunner.Reply.ok(new TransitionView(
                    after,
                    new EventView(
                            eventId,
                            id,
                            "status_changed",
                            SeedValues.sql(from),
                            SeedValues.sql(to),
                            account.userId(),
                            SeedValues.sql(actor),
                            after.updatedAt())));
        }));
    }

    private void book(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final Caller caller = Requests.caller(ctx);
        final Account account = Policy.account(caller);
        final byte[] body = ctx.bodyAsBytes();
        final ApplicationView seen = rows.find(id).orElseThrow(() -> notFound(id));
        final ActorType actor = side(account, seen);
        if (actor == ActorType.JOBSEEKER) {
            throw Policy.forbidden("only the job's company members book interviews");
        }
        final NewInterviewRequest r = Bodies.read(ctx, NewInterviewRequest.class);
        final Validation v = new Validation();
        final InterviewType type =
                v.check(() -> Fields.seedValue(InterviewType.class, "interview_type", r.interviewType()));
        if (r.interviewType() == null || r.interviewType().isBlank()) {
            v.add("interview_type", "is required (phone, video, onsite, assignment)");
        }
        final Instant now = Instant.now();
        if (r.scheduledAt() == null) {
            v.add("scheduled_at", "is required");
        } else if (!r.scheduledAt().isAfter(now)) {
            v.add("scheduled_at", "must be in the future");
        } else if (r.scheduledAt().isAfter(now.plus(MAX_INTERVIEW_AHEAD))) {
            v.add("scheduled_at", "must be within " + MAX_INTERVIEW_AHEAD.toDays() + " days");
        }
        v.check(() -> Fields.range("duration_minutes", r.durationMinutes(), 5, 1440));
        final String location = v.check(() -> Fields.optional("location", r.location(), 500));
        v.done();
        final Instant at = r.scheduledAt().truncatedTo(ChronoUnit.MICROS);
        Requests.send(
                ctx,
                writes.run(HirehubService.APPLY, Requests.idempotencyKey(ctx, body), "booking an interview", (c, p) -> {
                    final ApplicationView current = rows.lock(c, id).orElseThrow(() -> notFound(id));
                    final ApplicationStatus status = SeedValues.parse(
                            ApplicationStatus.class,
                            "status",
                            current.status(),
                            io.hirehub.schemas.values.TextMatch.EXACT);
                    if (status == ApplicationStatus.REVIEWING) {
                        refuseUnlessAllowed(status, ApplicationStatus.INTERVIEW_SCHEDULED, actor);
                        writer.move(
                                c,
                                id,
                                status,
                                ApplicationStatus.INTERVIEW_SCHEDULED,
                                account.userId(),
                                actor,
                                Map.of("reason", "interview booked"));
                    } else if (status != ApplicationStatus.INTERVIEW_SCHEDULED) {
                        throw new ApiException(
                                ProblemType.CONFLICT,
                                "interviews are booked for reviewing or interview_scheduled applications; application "
                                        + id + " is " + current.status());
                    }
                    final UUID interview = UUID.randomUUID();
                    writer.interview(
                            c,
                            new ApplicationWriter.NewInterview(interview, id, type, at, r.durationMinutes(), location),
                            account.userId(),
                            actor);
                    final InterviewView view = rows.interviews(c, id).stream()
                            .filter(i -> i.id().equals(interview))
                            .findFirst()
                            .orElseThrow();
                    return WriteRunner.Reply.created(view, "/v1/applications/" + id + "/interviews");
                }));
    }

    private void interviews(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        visible(ctx, id);
        final String key = id.toString();
        router.answer(
                ctx,
                ApplicationStore.APPLICATIONS.storeName(),
                key,
                from -> port().application(key, from)
                        .map(s -> new InterviewsView(
                                key,
                                s.interviews().stream().map(ScheduledView::of).toList())),
                "application " + id + " has not reached the applications topology yet");
    }

    private void history(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        visible(ctx, id);
        final String key = id.toString();
        router.answer(
                ctx,
                ApplicationStore.APPLICATIONS.storeName(),
                key,
                from -> port().application(key, from).filter(s -> s.submitted()).map(HistoryView::of),
                "application " + id + " has not reached the applications topology yet");
    }

    private void funnel(final Context ctx) {
        final UUID job = Params.pathId(ctx, "id");
        companyOnly(ctx, job, "read the funnel of its jobs");
        final String key = job.toString();
        router.answer(
                ctx,
                ApplicationStore.JOB_STATS.storeName(),
                key,
                from -> Optional.of(FunnelView.of(port().jobStats(key, from).orElse(JobStats.empty(key)))),
                "no funnel for job " + job);
    }

    private void view(final Context ctx) {
        final UUID job = Params.pathId(ctx, "id");
        final Account account = Policy.account(Requests.caller(ctx));
        final JobView found =
                jobs.find(job).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no job " + job));
        if (!"open".equals(found.status()) && !account.isAdmin() && !account.memberOf(found.companyId())) {
            throw Policy.forbidden("a " + found.status() + " job is visible to its company's members only");
        }
        final WriteRunner.Outcome outcome =
                writes.run(HirehubService.JOB, Optional.empty(), "recording a job view", (c, p) -> {
                    final UUID event = views.viewed(c, job, account.userId());
                    return new WriteRunner.Reply(202, new ViewRecorded(event, job), Map.of());
                });
        Requests.send(ctx, outcome);
    }

    private void viewCount(final Context ctx) {
        final UUID job = Params.pathId(ctx, "id");
        companyOnly(ctx, job, "read the view count of its jobs");
        final String key = job.toString();
        router.answer(
                ctx,
                ApplicationStore.JOB_STATS.storeName(),
                key,
                from -> Optional.of(new ViewsView(
                        key,
                        port().jobStats(key, from).map(JobStats::viewsCount).orElse(0L))),
                "no views for job " + job);
    }

    private void upcoming(final Context ctx) {
        final UUID user = Params.pathId(ctx, "id");
        Policy.self(Requests.caller(ctx), user, "read its interviews");
        final String key = user.toString();
        final long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        router.answer(
                ctx,
                ApplicationStore.USER_INTERVIEWS.storeName(),
                key,
                from -> Optional.of(new UpcomingView(
                        key,
                        port().userInterviews(key, from).map(u -> u.upcoming(now)).orElse(java.util.List.of()).stream()
                                .map(ScheduledView::of)
                                .toList())),
                "no interviews for user " + user);
    }

    /** The application, if the caller is its applicant, a member of the job's company or an admin. */
    private ApplicationView visible(final Context ctx, final UUID id) {
        final Account account = Policy.account(Requests.caller(ctx));
        final ApplicationView application = rows.find(id).orElseThrow(() -> notFound(id));
        side(account, application);
        return application;
    }

    /** Which side the caller acts for on {@code application}: the applicant, the job's company, or an admin. */
    private ActorType side(final Account account, final ApplicationView application) {
        if (account.userId().equals(application.userId())) {
            return ActorType.JOBSEEKER;
        }
        final Optional<UUID> company = jobs.companyOf(application.jobId());
        if (company.isPresent() && account.memberOf(company.get())) {
            return ActorType.COMPANY;
        }
        if (account.isAdmin()) {
            return ActorType.SYSTEM;
        }
        throw Policy.forbidden("only the applicant and the job's company members may see or move an application");
    }

    private void companyOnly(final Context ctx, final UUID job, final String what) {
        final UUID company =
                jobs.companyOf(job).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no job " + job));
        Policy.member(Requests.caller(ctx), company, what);
    }

    private static void refuseUnlessAllowed(
            final ApplicationStatus from, final ApplicationStatus to, final ActorType actor) {
        final ApplicationWorkflow.Decision decision = ApplicationWorkflow.check(from, to, actor);
        if (decision.allowed()) {
            return;
        }
        throw new ApiException(
                decision.refusal() == ApplicationWorkflow.Refusal.NOT_THE_ACTORS_MOVE
                        ? ProblemType.FORBIDDEN
                        : ProblemType.CONFLICT,
                decision.reason());
    }

    private ApplicationQueries port() {
        // The router checked it is there before reading.
        return queries.get().orElseThrow();
    }

    private static ApiException notFound(final UUID id) {
        return new ApiException(ProblemType.NOT_FOUND, "no application " + id);
    }

    /** The port as the router sees it. */
    public static io.hirehub.topologies.query.StoreLocator locator(final ApplicationQueries port) {
        return new io.hirehub.topologies.query.StoreLocator() {
            @Override
            public io.hirehub.topologies.query.KeyOwners owners(final String store, final String key) {
                return port.owners(store(store), key);
            }

            @Override
            public java.util.OptionalLong localLag(final String store, final int partition) {
                return port.localLag(store(store), partition);
            }
        };
    }

    private static ApplicationStore store(final String name) {
        for (final ApplicationStore store : ApplicationStore.values()) {
            if (store.storeName().equals(name)) {
                return store;
            }
        }
        throw new IllegalArgumentException("no applications store " + name);
    }
}
