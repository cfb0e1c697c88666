package io.hirehub.edge.write;

import java.util.UUID;

/**
 * A {@code company_members} row for an existing user of type company.
 *
 * @param userId   {@code user_id}, required
 * @param name     {@code name}
 * @param position {@code position}
 * @param primary  {@code is_primary}
 */
public record NewMember(UUID userId, String name, String position, boolean primary) {

    /** A copy with texts normalised; throws {@link InvalidFieldException}. */
    public NewMember validated() {
        if (userId == null) {
            throw new InvalidFieldException("user_id", "is required");
        }
        return new NewMember(
                userId, Fields.optional("name", name, 100), Fields.optional("position", position, 100), primary);
    }
}
