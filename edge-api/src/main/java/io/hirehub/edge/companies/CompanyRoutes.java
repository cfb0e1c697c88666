package io.hirehub.edge.companies;

import io.hirehub.avro.entity.UserType;
import io.hirehub.edge.auth.Account;
import io.hirehub.edge.auth.Accounts;
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
import io.hirehub.edge.write.CompanyWriter;
import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewMember;
import io.hirehub.schemas.migration.HirehubService;
import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@code /v1/companies}: companies and their members. */
public final class CompanyRoutes implements RouteGroup {

    private final WriteRunner writes;
    private final CompanyWriter writer;
    private final CompanyRows rows;
    private final Accounts accounts;

    public CompanyRoutes(
            final WriteRunner writes, final CompanyWriter writer, final CompanyRows rows, final Accounts accounts) {
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("companies");
        routes.post("/v1/companies", this::create)
                .summary("Create a company; the caller (a company user) becomes its primary member")
                .body(NewCompanyRequest.class)
                .idempotent()
                .ok(201, CompanyView.class);
        routes.get("/v1/companies/{id}", this::get)
                .summary("A company (any registered user)")
                .pathParam("id", "companies.id")
                .ok(200, CompanyView.class);
        routes.get("/v1/companies/{id}/members", this::members)
                .summary("The company's members (its members or an admin)")
                .pathParam("id", "companies.id")
                .ok(200, MemberView[].class);
        routes.post("/v1/companies/{id}/members", this::addMember)
                .summary("Add an existing company user to the company (its members or an admin)")
                .pathParam("id", "companies.id")
                .body(NewMemberRequest.class)
                .idempotent()
                .ok(201, MemberView.class);
    }

    private void create(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final NewCompanyRequest r = Bodies.read(ctx, NewCompanyRequest.class);
        final Account account = Policy.account(caller);
        if (account.type() != UserType.COMPANY) {
            throw Policy.forbidden("only company users may create a company (they become its first member)");
        }
        final NewCompany company = new NewCompany(
                        null,
                        r.name(),
                        r.businessNumber(),
                        r.industry(),
                        r.companySize(),
                        r.location(),
                        r.logoUrl(),
                        r.description(),
                        List.of())
                .validated();
        final NewMember owner = new NewMember(account.userId(), r.memberName(), r.memberPosition(), true).validated();
        final WriteRunner.Outcome outcome =
                writes.run(HirehubService.USER, Requests.idempotencyKey(ctx, body), "creating a company", (c, p) -> {
                    final UUID id = writer.createOwned(c, company, owner);
                    return WriteRunner.Reply.created(rows.find(c, id).orElseThrow(), "/v1/companies/" + id);
                });
        accounts.invalidate(caller.subject());
        Requests.send(ctx, outcome);
    }

    private void get(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        Policy.account(Requests.caller(ctx));
        Requests.json(ctx, company(id));
    }

    private void members(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        Policy.member(Requests.caller(ctx), id, "list its members");
        company(id);
        Requests.json(ctx, rows.members(id));
    }

    private void addMember(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final Caller caller = Requests.caller(ctx);
        final byte[] body = ctx.bodyAsBytes();
        final NewMemberRequest r = Bodies.read(ctx, NewMemberRequest.class);
        Policy.member(caller, id, "add members");
        final NewMember member =
                new NewMember(r.userId(), r.name(), r.position(), Boolean.TRUE.equals(r.isPrimary())).validated();
        Requests.send(
                ctx,
                writes.run(
                        HirehubService.USER, Requests.idempotencyKey(ctx, body), "adding a company member", (c, p) -> {
                            final UUID memberId = writer.addMember(c, id, member);
                            return WriteRunner.Reply.created(
                                    rows.members(c, id, Optional.of(memberId)).get(0),
                                    "/v1/companies/" + id + "/members");
                        }));
    }

    private CompanyView company(final UUID id) {
        return rows.find(id).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "no company " + id));
    }
}
