package io.hirehub.edge.auth;

import io.hirehub.avro.entity.UserType;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ProblemType;
import java.util.UUID;

/**
 * The edge's authorisation rules, in one place: a jobseeker reads and writes only its own profile,
 * resumes, recommendations and feedback; company members only their company's jobs and those jobs'
 * matches; admins everything. Each check returns normally or throws a 403 problem saying what was
 * refused (never what exists).
 */
public final class Policy {

    private Policy() {}

    /** The caller's account; a token of a subject that has not registered is refused. */
    public static Account account(final Caller caller) {
        return caller.account()
                .orElseThrow(() -> new ApiException(
                        ProblemType.FORBIDDEN,
                        "the token's subject is not a registered HireHub user; register with POST /v1/users first"));
    }

    /** The user itself, or an admin. */
    public static Account self(final Caller caller, final UUID userId, final String what) {
        final Account account = account(caller);
        if (!account.isAdmin() && !account.userId().equals(userId)) {
            throw forbidden("only the user itself may " + what);
        }
        return account;
    }

    /** A member of {@code companyId}, or an admin. */
    public static Account member(final Caller caller, final UUID companyId, final String what) {
        final Account account = account(caller);
        if (!account.isAdmin() && !account.memberOf(companyId)) {
            throw forbidden("only members of the company may " + what);
        }
        return account;
    }

    /** An account of {@code type}, or an admin. */
    public static Account ofType(final Caller caller, final UserType type, final String what) {
        final Account account = account(caller);
        if (!account.isAdmin() && account.type() != type) {
            throw forbidden("only " + type.name().toLowerCase(java.util.Locale.ROOT) + " users may " + what);
        }
        return account;
    }

    /** An admin. */
    public static Account admin(final Caller caller, final String what) {
        final Account account = account(caller);
        if (!account.isAdmin()) {
            throw forbidden("only admins may " + what);
        }
        return account;
    }

    public static ApiException forbidden(final String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }
}
