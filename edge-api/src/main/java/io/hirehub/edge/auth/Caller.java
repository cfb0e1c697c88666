package io.hirehub.edge.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling: the verified token's subject ({@code users.cognito_sub}), its email claim if
 * any, and the account it maps to (empty before the subject has registered).
 */
public record Caller(String subject, Optional<String> email, Optional<Account> account) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(account, "account");
    }
}
