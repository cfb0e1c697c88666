package io.hirehub.edge.write;

import io.hirehub.avro.entity.UserType;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@code users} row for a signed-in identity: its Cognito subject, email and type.
 *
 * @param id       {@code users.id}, or null for a random one
 * @param subject  {@code cognito_sub} (unique): the token's {@code sub}
 * @param email    {@code email} (unique)
 * @param userType {@code user_type}: jobseeker or company (admins are made by admins)
 */
public record NewUser(UUID id, String subject, String email, UserType userType) {

    /** A copy with the id filled in and the email normalised; throws {@link InvalidFieldException}. */
    public NewUser validated() {
        if (userType == null) {
            throw new InvalidFieldException("user_type", "is required");
        }
        Fields.sqlValue("user_type", userType);
        return new NewUser(
                id == null ? UUID.randomUUID() : id,
                Fields.required("cognito_sub", Objects.requireNonNull(subject, "subject"), 255),
                Fields.email("email", email),
                userType);
    }
}
