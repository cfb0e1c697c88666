package io.hirehub.edge.jobs;

import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.SkillCategory;
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
import io.hirehub.edge.write.Fields;
import io.hirehub.edge.write.InvalidFieldException;
import io.hirehub.edge.write.JobChanges;
import io.hirehub.edge.write.JobUpdater;
import io.hirehub.edge.write.JobWriter;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.schemas.migration.HirehubService;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** {@code /v1/jobs}: job postings of a company, written by its members (job.created / job.updated). */
public final class JobRoutes implements RouteGroup {

    private final WriteRunner writes;
    private final JobWriter writer;
    private final JobUpdater updater;
    private final JobRows rows;
    private final Predicate<UUID> companyExists;

    /**
     * @param companyExists whether a company exists (an admin may post for any company; members prove it)
     */
    public JobRoutes(
            final WriteRunner writes,
            final JobWriter writer,
            final JobUpdater updater,
            final JobRows rows,
            final Predicate<UUID> companyExists) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.updater = Objects.requireNonNull(updater, "updater");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.companyExists = Objects.requireNonNull(companyExists, "companyExists");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("jobs");
        routes.post("/v1/jobs", this::create)
                .summary("Post a job for the caller's company (draft or open), with its skills")
                .description("One transaction: the jobs row, its job_skills (skill tags created when new) and the"
                        + " job.created outbox row. The answer's HireHub-Position header is the position to pass as"
                        + " min_position when reading the job's matches.")
                .body(NewJobRequest.class)
                .idempotent()
                .ok(201, JobView.class);
        routes.get("/v1/jobs/{id}", this::get)
                .summary("A job: open jobs to every user, drafts and closed jobs to the company's members")
                .pathParam("id", "jobs.id")
                .ok(200, JobView.class);
        routes.patch("/v1/jobs/{id}", this::update)
                .summary("Change a job's fields or status (draft → open → closed); writes job.updated")
                .pathParam("id", "jobs.id")
                .body(JobChangeRequest.class)
                .ok(200, JobView.class);
    }

    private void create(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final NewJobRequest r = Bodies.read(ctx, NewJobRequest.class);
        final Validation v = new Validation();
        final JobValues values = JobValues.parse(v, r.jobType(), r.experienceLevel(), r.remoteType(), r.status());
        if (values.status() == JobStatus.CLOSED) {
            v.add("status", "a new job is draft or open");
        }
        final List<NewSkillTag> required = skills(v, "required_skills", r.requiredSkills());
        final List<NewSkillTag> preferred = skills(v, "preferred_skills", r.preferredSkills());
        final NewJob job = v.check(() -> validated(new NewJob(
                null,
                r.companyId(),
                r.title(),
                r.description(),
                r.requirements(),
                values.jobType(),
                values.level(),
                r.experienceMin(),
                r.experienceMax(),
                r.salaryMin(),
                r.salaryMax(),
                r.location(),
                values.remote(),
                values.status(),
                r.postedAt(),
                r.expiresAt(),
                required,
                preferred)));
        v.done();
        Policy.member(caller, r.companyId(), "post its jobs");
        if (!companyExists.test(r.companyId())) {
            throw ApiException.invalid("company_id", "no company " + r.companyId());
        }
        Requests.send(
                ctx, writes.run(HirehubService.JOB, Requests.idempotencyKey(ctx, body), "posting a job", (c, p) -> {
                    final UUID id = writer.create(c, job);
                    return WriteRunner.Reply.created(rows.find(c, id).orElseThrow(), "/v1/jobs/" + id);
                }));
    }

    /**
     * The job checked, its skills' errors named after the request's fields: the domain (shared with
     * the importer) calls them {@code required[i]} and {@code preferred[i]}.
     */
    private static NewJob validated(final NewJob job) {
        try {
            return job.validated(Instant.now());
        } catch (InvalidFieldException e) {
            throw e.renamed(field -> field.startsWith("required[")
                    ? "required_skills" + field.substring("required".length())
                    : field.startsWith("preferred[")
                            ? "preferred_skills" + field.substring("preferred".length())
                            : field);
        }
    }

    private void get(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final Account account = Policy.account(Requests.caller(ctx));
        final JobView job = rows.find(id).orElseThrow(() -> notFound(id));
        if (!"open".equals(job.status()) && !account.isAdmin() && !account.memberOf(job.companyId())) {
            throw Policy.forbidden("a " + job.status() + " job is visible to its company's members only");
        }
        Requests.json(ctx, job);
    }

    private void update(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final Caller caller = Requests.caller(ctx);
        final UUID company = rows.companyOf(id).orElseThrow(() -> notFound(id));
        Policy.member(caller, company, "change its jobs");
        final JobChangeRequest r = Bodies.read(ctx, JobChangeRequest.class);
        final Validation v = new Validation();
        final JobValues values = JobValues.parse(v, r.jobType(), r.experienceLevel(), r.remoteType(), r.status());
        final JobChanges changes = new JobChanges(
                r.title(),
                r.description(),
                r.requirements(),
                values.jobType(),
                values.level(),
                r.experienceMin(),
                r.experienceMax(),
                r.salaryMin(),
                r.salaryMax(),
                r.location(),
                values.remote(),
                values.status(),
                r.expiresAt());
        v.check(changes::validated);
        v.done();
        Requests.send(ctx, writes.run(HirehubService.JOB, Optional.empty(), "changing job " + id, (c, p) -> {
            updater.update(c, id, changes);
            return WriteRunner.Reply.ok(rows.find(c, id).orElseThrow());
        }));
    }

    private static List<NewSkillTag> skills(final Validation v, final String field, final List<SkillRequest> given) {
        final List<NewSkillTag> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        for (int i = 0; i < given.size(); i++) {
            final String path = field + "[" + i + "]";
            final SkillRequest skill = given.get(i);
            if (skill == null) {
                v.add(path, "is required");
                continue;
            }
            final SkillCategory category =
                    v.check(() -> Fields.seedValue(SkillCategory.class, path + ".category", skill.category()));
            final NewSkillTag tag = v.check(() -> {
                try {
                    return new NewSkillTag(skill.name(), category);
                } catch (io.hirehub.edge.write.InvalidFieldException e) {
                    throw e.under(path);
                }
            });
            if (tag != null) {
                out.add(tag);
            }
        }
        return out;
    }

    private static ApiException notFound(final UUID id) {
        return new ApiException(ProblemType.NOT_FOUND, "no job " + id);
    }
}
