package io.hirehub.edge.jobseekers;

import io.hirehub.avro.entity.UserType;
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
import io.hirehub.edge.idempotency.WriteRunner;
import io.hirehub.edge.write.JobseekerWriter;
import io.hirehub.edge.write.ProfileFields;
import io.hirehub.schemas.migration.HirehubService;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.UUID;

/** {@code /v1/jobseeker-profiles}: a jobseeker's own profile (the jobseeker itself, or an admin). */
public final class ProfileRoutes implements RouteGroup {

    private final WriteRunner writes;
    private final JobseekerWriter writer;
    private final ProfileRows rows;

    public ProfileRoutes(final WriteRunner writes, final JobseekerWriter writer, final ProfileRows rows) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("jobseeker-profiles");
        routes.post("/v1/jobseeker-profiles", this::create)
                .summary("Create the caller's jobseeker profile (one per jobseeker)")
                .body(ProfileRequest.class)
                .idempotent()
                .ok(201, ProfileView.class);
        routes.get("/v1/jobseeker-profiles/{id}", this::get)
                .summary("A jobseeker profile (its jobseeker or an admin)")
                .pathParam("id", "jobseeker_profiles.id")
                .ok(200, ProfileView.class);
        routes.patch("/v1/jobseeker-profiles/{id}", this::update)
                .summary("Change fields of a jobseeker profile; absent fields stay as they are")
                .pathParam("id", "jobseeker_profiles.id")
                .body(ProfileRequest.class)
                .ok(200, ProfileView.class);
    }

    private void create(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final ProfileRequest request = Bodies.read(ctx, ProfileRequest.class);
        final Account account = Policy.ofType(caller, UserType.JOBSEEKER, "have a jobseeker profile");
        final UUID userId = request.userId() == null ? account.userId() : request.userId();
        Policy.self(caller, userId, "create a jobseeker's profile");
        final ProfileFields fields = request.fields().validated();
        Requests.send(
                ctx,
                writes.run(
                        HirehubService.USER,
                        Requests.idempotencyKey(ctx, body),
                        "creating a jobseeker profile",
                        (c, p) -> {
                            final UUID id = writer.createProfile(c, userId, fields);
                            return WriteRunner.Reply.created(
                                    rows.find(c, id).orElseThrow(), "/v1/jobseeker-profiles/" + id);
                        }));
    }

    private void get(final Context ctx) {
        final ProfileView profile = owned(ctx, "read a jobseeker profile");
        Requests.json(ctx, profile);
    }

    private void update(final Context ctx) {
        final ProfileView profile = owned(ctx, "change a jobseeker profile");
        final ProfileRequest request = Bodies.read(ctx, ProfileRequest.class);
        if (request.userId() != null && !request.userId().equals(profile.userId())) {
            throw ApiException.invalid("user_id", "cannot change");
        }
        final ProfileFields fields = request.fields().validated();
        Requests.send(
                ctx,
                writes.run(HirehubService.USER, java.util.Optional.empty(), "changing a jobseeker profile", (c, p) -> {
                    writer.updateProfile(c, profile.id(), fields);
                    return WriteRunner.Reply.ok(rows.find(c, profile.id()).orElseThrow());
                }));
    }

    private ProfileView owned(final Context ctx, final String what) {
        final UUID id = Params.pathId(ctx, "id");
        final Caller caller = Requests.caller(ctx);
        Policy.account(caller);
        final ProfileView profile =
                rows.find(id).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no jobseeker profile " + id));
        Policy.self(caller, profile.userId(), what);
        return profile;
    }
}
