package io.hirehub.edge.users;

import io.hirehub.avro.entity.UserType;
import io.hirehub.edge.auth.Account;
import io.hirehub.edge.auth.Accounts;
import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Bodies;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.idempotency.WriteRunner;
import io.hirehub.edge.write.ConflictException;
import io.hirehub.edge.write.Fields;
import io.hirehub.edge.write.NewUser;
import io.hirehub.edge.write.UserWriter;
import io.hirehub.schemas.migration.HirehubService;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@code /v1/users}: registering the signed-in identity, and reading a user. */
public final class UserRoutes implements RouteGroup {

    private final WriteRunner writes;
    private final UserWriter writer;
    private final UserRows rows;
    private final Accounts accounts;

    public UserRoutes(final WriteRunner writes, final UserWriter writer, final UserRows rows, final Accounts accounts) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("users");
        routes.post("/v1/users", this::create)
                .summary("Register the token's subject as a HireHub user")
                .description("Creates the users row whose cognito_sub is the token's sub. user_type is jobseeker or"
                        + " company; admins are made by admins. email defaults to the token's email claim.")
                .access(Access.TOKEN)
                .body(NewUserRequest.class)
                .idempotent()
                .ok(201, UserView.class);
        routes.get("/v1/users/me", this::me).summary("The caller's own user").ok(200, UserView.class);
        routes.get("/v1/users/{id}", this::get)
                .summary("A user (the user itself or an admin)")
                .pathParam("id", "users.id")
                .ok(200, UserView.class);
    }

    private void create(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final NewUserRequest request = Bodies.read(ctx, NewUserRequest.class);
        final UserType type = Fields.seedValue(UserType.class, "user_type", request.userType());
        if (type == null) {
            throw ApiException.invalid("user_type", "is required (jobseeker or company)");
        }
        if (type == UserType.ADMIN) {
            throw Policy.forbidden("admins cannot register themselves");
        }
        final String email =
                Optional.ofNullable(request.email()).or(caller::email).orElse(null);
        final NewUser user = new NewUser(null, caller.subject(), email, type).validated();
        final WriteRunner.Outcome outcome =
                writes.run(HirehubService.USER, Requests.idempotencyKey(ctx, body), "registering a user", (c, p) -> {
                    if (caller.account().isPresent()) {
                        throw new ConflictException("the token's subject is already registered", null);
                    }
                    final UUID id = writer.create(c, user);
                    return WriteRunner.Reply.created(rows.find(c, id).orElseThrow(), "/v1/users/" + id);
                });
        accounts.invalidate(caller.subject());
        Requests.send(ctx, outcome);
    }

    private void me(final Context ctx) {
        final Account account = Policy.account(Requests.caller(ctx));
        Requests.json(ctx, found(account.userId()));
    }

    private void get(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        Policy.self(Requests.caller(ctx), id, "read a user");
        Requests.json(ctx, found(id));
    }

    private UserView found(final UUID id) {
        return rows.find(id).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no user " + id));
    }
}
