package io.hirehub.edge.auth;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns an {@code Authorization: Bearer …} header into a {@link Caller}: the token verified, its
 * subject mapped to an account. Throws {@link InvalidTokenException} for a missing or bad token.
 */
public final class Authenticator {

    private static final String BEARER = "bearer ";

    private final TokenVerifier verifier;
    private final Accounts accounts;

    public Authenticator(final TokenVerifier verifier, final Accounts accounts) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    public Caller authenticate(final String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new InvalidTokenException("no bearer token (send Authorization: Bearer <token>)");
        }
        if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new InvalidTokenException("the Authorization scheme must be Bearer, was "
                    + authorization.split(" ", 2)[0].toLowerCase(Locale.ROOT));
        }
        final TokenVerifier.Verified token =
                verifier.verify(authorization.substring(BEARER.length()).strip());
        final Optional<Account> account = accounts.find(token.subject());
        return new Caller(token.subject(), token.email(), account);
    }

    public Accounts accounts() {
        return accounts;
    }
}
